import { DatePicker, Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { servicesApi, type Task, type Visit } from './api';
import { RecordModal } from './RecordModal';

const FIELDS = ['title', 'dueOn'] as const;

/** 添加跟进任务 for a visit: a title and a due date; the API reminds the organization on the day. */
export function TaskModal({
  visit,
  onCreated,
  onClose,
}: {
  visit: Visit;
  onCreated: (task: Task) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const required = [{ required: true }];

  return (
    <RecordModal<{ title: string; dueOn: Dayjs }>
      title={t('services.task.add')}
      fields={FIELDS}
      initialValues={{ dueOn: dayjs().add(7, 'day') }}
      onClose={onClose}
      onSubmit={async ({ title, dueOn }) =>
        onCreated(
          await servicesApi.createTask({
            title,
            targetType: 'visit',
            targetId: visit.id,
            dueOn: dueOn.format('YYYY-MM-DD'),
          }),
        )
      }
    >
      {() => (
        <>
          <Form.Item name="title" label={t('services.task.title')} rules={required}>
            <Input />
          </Form.Item>
          <Form.Item name="dueOn" label={t('services.task.dueOn')} rules={required}>
            <DatePicker disabledDate={(day) => day.isBefore(dayjs(), 'day')} />
          </Form.Item>
        </>
      )}
    </RecordModal>
  );
}
