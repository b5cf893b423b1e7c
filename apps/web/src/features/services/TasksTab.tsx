import { App, Button, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../components/FormError';
import { errorMessage } from '../../lib/errors';
import { useAsync } from '../../lib/use-async';
import { servicesApi, type Task } from './api';

/** 跟进任务: open and done tasks with their due dates; closing one cancels its reminder. */
export function TasksTab({ organization }: { organization: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const tasks = useAsync(() => servicesApi.tasks(), `tasks:${organization}`);

  const close = async (task: Task) => {
    try {
      await servicesApi.closeTask(task.id);
      message.success(t('services.task.closed'));
      tasks.reload();
    } catch (error) {
      message.error(errorMessage(error, t));
    }
  };

  return (
    <>
      {tasks.error ? <FormError message={errorMessage(tasks.error, t)} /> : null}
      <Table<Task>
        rowKey="id"
        loading={tasks.loading}
        dataSource={tasks.data ?? []}
        columns={[
          { title: t('services.task.title'), dataIndex: 'title' },
          { title: t('services.task.dueOn'), dataIndex: 'dueOn', width: 120 },
          {
            title: t('services.task.status'),
            key: 'status',
            width: 120,
            render: (_, task) =>
              task.status === 'done' ? (
                <Tag>{t('services.task.done')}</Tag>
              ) : task.overdue ? (
                <Tag color="red">{t('services.task.overdue')}</Tag>
              ) : (
                <Tag color="blue">{t('services.task.open')}</Tag>
              ),
          },
          {
            key: 'actions',
            width: 100,
            render: (_, task) =>
              task.status === 'open' ? (
                <Button size="small" onClick={() => close(task)}>
                  {t('services.task.close')}
                </Button>
              ) : null,
          },
        ]}
      />
    </>
  );
}
