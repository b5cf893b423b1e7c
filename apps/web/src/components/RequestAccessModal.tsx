import { Checkbox, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { demandsApi, type CreatedAccessRequest } from '../api/demands';
import type { Demand } from '../api/types';
import { applyServerErrors } from '../lib/errors';
import { FormError } from './FormError';
import { schemaRules } from '../api/generated/rules';

const MESSAGE_MAX = schemaRules.AccessRequestInputDto.message.maxLength;

interface RequestValues {
  ndaAccepted?: boolean;
  message?: string;
}

/** 申请查看: shows the owner's NDA, which must be accepted, and sends the access request. */
export function RequestAccessModal({
  demand,
  open,
  onClose,
  onRequested,
}: {
  demand: Demand;
  open: boolean;
  onClose: () => void;
  onRequested: (request: CreatedAccessRequest) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<RequestValues>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const finish = async (values: RequestValues) => {
    setBusy(true);
    setError(null);
    try {
      const message = values.message?.trim();
      const created = await demandsApi.requestAccess(demand.id, {
        ndaAccepted: true,
        ...(message ? { message } : {}),
      });
      onRequested(created);
    } catch (cause) {
      setError(applyServerErrors(form, cause, t, ['ndaAccepted', 'message']));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t('accessRequest.modalTitle')}
      okText={t('accessRequest.submit')}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: busy, 'data-testid': 'request-access-submit' }}
      onOk={() => form.submit()}
      onCancel={() => {
        setError(null);
        onClose();
      }}
      destroyOnHidden
      width={640}
    >
      <Typography.Paragraph strong style={{ marginBottom: 8 }}>
        {demand.title}
      </Typography.Paragraph>
      <FormError message={error} />
      <Typography.Text strong>{t('accessRequest.ndaTitle')}</Typography.Text>
      <div className="dj-nda" data-testid="nda-text" tabIndex={0}>
        {demand.ndaText || <Typography.Text type="secondary">{t('accessRequest.noNda')}</Typography.Text>}
      </div>
      <Form form={form} name="request-access" layout="vertical" onFinish={finish} preserve={false}>
        <Form.Item
          name="ndaAccepted"
          valuePropName="checked"
          rules={[
            {
              validator: (_, value?: boolean) =>
                value ? Promise.resolve() : Promise.reject(new Error(t('accessRequest.acceptRequired'))),
            },
          ]}
        >
          <Checkbox data-testid="nda-accept">{t('accessRequest.accept')}</Checkbox>
        </Form.Item>
        <Form.Item
          name="message"
          label={t('accessRequest.message')}
          rules={[{ max: MESSAGE_MAX, message: t('accessRequest.tooLong', { max: MESSAGE_MAX }) }]}
        >
          <Input.TextArea
            rows={3}
            showCount
            maxLength={MESSAGE_MAX}
            placeholder={t('accessRequest.messagePlaceholder')}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
