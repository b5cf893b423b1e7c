import { Form, InputNumber, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { challengesApi } from '../api/challenges';
import type { ChallengeCriterion, Proposal } from '../api/types';
import { errorMessage } from '../lib/errors';
import { FormError } from './FormError';

/** 评分: one 0–100 integer per criterion of the call. */
export function ScoreProposalModal({
  demandId,
  criteria,
  proposal,
  onClose,
  onScored,
}: {
  demandId: string;
  criteria: ChallengeCriterion[];
  /** The proposal being scored; null = closed. */
  proposal: Proposal | null;
  onClose: () => void;
  onScored: (proposal: Proposal) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Record<string, number>>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const finish = async (values: Record<string, number>) => {
    if (!proposal) return;
    setBusy(true);
    setError(null);
    try {
      const scores = Object.fromEntries(criteria.map((item, index) => [item.name, values[`c${index}`] ?? 0]));
      onScored(await challengesApi.score(demandId, proposal.id, scores));
    } catch (cause) {
      setError(errorMessage(cause, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={proposal !== null}
      title={proposal ? t('challenge.scoreTitle', { name: proposal.organizationName }) : ''}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: busy, 'data-testid': 'score-proposal-submit' }}
      onOk={() => form.submit()}
      onCancel={() => {
        setError(null);
        onClose();
      }}
      destroyOnHidden
    >
      <FormError message={error} />
      <Form
        form={form}
        name="score-proposal"
        layout="horizontal"
        labelCol={{ span: 12 }}
        wrapperCol={{ span: 12 }}
        onFinish={finish}
        preserve={false}
        initialValues={Object.fromEntries(
          criteria.map((item, index) => [`c${index}`, proposal?.scores?.[item.name] ?? undefined]),
        )}
      >
        {criteria.map((item, index) => (
          <Form.Item
            key={item.name}
            name={`c${index}`}
            label={`${item.name} (${item.weight}%)`}
            rules={[{ required: true, message: t('challenge.scoreRequired') }]}
          >
            <InputNumber<number> min={0} max={100} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        ))}
      </Form>
    </Modal>
  );
}
