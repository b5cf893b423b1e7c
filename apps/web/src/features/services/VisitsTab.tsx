import { PlusOutlined } from '@ant-design/icons';
import { App, Button, List, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../components/FormError';
import { errorMessage } from '../../lib/errors';
import { useAsync } from '../../lib/use-async';
import { servicesApi, type Visit } from './api';
import { DraftDemandModal } from './DraftDemandModal';
import { TaskModal } from './TaskModal';
import { VisitModal } from './VisitModal';

/** 走访记录: the visits, newest first, each with the needs found and what became of them. */
export function VisitsTab({ organization }: { organization: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const visits = useAsync(() => servicesApi.visits(), `visits:${organization}`);
  const [recording, setRecording] = useState(false);
  const [drafting, setDrafting] = useState<{ visit: Visit; needIndex: number } | null>(null);
  const [following, setFollowing] = useState<Visit | null>(null);

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Button type="primary" icon={<PlusOutlined />} onClick={() => setRecording(true)}>
        {t('services.visit.record')}
      </Button>
      {visits.error ? <FormError message={errorMessage(visits.error, t)} /> : null}
      <Table<Visit>
        rowKey="id"
        loading={visits.loading}
        dataSource={visits.data ?? []}
        expandable={{
          rowExpandable: (visit) => visit.needs.length > 0,
          expandedRowRender: (visit) => (
            <List
              size="small"
              dataSource={visit.needs}
              renderItem={(need, needIndex) => (
                <List.Item
                  actions={[
                    need.demandId ? (
                      <Tag color="green">{t('services.visit.drafted')}</Tag>
                    ) : (
                      <Button size="small" onClick={() => setDrafting({ visit, needIndex })}>
                        {t('services.visit.toDemand')}
                      </Button>
                    ),
                  ]}
                >
                  <List.Item.Meta title={need.title} description={need.description} />
                </List.Item>
              )}
            />
          ),
        }}
        columns={[
          { title: t('services.visit.visitedOn'), dataIndex: 'visitedOn', width: 120 },
          { title: t('services.enterprise'), dataIndex: ['enterprise', 'name'] },
          { title: t('services.visit.place'), dataIndex: 'place' },
          { title: t('services.visit.findings'), dataIndex: 'findings', ellipsis: true },
          {
            key: 'actions',
            width: 160,
            render: (_, visit) => (
              <Button size="small" onClick={() => setFollowing(visit)}>
                {t('services.task.add')}
              </Button>
            ),
          },
        ]}
      />
      {recording ? (
        <VisitModal
          onClose={() => setRecording(false)}
          onRecorded={() => {
            setRecording(false);
            message.success(t('services.visit.recorded'));
            visits.reload();
          }}
        />
      ) : null}
      {drafting ? (
        <DraftDemandModal
          {...drafting}
          onClose={() => setDrafting(null)}
          onDrafted={() => {
            setDrafting(null);
            message.success(t('services.visit.drafted'));
            visits.reload();
          }}
        />
      ) : null}
      {following ? (
        <TaskModal
          visit={following}
          onClose={() => setFollowing(null)}
          onCreated={() => {
            setFollowing(null);
            message.success(t('services.task.created'));
          }}
        />
      ) : null}
    </Space>
  );
}
