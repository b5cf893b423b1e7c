import { DatePicker, Form, Input, InputNumber } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { OrganizationPicker } from '../../components/OrganizationPicker';
import { servicesApi, type NewServiceLog, type ServiceLog } from './api';
import { RecordModal } from './RecordModal';

type LogForm = Omit<NewServiceLog, 'servedOn'> & { servedOn: Dayjs };

const FIELDS = ['enterpriseId', 'servedOn', 'task', 'hours', 'result'] as const;

/** 记录服务: the enterprise, date, task, hours and result of one piece of service work. */
export function ServiceLogModal({
  onRecorded,
  onClose,
}: {
  onRecorded: (log: ServiceLog) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const required = [{ required: true }];

  return (
    <RecordModal<LogForm>
      title={t('services.log.record')}
      fields={FIELDS}
      initialValues={{ servedOn: dayjs() }}
      onClose={onClose}
      onSubmit={async ({ servedOn, ...values }) =>
        onRecorded(await servicesApi.recordLog({ ...values, servedOn: servedOn.format('YYYY-MM-DD') }))
      }
    >
      {() => (
        <>
          <Form.Item name="enterpriseId" label={t('services.enterpriseId')} rules={required}>
            <OrganizationPicker type="enterprise" />
          </Form.Item>
          <Form.Item name="servedOn" label={t('services.log.servedOn')} rules={required}>
            <DatePicker disabledDate={(day) => day.isAfter(dayjs(), 'day')} />
          </Form.Item>
          <Form.Item name="task" label={t('services.log.task')} rules={required}>
            <Input />
          </Form.Item>
          <Form.Item name="hours" label={t('services.log.hours')} rules={required}>
            <InputNumber min={0.5} step={0.5} />
          </Form.Item>
          <Form.Item name="result" label={t('services.log.result')} rules={required}>
            <Input.TextArea rows={3} />
          </Form.Item>
        </>
      )}
    </RecordModal>
  );
}
