import { ApiOutlined } from '@ant-design/icons';
import { App, Button, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { useAuth } from '../../auth/auth-context';
import { LinkButton } from '../../components/LinkButton';
import { errorMessage } from '../../lib/errors';
import { withRedirect } from '../../lib/redirect';
import { interestApi, ownPostings, type InterestPath, type OwnPosting } from './api';

const MESSAGE_MAX = 2000;

interface Values {
  message: string;
  offer?: string;
}

/**
 * 我要对接 on a listing. A visitor sees it too and is sent to sign in (and back here); a signed-in user
 * writes a message, may bring one of the organization's own postings, and lands in the thread with the
 * owner.
 */
export function InterestButton({ kind, id }: { kind: InterestPath; id: string }) {
  const { t } = useTranslation();
  const { status } = useAuth();
  const location = useLocation();
  if (status !== 'authenticated')
    return (
      <LinkButton
        type="primary"
        icon={<ApiOutlined />}
        to={withRedirect('/login', `${location.pathname}${location.search}`)}
        data-testid="interest-button"
      >
        {t('interest.button')}
      </LinkButton>
    );
  return <InterestDialogButton kind={kind} id={id} />;
}

function InterestDialogButton({ kind, id }: { kind: InterestPath; id: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [offers, setOffers] = useState<OwnPosting[] | null>(null);

  const show = () => {
    setOpen(true);
    if (offers === null) ownPostings().then(setOffers, () => setOffers([]));
  };

  const send = async (values: Values) => {
    setBusy(true);
    try {
      const offer = offers?.find((posting) => `${posting.kind}:${posting.id}` === values.offer);
      const sent = await interestApi.express(kind, id, {
        message: values.message,
        ...(offer ? { offer: { kind: offer.kind, id: offer.id } } : {}),
      });
      void message.success(t('interest.sent'));
      void navigate(`/conversations/${sent.conversationId}`);
    } catch (cause) {
      void message.error(errorMessage(cause, t));
      setBusy(false);
    }
  };

  return (
    <>
      <Button type="primary" icon={<ApiOutlined />} onClick={show} data-testid="interest-button">
        {t('interest.button')}
      </Button>
      <Modal
        open={open}
        title={t('interest.title')}
        okText={t('interest.send')}
        cancelText={t('common.cancel')}
        confirmLoading={busy}
        onOk={() => form.submit()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" onFinish={(values) => void send(values)}>
          <Form.Item
            name="message"
            label={t('interest.message')}
            rules={[{ required: true, whitespace: true, message: t('interest.messageRequired') }]}
          >
            <Input.TextArea
              rows={4}
              maxLength={MESSAGE_MAX}
              showCount
              placeholder={t('interest.messagePlaceholder')}
              data-testid="interest-message"
            />
          </Form.Item>
          <Form.Item name="offer" label={t('interest.offer')} extra={t('interest.offerHint')}>
            <Select
              allowClear
              loading={offers === null}
              options={(offers ?? []).map((posting) => ({
                value: `${posting.kind}:${posting.id}`,
                label: `${t(`interest.kinds.${posting.kind}`)} · ${posting.title}`,
              }))}
              data-testid="interest-offer"
            />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
