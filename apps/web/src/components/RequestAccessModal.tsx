import { Checkbox, Form, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { accessRequestsApi, type AccessPath } from '../api/access-requests';
import type { CreatedAccessRequest } from '../api/types';
import { FormError } from './FormError';
import { schemaRules } from '../api/generated/rules';
import { useFormSubmit } from '../lib/use-form-submit';

const MESSAGE_MAX = schemaRules.AccessRequestInputDto.message.maxLength;

interface RequestValues {
  ndaAccepted?: boolean;
  message?: string;
}

/** What the modal shows of the posting asked for: its title (or teaser) and the NDA to accept. */
export interface RequestedPosting {
  id: string;
  title: string;
  ndaText: string | null;
}

/** 申请查看: shows the owner's NDA, which must be accepted, and sends the access request. */
export function RequestAccessModal({
  kind,
  posting,
  open,
  onClose,
  onRequested,
}: {
  kind: AccessPath;
  posting: RequestedPosting;
  open: boolean;
  onClose: () => void;
  onRequested: (request: CreatedAccessRequest) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<RequestValues>();
  const { busy, error, submit, cancel } = useFormSubmit(form, ['ndaAccepted', 'message']);

  const finish = async (values: RequestValues) => {
    await submit(async () => {
      const message = values.message?.trim();
      const created = await accessRequestsApi(kind).request(posting.id, {
        ndaAccepted: true,
        ...(message ? { message } : {}),
      });
      onRequested(created);
    });
  };

  return (
    <Modal
      open={open}
      title={t(kind === 'demands' ? 'accessRequest.modalTitle' : 'accessRequest.posting.modalTitle')}
      okText={t('accessRequest.submit')}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: busy, 'data-testid': 'request-access-submit' }}
      onOk={() => form.submit()}
      onCancel={cancel(onClose)}
      destroyOnHidden
      width={640}
    >
      <Typography.Paragraph strong style={{ marginBottom: 8 }}>
        {posting.title}
      </Typography.Paragraph>
      <FormError message={error} />
      <Typography.Text strong>{t('accessRequest.ndaTitle')}</Typography.Text>
      <div className="dj-nda" data-testid="nda-text" tabIndex={0}>
        {posting.ndaText || <Typography.Text type="secondary">{t('accessRequest.noNda')}</Typography.Text>}
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
