import { BellOutlined } from '@ant-design/icons';
import { App, Button, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { subscriptionsApi, type SavedSearch } from '../api/subscriptions';
import { applyServerErrors } from '../lib/errors';
import { FormError } from './FormError';
import { schemaRules } from '../api/generated/rules';

const NAME_MAX = schemaRules.CreateSubscriptionDto.name.maxLength;

/** 订阅此搜索: saves the current query and facets as a subscription under a name the user picks. */
export function SaveSearchButton({ search }: { search: SavedSearch }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ name: string }>();
  const [open, setOpen] = useState(false);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const save = async ({ name }: { name: string }) => {
    setSaving(true);
    setError(null);
    try {
      await subscriptionsApi.create({ ...search, name: name.trim() });
      setOpen(false);
      // Messages render outside the router: plain text, pointing to the menu entry.
      void message.success(<span data-testid="subscription-saved">{t('subscriptions.saved')}</span>);
    } catch (cause) {
      // A refused facet has no field here: its message shows above the name.
      setError(applyServerErrors(form, cause, t, ['name']));
    } finally {
      setSaving(false);
    }
  };

  return (
    <>
      <Button
        icon={<BellOutlined />}
        data-testid="save-search"
        onClick={() => {
          setError(null);
          setOpen(true);
        }}
      >
        {t('subscriptions.save')}
      </Button>
      <Modal
        open={open}
        title={t('subscriptions.saveTitle')}
        okText={t('subscriptions.saveOk')}
        confirmLoading={saving}
        onOk={() => form.submit()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <p>{t('subscriptions.saveHint')}</p>
        {error ? <FormError message={error} /> : null}
        <Form
          form={form}
          layout="vertical"
          initialValues={{ name: search.q.slice(0, NAME_MAX) }}
          onFinish={(values) => void save(values)}
        >
          <Form.Item
            name="name"
            label={t('subscriptions.name')}
            rules={[{ required: true, whitespace: true, max: NAME_MAX }]}
          >
            <Input maxLength={NAME_MAX} data-testid="save-search-name" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
