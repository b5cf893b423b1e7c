import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, DatePicker, Flex, Form, Input, InputNumber, Modal, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { challengesApi } from '../api/challenges';
import type { Challenge, ChallengeCriterion } from '../api/types';
import { FormError } from './FormError';
import { schemaRules } from '../api/generated/rules';
import { useFormSubmit } from '../lib/use-form-submit';

const DATE_FORMAT = 'YYYY-MM-DD';
const AWARD_MAX = schemaRules.OpenChallengeDto.awardWan.maximum;
const CRITERIA_MAX = schemaRules.OpenChallengeDto.criteria.maxItems;
const NAME_MAX = schemaRules.CriterionDto.name.maxLength;
const DESCRIPTION_MAX = schemaRules.OpenChallengeDto.description.maxLength;

interface OpenValues {
  awardWan?: number | null;
  deadline?: Dayjs | null;
  criteria?: Partial<ChallengeCriterion>[];
  description?: string;
}

function weightTotal(criteria: OpenValues['criteria']): number {
  return (criteria ?? []).reduce(
    (sum, item) => sum + (typeof item?.weight === 'number' ? item.weight : 0),
    0,
  );
}

/** 发布揭榜挂帅: award (万元), deadline, weighted criteria (adding up to 100) and notes. */
export function OpenChallengeModal({
  demandId,
  open,
  onClose,
  onOpened,
}: {
  demandId: string;
  open: boolean;
  onClose: () => void;
  onOpened: (challenge: Challenge) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<OpenValues>();
  const { busy, error, submit, cancel } = useFormSubmit(form, ['awardWan', 'deadline', 'description']);
  const criteria = Form.useWatch('criteria', form);
  const total = weightTotal(criteria);

  const finish = async (values: OpenValues) => {
    await submit(async () => {
      const description = values.description?.trim();
      const challenge = await challengesApi.open(demandId, {
        awardWan: values.awardWan ?? 0,
        deadline: (values.deadline ?? dayjs()).format(DATE_FORMAT),
        criteria: (values.criteria ?? []).map((item) => ({
          name: (item.name ?? '').trim(),
          weight: item.weight ?? 0,
        })),
        ...(description ? { description } : {}),
      });
      onOpened(challenge);
    });
  };

  return (
    <Modal
      open={open}
      title={t('challenge.open')}
      okText={t('challenge.openSubmit')}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: busy, 'data-testid': 'open-challenge-submit' }}
      onOk={() => form.submit()}
      onCancel={cancel(onClose)}
      destroyOnHidden
      width={640}
    >
      <FormError message={error} />
      <Form
        form={form}
        name="open-challenge"
        layout="vertical"
        onFinish={finish}
        preserve={false}
        initialValues={{ criteria: [{ name: '', weight: 100 }] }}
      >
        <Flex gap={16} wrap>
          <Form.Item
            name="awardWan"
            label={t('challenge.award')}
            rules={[{ required: true, message: t('challenge.awardRequired') }]}
            style={{ flex: '1 1 200px' }}
          >
            <InputNumber<number> min={0} max={AWARD_MAX} suffix={t('demand.wan')} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item
            name="deadline"
            label={t('challenge.deadline')}
            rules={[
              { required: true, message: t('challenge.deadlineRequired') },
              {
                validator: (_, value?: Dayjs | null) =>
                  !value || value.isAfter(dayjs(), 'day')
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('challenge.deadlineFuture'))),
              },
            ]}
            style={{ flex: '1 1 200px' }}
          >
            <DatePicker disabledDate={(day) => !day.isAfter(dayjs(), 'day')} style={{ width: '100%' }} />
          </Form.Item>
        </Flex>
        <Typography.Text strong>{t('challenge.criteria')}</Typography.Text>
        <Form.List
          name="criteria"
          rules={[
            {
              validator: (_, value?: OpenValues['criteria']) => {
                if (!value || value.length === 0)
                  return Promise.reject(new Error(t('challenge.criteriaRequired')));
                const names = value.map((item) => (item?.name ?? '').trim()).filter(Boolean);
                if (new Set(names).size !== names.length)
                  return Promise.reject(new Error(t('challenge.criterionNameDuplicate')));
                if (weightTotal(value) !== 100)
                  return Promise.reject(new Error(t('challenge.weightTotalInvalid')));
                return Promise.resolve();
              },
            },
          ]}
        >
          {(fields, { add, remove }, { errors }) => (
            <div style={{ marginTop: 8 }} data-testid="challenge-criteria">
              {fields.map((field, index) => (
                <Flex key={field.key} gap={8} align="baseline">
                  <Form.Item
                    name={[field.name, 'name']}
                    rules={[
                      { required: true, whitespace: true, message: t('challenge.criterionNameRequired') },
                      { max: NAME_MAX, message: t('challenge.tooLong', { max: NAME_MAX }) },
                    ]}
                    style={{ flex: 1 }}
                  >
                    <Input
                      placeholder={t('challenge.criterionNamePlaceholder')}
                      aria-label={`${t('challenge.criterionName')} ${index + 1}`}
                      maxLength={NAME_MAX}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'weight']}
                    rules={[{ required: true, message: t('challenge.criterionWeightRequired') }]}
                    style={{ width: 140 }}
                  >
                    <InputNumber<number>
                      min={1}
                      max={schemaRules.CriterionDto.weight.maximum}
                      precision={0}
                      suffix="%"
                      aria-label={`${t('challenge.criterionWeight')} ${index + 1}`}
                      style={{ width: '100%' }}
                    />
                  </Form.Item>
                  <Button
                    type="text"
                    icon={<MinusCircleOutlined />}
                    aria-label={t('challenge.removeCriterion')}
                    disabled={fields.length <= 1}
                    onClick={() => remove(field.name)}
                  />
                </Flex>
              ))}
              <Flex justify="space-between" align="center" gap={8} wrap>
                <Button
                  type="dashed"
                  icon={<PlusOutlined />}
                  disabled={fields.length >= CRITERIA_MAX}
                  onClick={() => add({ name: '', weight: Math.max(1, Math.min(100, 100 - total)) })}
                >
                  {t('challenge.addCriterion')}
                </Button>
                <Typography.Text type={total === 100 ? 'success' : 'danger'} data-testid="criteria-total">
                  {t('challenge.weightTotal', { total })}
                </Typography.Text>
              </Flex>
              <Form.ErrorList errors={errors} />
            </div>
          )}
        </Form.List>
        <Form.Item
          name="description"
          label={t('challenge.description')}
          rules={[{ max: DESCRIPTION_MAX, message: t('challenge.tooLong', { max: DESCRIPTION_MAX }) }]}
          style={{ marginTop: 16 }}
        >
          <Input.TextArea
            rows={3}
            showCount
            maxLength={DESCRIPTION_MAX}
            placeholder={t('challenge.descriptionPlaceholder')}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
