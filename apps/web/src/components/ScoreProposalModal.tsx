import { Form, InputNumber, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { challengesApi } from '../api/challenges';
import type { ChallengeCriterion, Proposal } from '../api/types';
import { FormError } from './FormError';
import { useFormSubmit } from '../lib/use-form-submit';

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
  const { busy, error, submit, cancel } = useFormSubmit(form);

  const finish = async (values: Record<string, number>) => {
    if (!proposal) return;
    await submit(async () => {
      const scores = Object.fromEntries(criteria.map((item, index) => [item.name, values[`c${index}`] ?? 0]));
      onScored(await challengesApi.score(demandId, proposal.id, scores));
    });
  };

  return (
    <Modal
      open={proposal !== null}
      title={proposal ? t('challenge.scoreTitle', { name: proposal.organizationName }) : ''}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: busy, 'data-testid': 'score-proposal-submit' }}
      onOk={() => form.submit()}
      onCancel={cancel(onClose)}
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
