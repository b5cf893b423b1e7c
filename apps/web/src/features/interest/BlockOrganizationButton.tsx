import { StopOutlined } from '@ant-design/icons';
import { App, Button, Checkbox, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { canManageMembers, useAuth } from '../../auth/auth-context';
import { errorMessage } from '../../lib/errors';
import { interestApi } from './api';

interface Values {
  report?: boolean;
  note?: string;
}

/**
 * An organization's admins refuse further 我要对接 from the other side of a thread, and may report it to
 * the platform's staff. Members who do not administer the organization do not see it.
 */
export function BlockOrganizationButton({ organizationId, name }: { organizationId: string; name: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { currentMembership } = useAuth();
  const [form] = Form.useForm<Values>();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  if (!canManageMembers(currentMembership)) return null;

  const block = async (values: Values) => {
    setBusy(true);
    try {
      await interestApi.block({
        organizationId,
        report: values.report ?? false,
        note: values.note || undefined,
      });
      void message.success(t('interest.blocked', { name }));
      setOpen(false);
    } catch (cause) {
      void message.error(errorMessage(cause, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button icon={<StopOutlined />} onClick={() => setOpen(true)} data-testid="block-organization">
        {t('interest.block')}
      </Button>
      <Modal
        open={open}
        title={t('interest.blockTitle', { name })}
        okText={t('interest.block')}
        okButtonProps={{ danger: true }}
        cancelText={t('common.cancel')}
        confirmLoading={busy}
        onOk={() => form.submit()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" onFinish={(values) => void block(values)}>
          <Form.Item name="report" valuePropName="checked" extra={t('interest.reportHint')}>
            <Checkbox>{t('interest.report')}</Checkbox>
          </Form.Item>
          <Form.Item name="note" label={t('interest.note')}>
            <Input.TextArea rows={3} maxLength={500} showCount />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
