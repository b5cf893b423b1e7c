import { Form, Input, Modal, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { declineReasons, matchesApi, type DeclineReason, type MatchItem } from '../api/matches';
import { applyServerErrors } from '../lib/errors';
import { FormError } from './FormError';
import { schemaRules } from '../api/generated/rules';

interface DeclineValues {
  reasonCode?: DeclineReason;
  text?: string;
}

const TEXT_MAX = schemaRules.DeclineMatchDto.text.maxLength;

/** 不合适: declines a match with a reason code (and a text, required for `other`). */
export function DeclineMatchModal({
  match,
  onDeclined,
  onClose,
}: {
  /** The match to decline; the modal is open while it is set. */
  match: MatchItem | null;
  onDeclined: (next: MatchItem) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<DeclineValues>();
  const reasonCode = Form.useWatch('reasonCode', form);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const finish = async ({ reasonCode, text }: DeclineValues) => {
    if (!match || !reasonCode) return;
    setBusy(true);
    setError(null);
    try {
      onDeclined(await matchesApi.decline(match.id, reasonCode, text?.trim() || undefined));
    } catch (cause) {
      setError(applyServerErrors(form, cause, t, ['reasonCode', 'text']));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={match !== null}
      title={t('matches.declineTitle')}
      okText={t('matches.confirmDecline')}
      cancelText={t('common.cancel')}
      // A data attribute is not in ButtonProps' type; spread in, it reaches the button all the same.
      okButtonProps={{ danger: true, loading: busy, ...{ 'data-testid': 'confirm-decline' } }}
      onOk={() => form.submit()}
      onCancel={() => {
        setError(null);
        onClose();
      }}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('matches.declineHint')}</Typography.Paragraph>
      <FormError message={error} />
      <Form form={form} name="decline-match" layout="vertical" onFinish={finish} preserve={false}>
        <Form.Item
          name="reasonCode"
          label={t('matches.reason')}
          rules={[{ required: true, message: t('matches.reasonRequired') }]}
        >
          <Select
            options={declineReasons.map((code) => ({ value: code, label: t(`matches.reasons.${code}`) }))}
          />
        </Form.Item>
        <Form.Item
          name="text"
          label={t('matches.text')}
          rules={[
            ...(reasonCode === 'other'
              ? [{ required: true, whitespace: true, message: t('matches.textRequired') }]
              : []),
            { max: TEXT_MAX },
          ]}
        >
          <Input.TextArea rows={3} showCount maxLength={TEXT_MAX} data-testid="decline-text" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
