import { Alert, DatePicker, Form, Modal, Radio, Select, Skeleton } from 'antd';
import type { ButtonProps } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import {
  dealsApi,
  initialStages,
  isSignedStage,
  isTechnologyKind,
  type Deal,
  type DealSourceType,
  type NewDeal,
} from './api';
import { errorMessage } from '../../lib/errors';
import { useAsync } from '../../lib/use-async';
import { FormError } from '../../components/FormError';
import { DealTermsFields, SignedOnItem, TERM_FIELDS, type TermValues } from './DealTermsFields';
import { useFormSubmit } from '../../lib/use-form-submit';

const DATE_FORMAT = 'YYYY-MM-DD';
const FIELDS = ['buyerOrganizationId', 'stage', 'stageOn', ...TERM_FIELDS];

interface Values extends TermValues {
  buyerOrganizationId: string;
  stage: NonNullable<NewDeal['stage']>;
  stageOn?: Dayjs;
  techField?: string;
  registrationNumber?: string;
}

/**
 * Records a deal from a match, conversation or award between its two organizations: the form offers
 * them as buyer and seller, and the caller's side confirms on recording (the other side then sees it 待确认).
 */
export function RecordDealModal({
  sourceType,
  sourceId,
  onDone,
  onClose,
}: {
  sourceType: DealSourceType;
  sourceId: string;
  onDone: (deal: Deal) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const { busy, error, submit } = useFormSubmit(form, FIELDS, {
    sellerOrganizationId: 'buyerOrganizationId',
    sourceId: 'buyerOrganizationId',
  });
  const parties = useAsync(() => dealsApi.sourceParties(sourceType, sourceId), `${sourceType}:${sourceId}`);
  const kind = Form.useWatch('kind', form);
  const stage = Form.useWatch('stage', form);
  const technology = isTechnologyKind(kind);
  const required = [{ required: true, message: t('deals.required') }];
  const organizations = parties.data?.organizations ?? [];

  const okButtonProps: ButtonProps = {
    loading: busy,
    disabled: organizations.length !== 2,
    ...{ 'data-testid': 'deal-record-ok' },
  };

  const finish = async (values: Values) => {
    const seller = organizations.find((org) => org.id !== values.buyerOrganizationId);
    await submit(async () => {
      onDone(
        await dealsApi.create({
          sourceType,
          sourceId,
          buyerOrganizationId: values.buyerOrganizationId,
          sellerOrganizationId: seller?.id ?? values.buyerOrganizationId,
          kind: values.kind,
          projectName: values.projectName,
          contractValueWan: values.contractValueWan,
          stage: values.stage,
          ipType: values.ipType,
          ...(values.stageOn ? { stageOn: values.stageOn.format(DATE_FORMAT) } : {}),
          ...(values.signedOn && isSignedStage(values.stage)
            ? { signedOn: values.signedOn.format(DATE_FORMAT) }
            : {}),
          ...(typeof values.techTransactionWan === 'number' && technology
            ? { techTransactionWan: values.techTransactionWan }
            : {}),
          ...(typeof values.termMonths === 'number' ? { termMonths: values.termMonths } : {}),
          ...(values.techField ? { techField: values.techField } : {}),
          ...(values.registrationNumber?.trim() && technology
            ? { registrationNumber: values.registrationNumber.trim() }
            : {}),
        }),
      );
    });
  };

  return (
    <Modal
      open
      width={720}
      title={t('deals.recordTitle')}
      okText={t('deals.save')}
      cancelText={t('common.cancel')}
      okButtonProps={okButtonProps}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {parties.error ? <Alert type="error" showIcon message={errorMessage(parties.error, t)} /> : null}
      <FormError message={error} />
      {parties.loading ? (
        <Skeleton active />
      ) : (
        <Form
          form={form}
          name="record-deal"
          layout="vertical"
          onFinish={finish}
          initialValues={{
            buyerOrganizationId: organizations.find((org) => !org.mine)?.id ?? organizations[0]?.id,
            kind: 'tech-transfer',
            stage: 'signed',
            ipType: 'none',
            stageOn: dayjs(),
            signedOn: dayjs(),
          }}
        >
          <Form.Item name="buyerOrganizationId" label={t('deals.fields.buyer')} rules={required}>
            <Radio.Group options={organizations.map((org) => ({ value: org.id, label: org.name }))} />
          </Form.Item>
          <DealTermsFields technology={technology} signed={isSignedStage(stage)}>
            <Form.Item name="stage" label={t('deals.fields.stage')} rules={required}>
              <Select
                options={initialStages.map((value) => ({ value, label: t(`deals.stages.${value}`) }))}
              />
            </Form.Item>
            {isSignedStage(stage) ? (
              <SignedOnItem />
            ) : (
              <Form.Item name="stageOn" label={t('deals.fields.stageOn')}>
                <DatePicker />
              </Form.Item>
            )}
          </DealTermsFields>
        </Form>
      )}
    </Modal>
  );
}
