import { Flex, Form, Input, InputNumber, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { challengesApi } from '../api/challenges';
import type { Proposal, ProposalInput } from '../api/types';
import { applyServerErrors } from '../lib/errors';
import { FormError } from './FormError';
import { schemaRules } from '../api/generated/rules';

const COST_MAX = schemaRules.SubmitProposalDto.costWan.maximum;
const limits = { summary: 500, approach: 5000, team: 2000 } as const;

type ProposalValues = Partial<ProposalInput>;

/** 我要揭榜: the acting organization's proposal (one per organization). */
export function SubmitProposalModal({
  demandId,
  open,
  onClose,
  onSubmitted,
}: {
  demandId: string;
  open: boolean;
  onClose: () => void;
  onSubmitted: (proposal: Proposal) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ProposalValues>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const finish = async (values: ProposalValues) => {
    setBusy(true);
    setError(null);
    try {
      const proposal = await challengesApi.submitProposal(demandId, {
        summary: (values.summary ?? '').trim(),
        approach: (values.approach ?? '').trim(),
        team: (values.team ?? '').trim(),
        costWan: values.costWan ?? 0,
        durationDays: values.durationDays ?? 1,
      });
      onSubmitted(proposal);
    } catch (cause) {
      setError(applyServerErrors(form, cause, t, ['summary', 'approach', 'team', 'costWan', 'durationDays']));
    } finally {
      setBusy(false);
    }
  };

  const text = (name: keyof typeof limits, rows: number) => (
    <Form.Item
      name={name}
      label={t(`challenge.${name}`)}
      rules={[
        { required: true, whitespace: true, message: t('common.requiredField') },
        { max: limits[name], message: t('challenge.tooLong', { max: limits[name] }) },
      ]}
    >
      <Input.TextArea rows={rows} showCount maxLength={limits[name]} />
    </Form.Item>
  );

  return (
    <Modal
      open={open}
      title={t('challenge.submitTitle')}
      okText={t('challenge.submitOk')}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: busy, 'data-testid': 'submit-proposal-submit' }}
      onOk={() => form.submit()}
      onCancel={() => {
        setError(null);
        onClose();
      }}
      destroyOnHidden
      width={720}
    >
      <FormError message={error} />
      <Form form={form} name="submit-proposal" layout="vertical" onFinish={finish} preserve={false}>
        {text('summary', 2)}
        {text('approach', 6)}
        {text('team', 3)}
        <Flex gap={16} wrap>
          <Form.Item
            name="costWan"
            label={t('challenge.cost')}
            rules={[{ required: true, message: t('common.requiredField') }]}
            style={{ flex: '1 1 200px' }}
          >
            <InputNumber<number> min={0} max={COST_MAX} suffix={t('demand.wan')} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item
            name="durationDays"
            label={t('challenge.duration')}
            rules={[{ required: true, message: t('common.requiredField') }]}
            style={{ flex: '1 1 200px' }}
          >
            <InputNumber<number>
              min={1}
              max={schemaRules.SubmitProposalDto.durationDays.maximum}
              precision={0}
              suffix={t('challenge.durationSuffix')}
              style={{ width: '100%' }}
            />
          </Form.Item>
        </Flex>
      </Form>
    </Modal>
  );
}
