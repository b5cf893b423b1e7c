import { DatePicker, Form, Modal, Select } from 'antd';
import type { ButtonProps } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { dealsApi, dealStages, isSignedStage, type Deal, type DealStage } from './api';
import { FormError } from '../../components/FormError';
import { SignedOnItem } from './DealTermsFields';
import { useFormSubmit } from '../../lib/use-form-submit';

const DATE_FORMAT = 'YYYY-MM-DD';

interface Values {
  stage: DealStage;
  on: Dayjs;
  signedOn?: Dayjs;
}

/** The props of a modal acting on one deal: it reports the updated deal, or closes. */
export interface DealModalProps {
  deal: Deal;
  onDone: (deal: Deal) => void;
  onClose: () => void;
}

/** Moves a deal to a later stage (or 终止) with the date it was reached; asks for the signing date when passing 签约 unsigned. */
export function DealStageModal({ deal, onDone, onClose }: DealModalProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const { busy, error, submit } = useFormSubmit(form, ['stage', 'on', 'signedOn']);
  const stage = Form.useWatch('stage', form);
  const later = dealStages.filter(
    (s) => s === 'terminated' || dealStages.indexOf(s) > dealStages.indexOf(deal.stage),
  );
  const needsSigningDate = !deal.signedOn && isSignedStage(stage) && stage !== 'signed';

  const finish = async (values: Values) => {
    await submit(async () => {
      onDone(
        await dealsApi.stage(deal.id, {
          stage: values.stage,
          on: values.on.format(DATE_FORMAT),
          ...(values.signedOn ? { signedOn: values.signedOn.format(DATE_FORMAT) } : {}),
        }),
      );
    });
  };

  return (
    <Modal
      open
      title={t('deals.stageTitle')}
      okText={t('deals.moveStage')}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: busy, 'data-testid': 'deal-stage-ok' } as ButtonProps}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <FormError message={error} />
      <Form form={form} name="deal-stage" layout="vertical" onFinish={finish} initialValues={{ on: dayjs() }}>
        <Form.Item
          name="stage"
          label={t('deals.fields.stage')}
          rules={[{ required: true, message: t('deals.required') }]}
        >
          <Select options={later.map((value) => ({ value, label: t(`deals.stages.${value}`) }))} />
        </Form.Item>
        <Form.Item
          name="on"
          label={t('deals.fields.on')}
          rules={[{ required: true, message: t('deals.required') }]}
        >
          <DatePicker />
        </Form.Item>
        {needsSigningDate ? <SignedOnItem /> : null}
      </Form>
    </Modal>
  );
}
