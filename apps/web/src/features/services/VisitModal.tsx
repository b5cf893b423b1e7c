import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, DatePicker, Form, Input, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { OrganizationPicker } from '../../components/OrganizationPicker';
import { servicesApi, type NewVisit, type Visit } from './api';
import { RecordModal } from './RecordModal';

type VisitForm = Omit<NewVisit, 'visitedOn'> & { visitedOn: Dayjs };

const FIELDS = ['enterpriseId', 'visitedOn', 'place', 'peopleMet', 'findings', 'needs'] as const;
const REQUIRED = [{ required: true, whitespace: true }];
const notFuture = (day: Dayjs) => day.isAfter(dayjs(), 'day');

/** 记录走访: the enterprise, date, place, people met, findings and the needs found. */
export function VisitModal({
  onRecorded,
  onClose,
}: {
  onRecorded: (visit: Visit) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();

  return (
    <RecordModal<VisitForm>
      title={t('services.visit.record')}
      fields={FIELDS}
      initialValues={{ visitedOn: dayjs(), peopleMet: [], needs: [] }}
      onClose={onClose}
      onSubmit={async ({ visitedOn, ...values }) =>
        onRecorded(await servicesApi.recordVisit({ ...values, visitedOn: visitedOn.format('YYYY-MM-DD') }))
      }
    >
      {() => (
        <>
          <Form.Item name="enterpriseId" label={t('services.enterpriseId')} rules={REQUIRED}>
            <OrganizationPicker type="enterprise" />
          </Form.Item>
          <Form.Item name="visitedOn" label={t('services.visit.visitedOn')} rules={[{ required: true }]}>
            <DatePicker disabledDate={notFuture} />
          </Form.Item>
          <Form.Item name="place" label={t('services.visit.place')} rules={REQUIRED}>
            <Input />
          </Form.Item>
          <Form.Item label={t('services.visit.peopleMet')}>
            <Form.List name="peopleMet">
              {(items, { add, remove }) => (
                <>
                  {items.map(({ key, name }) => (
                    <Space key={key} align="baseline">
                      <Form.Item name={[name, 'name']} rules={REQUIRED}>
                        <Input placeholder={t('services.visit.personName')} />
                      </Form.Item>
                      <Form.Item name={[name, 'title']}>
                        <Input placeholder={t('services.visit.personTitle')} />
                      </Form.Item>
                      <MinusCircleOutlined onClick={() => remove(name)} />
                    </Space>
                  ))}
                  <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ name: '' })}>
                    {t('services.visit.addPerson')}
                  </Button>
                </>
              )}
            </Form.List>
          </Form.Item>
          <Form.Item name="findings" label={t('services.visit.findings')} rules={REQUIRED}>
            <Input.TextArea rows={3} />
          </Form.Item>
          <Form.Item label={t('services.visit.needs')}>
            <Form.List name="needs">
              {(items, { add, remove }) => (
                <>
                  {items.map(({ key, name }) => (
                    <Space key={key} direction="vertical" style={{ width: '100%' }}>
                      <Space align="baseline">
                        <Form.Item name={[name, 'title']} rules={REQUIRED}>
                          <Input placeholder={t('services.visit.needTitle')} />
                        </Form.Item>
                        <MinusCircleOutlined onClick={() => remove(name)} />
                      </Space>
                      <Form.Item name={[name, 'description']} rules={REQUIRED}>
                        <Input.TextArea rows={2} placeholder={t('services.visit.needDescription')} />
                      </Form.Item>
                    </Space>
                  ))}
                  <Button
                    type="dashed"
                    icon={<PlusOutlined />}
                    onClick={() => add({ title: '', description: '' })}
                  >
                    {t('services.visit.addNeed')}
                  </Button>
                </>
              )}
            </Form.List>
          </Form.Item>
        </>
      )}
    </RecordModal>
  );
}
