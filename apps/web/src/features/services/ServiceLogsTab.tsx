import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Space, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../components/FormError';
import { errorMessage } from '../../lib/errors';
import { useAsync } from '../../lib/use-async';
import { servicesApi, type ServiceLog } from './api';
import { ServiceLogModal } from './ServiceLogModal';

/** 服务日志: the service work recorded, with its hours and result. */
export function ServiceLogsTab({ organization }: { organization: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const logs = useAsync(() => servicesApi.logs(), `service-logs:${organization}`);
  const [recording, setRecording] = useState(false);

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Button type="primary" icon={<PlusOutlined />} onClick={() => setRecording(true)}>
        {t('services.log.record')}
      </Button>
      {logs.error ? <FormError message={errorMessage(logs.error, t)} /> : null}
      <Table<ServiceLog>
        rowKey="id"
        loading={logs.loading}
        dataSource={logs.data ?? []}
        columns={[
          { title: t('services.log.servedOn'), dataIndex: 'servedOn', width: 120 },
          { title: t('services.enterprise'), dataIndex: ['enterprise', 'name'] },
          { title: t('services.log.task'), dataIndex: 'task' },
          { title: t('services.log.hours'), dataIndex: 'hours', width: 100 },
          { title: t('services.log.result'), dataIndex: 'result', ellipsis: true },
        ]}
      />
      {recording ? (
        <ServiceLogModal
          onClose={() => setRecording(false)}
          onRecorded={() => {
            setRecording(false);
            message.success(t('services.log.recorded'));
            logs.reload();
          }}
        />
      ) : null}
    </Space>
  );
}
