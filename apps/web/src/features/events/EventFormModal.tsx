import { DatePicker, Form, Input, InputNumber, Modal, Select, TimePicker, TreeSelect } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../components/FormError';
import { applyServerErrors } from '../../lib/errors';
import { useReferenceData } from '../../lib/use-reference';
import { eventsApi, type EventItem } from './api';

interface Values {
  title: string;
  description?: string;
  format: EventItem['format'];
  venueName?: string;
  venueAddress?: string;
  regionCode: string;
  techFields?: string[];
  date: Dayjs;
  hours: [Dayjs, Dayjs];
  meetingMinutes: number;
  tables: number;
  maxMeetingsPerParticipant: number;
  registrationDeadline: Dayjs;
}

const FIELDS = [
  'title',
  'description',
  'venueName',
  'venueAddress',
  'regionCode',
  'techFields',
  'meetingMinutes',
];

/**
 * Creates a one-day one-to-one fair (or edits the fields an event keeps editable once made). The rest takes
 * the defaults of a typical 对接会: demands meet achievements, the organizer approves registrations and
 * requests, and schedules the accepted ones.
 */
export function EventFormModal({
  event,
  onClose,
  onDone,
}: {
  event?: EventItem;
  onClose: () => void;
  onDone: (event: EventItem) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const reference = useReferenceData();
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const nextWeek = dayjs().add(7, 'day');

  const submit = async (values: Values) => {
    setSaving(true);
    setError(null);
    const tables = Array.from({ length: values.tables }, (_, index) => ({
      id: `T${index + 1}`,
      name: `${index + 1}`,
    }));
    try {
      const common = {
        title: values.title,
        // The API takes no empty text: a form left blank sends no description at all.
        description: values.description || undefined,
        venueName: values.venueName || undefined,
        venueAddress: values.venueAddress || undefined,
        techFields: values.techFields ?? [],
        tables,
        maxMeetingsPerParticipant: values.maxMeetingsPerParticipant,
        registrationDeadline: values.registrationDeadline.toISOString(),
      };
      onDone(
        event
          ? await eventsApi.update(event.id, common)
          : await eventsApi.create({
              ...common,
              kind: 'one-to-one',
              format: values.format,
              regionCode: values.regionCode,
              days: [
                {
                  date: values.date.format('YYYY-MM-DD'),
                  sessions: [
                    { start: values.hours[0].format('HH:mm'), end: values.hours[1].format('HH:mm') },
                  ],
                },
              ],
              meetingMinutes: values.meetingMinutes,
              pairingRules: [{ a: 'demand', b: 'achievement' }],
              approvalRequired: true,
              requestMode: 'approval',
              schedulingMode: 'organizer',
            }),
      );
    } catch (caught) {
      setError(applyServerErrors(form, caught, t, FIELDS));
    } finally {
      setSaving(false);
    }
  };

  const day = event?.days[0];
  return (
    <Modal
      open
      title={t(event ? 'events.edit' : 'events.create')}
      okText={t('events.save')}
      okButtonProps={{ loading: saving, 'data-testid': 'event-save' }}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <FormError message={error} />
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={(values) => void submit(values)}
        initialValues={{
          title: event?.title,
          description: event?.description,
          format: event?.format ?? 'onsite',
          venueName: event?.venueName ?? undefined,
          venueAddress: event?.venueAddress ?? undefined,
          regionCode: event?.regionCode ?? '320100',
          techFields: event?.techFields ?? [],
          date: day ? dayjs(day.date) : nextWeek,
          hours: [dayjs('09:00', 'HH:mm'), dayjs('12:00', 'HH:mm')],
          meetingMinutes: event?.meetingMinutes ?? 30,
          tables: event?.tables.length ?? 5,
          maxMeetingsPerParticipant: event?.maxMeetingsPerParticipant ?? 4,
          registrationDeadline: event ? dayjs(event.registrationDeadline) : nextWeek.subtract(2, 'day'),
        }}
      >
        <Form.Item name="title" label={t('events.fields.title')} rules={[{ required: true }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="description" label={t('events.fields.description')}>
          <Input.TextArea rows={3} />
        </Form.Item>
        <Form.Item name="format" label={t('events.fields.format')}>
          <Select
            disabled={!!event}
            options={(['onsite', 'online'] as const).map((value) => ({
              value,
              label: t(`events.formats.${value}`),
            }))}
          />
        </Form.Item>
        <Form.Item name="venueName" label={t('events.fields.venueName')}>
          <Input />
        </Form.Item>
        <Form.Item name="venueAddress" label={t('events.fields.venueAddress')}>
          <Input />
        </Form.Item>
        <Form.Item name="regionCode" label={t('events.fields.regionCode')} rules={[{ required: true }]}>
          <Input disabled={!!event} />
        </Form.Item>
        <Form.Item name="techFields" label={t('events.fields.techFields')}>
          <TreeSelect
            multiple
            allowClear
            showSearch
            treeNodeFilterProp="title"
            treeData={reference.fieldOptions}
            maxCount={5}
          />
        </Form.Item>
        <Form.Item name="date" label={t('events.fields.date')} rules={[{ required: true }]}>
          <DatePicker disabled={!!event} />
        </Form.Item>
        <Form.Item name="hours" label={`${t('events.fields.start')} – ${t('events.fields.end')}`}>
          <TimePicker.RangePicker format="HH:mm" minuteStep={15} disabled={!!event} />
        </Form.Item>
        <Form.Item name="meetingMinutes" label={t('events.fields.meetingMinutes')}>
          <InputNumber min={10} max={120} disabled={!!event} />
        </Form.Item>
        <Form.Item name="tables" label={t('events.fields.tables')}>
          <InputNumber min={1} max={100} />
        </Form.Item>
        <Form.Item name="maxMeetingsPerParticipant" label={t('events.fields.maxMeetings')}>
          <InputNumber min={1} max={20} />
        </Form.Item>
        <Form.Item
          name="registrationDeadline"
          label={t('events.fields.deadline')}
          rules={[{ required: true }]}
        >
          <DatePicker showTime />
        </Form.Item>
      </Form>
    </Modal>
  );
}
