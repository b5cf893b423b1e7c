import { Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useAuth } from '../../auth/auth-context';
import { PageHeader } from '../../components/PageHeader';
import { ServiceLogsTab } from './ServiceLogsTab';
import { TasksTab } from './TasksTab';
import { VisitsTab } from './VisitsTab';

const TABS = ['visits', 'logs', 'tasks'] as const;
type Tab = (typeof TABS)[number];

/** 服务记录: the acting service organization's visits, service logs and follow-up tasks, one tab each (`?tab=`). */
export default function ServicesPage() {
  const { t } = useTranslation();
  const { currentMembership } = useAuth();
  const [params, setParams] = useSearchParams();
  const tab = TABS.find((name) => name === params.get('tab')) ?? 'visits';
  const organization = currentMembership?.organizationId ?? null;

  return (
    <>
      <PageHeader title={t('services.title')} subtitle={t('services.subtitle')} />
      {!organization ? (
        <Typography.Text type="secondary">{t('services.noOrganization')}</Typography.Text>
      ) : (
        <Tabs
          activeKey={tab}
          onChange={(key) => setParams({ tab: key as Tab }, { replace: true })}
          items={[
            {
              key: 'visits',
              label: t('services.tabs.visits'),
              children: <VisitsTab organization={organization} />,
            },
            {
              key: 'logs',
              label: t('services.tabs.logs'),
              children: <ServiceLogsTab organization={organization} />,
            },
            {
              key: 'tasks',
              label: t('services.tabs.tasks'),
              children: <TasksTab organization={organization} />,
            },
          ]}
        />
      )}
    </>
  );
}
