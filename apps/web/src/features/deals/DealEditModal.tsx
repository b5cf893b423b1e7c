import { Alert, Form, Modal } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { dealsApi, isSignedStage, isTechnologyKind } from './api';
import { DealTermsFields, SignedOnItem, TERM_FIELDS, type TermValues } from './DealTermsFields';
import type { DealModalProps } from './DealStageModal';
import { FormError } from '../../components/FormError';
import { useFormSubmit } from '../../lib/use-form-submit';

interface Values extends TermValues {
  techField?: string | null;
  registrationNumber?: string | null;
}

/**
 * Edits a deal's terms. Before both sides confirmed, the edit applies and the other side confirms the new
 * terms; after, it is a proposal that applies only once the other side confirms it (the form says which).
 * It opens on the terms as they would read with the caller's own pending proposal.
 */
export function DealEditModal({ deal, onDone, onClose }: DealModalProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const { busy, error, submit } = useFormSubmit(form, TERM_FIELDS);
  const kind = Form.useWatch('kind', form);
  const technology = isTechnologyKind(kind ?? deal.kind);
  const signed = isSignedStage(deal.stage);
  const own = deal.pendingChange?.by === deal.viewerSide ? deal.pendingChange?.terms : undefined;
  const current = { ...deal, ...own };
  const initialValues = {
    kind: current.kind,
    projectName: current.projectName,
    contractValueWan: current.contractValueWan,
    techTransactionWan: current.techTransactionWan,
    signedOn: current.signedOn ? dayjs(current.signedOn) : undefined,
    termMonths: current.termMonths,
    techField: current.techField,
    ipType: current.ipType,
    registrationNumber: current.registrationNumber,
  };

  const finish = async (values: Values) => {
    await submit(async () => {
      onDone(
        await dealsApi.update(deal.id, {
          kind: values.kind,
          projectName: values.projectName,
          contractValueWan: values.contractValueWan,
          techTransactionWan: technology ? (values.techTransactionWan ?? null) : null,
          techField: technology ? (values.techField ?? null) : null,
          termMonths: values.termMonths ?? null,
          ipType: values.ipType,
          ...(signed && values.signedOn ? { signedOn: values.signedOn.format('YYYY-MM-DD') } : {}),
          registrationNumber: technology && signed ? values.registrationNumber?.trim() || null : null,
        }),
      );
    });
  };

  return (
    <Modal
      open
      width={720}
      title={t('deals.editTitle')}
      okText={deal.status === 'confirmed' ? t('deals.propose') : t('deals.editSave')}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: busy, ...{ 'data-testid': 'deal-edit-ok' } }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Alert
        type={deal.status === 'confirmed' ? 'warning' : 'info'}
        showIcon
        style={{ marginBottom: 16 }}
        message={deal.status === 'confirmed' ? t('deals.editAfterConfirm') : t('deals.editBeforeConfirm')}
      />
      <FormError message={error} />
      <Form form={form} name="edit-deal" layout="vertical" onFinish={finish} initialValues={initialValues}>
        <DealTermsFields technology={technology} signed={signed}>
          {signed ? <SignedOnItem /> : null}
        </DealTermsFields>
      </Form>
    </Modal>
  );
}
