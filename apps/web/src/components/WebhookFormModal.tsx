import { Checkbox, Form, Input, Modal, Select, Switch } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  webhookEventKinds,
  webhookFormats,
  type Webhook,
  type WebhookFormat,
  type WebhookInput,
} from '../api/webhooks';
import { applyServerErrors } from '../lib/errors';
import { FormError } from './FormError';

interface Values {
  url: string;
  format: WebhookFormat;
  events: WebhookInput['events'];
  active: boolean;
  robotSecret?: string;
}

const FIELDS = ['url', 'format', 'events', 'active', 'robotSecret'] as const;
const SIGNED_ROBOTS: WebhookFormat[] = ['dingtalk', 'feishu'];

/** Create (no `webhook`) or edit one webhook; server field errors land on their fields. */
export function WebhookFormModal({
  open,
  webhook,
  onSubmit,
  onClose,
}: {
  open: boolean;
  webhook: Webhook | null;
  onSubmit: (input: WebhookInput) => Promise<void>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const format = Form.useWatch('format', form);

  useEffect(() => {
    if (!open) return;
    setError(null);
    form.resetFields();
    form.setFieldsValue(
      webhook
        ? { url: webhook.url, format: webhook.format, events: webhook.events, active: webhook.active }
        : { format: 'generic', events: [...webhookEventKinds], active: true },
    );
  }, [open, webhook, form]);

  const submit = async (values: Values) => {
    setSaving(true);
    setError(null);
    try {
      const robotSecret = values.robotSecret?.trim();
      await onSubmit({
        url: values.url.trim(),
        format: values.format,
        events: values.events,
        active: values.active,
        // Empty keeps a saved secret on edit; a robot format that signs nothing has none.
        ...(robotSecret
          ? { robotSecret }
          : SIGNED_ROBOTS.includes(values.format)
            ? {}
            : { robotSecret: null }),
      });
    } catch (cause) {
      setError(applyServerErrors(form, cause, t, FIELDS));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      title={webhook ? t('webhooks.editTitle') : t('webhooks.createTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <FormError message={error} />
      <Form form={form} name="webhook" layout="vertical" onFinish={submit}>
        <Form.Item
          name="url"
          label={t('webhooks.url')}
          extra={t('webhooks.urlHelp')}
          rules={[{ required: true, message: t('common.requiredField') }]}
        >
          <Input placeholder={t('webhooks.urlPlaceholder')} inputMode="url" />
        </Form.Item>
        <Form.Item name="format" label={t('webhooks.format')}>
          <Select<WebhookFormat>
            options={webhookFormats.map((value) => ({ value, label: t(`webhooks.formats.${value}`) }))}
          />
        </Form.Item>
        {format && SIGNED_ROBOTS.includes(format) ? (
          <Form.Item
            name="robotSecret"
            label={t('webhooks.robotSecret')}
            extra={t('webhooks.robotSecretHelp')}
          >
            <Input.Password
              autoComplete="off"
              placeholder={webhook?.hasRobotSecret ? t('webhooks.robotSecretSet') : undefined}
            />
          </Form.Item>
        ) : null}
        <Form.Item
          name="events"
          label={t('webhooks.events')}
          rules={[{ required: true, type: 'array', min: 1, message: t('common.requiredField') }]}
        >
          <Checkbox.Group
            options={webhookEventKinds.map((value) => ({ value, label: t(`webhooks.eventKinds.${value}`) }))}
          />
        </Form.Item>
        <Form.Item name="active" label={t('webhooks.active')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Form>
    </Modal>
  );
}
