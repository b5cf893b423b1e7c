import { Form, Input, InputNumber, Modal, Select } from 'antd';
import type { ButtonProps } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../components/FormError';
import { useAsync } from '../../lib/use-async';
import { useFormSubmit } from '../../lib/use-form-submit';
import { reportingApi, type NewPeriodReport, type PeriodReport } from './api';

type Values = Omit<NewPeriodReport, 'caseIds'> & { caseIds?: string[] };

/** The first and last day of the chosen month, quarter or year, to offer that period's contracts as cases. */
function periodOf({ periodKind, year, index }: Partial<Values>): { from: string; to: string } | null {
  if (!periodKind || !year || (periodKind !== 'year' && !index)) return null;
  const start =
    periodKind === 'year'
      ? dayjs(`${year}-01-01`)
      : dayjs(`${year}-01-01`).month(periodKind === 'quarter' ? (index! - 1) * 3 : index! - 1);
  const end = start
    .add(periodKind === 'year' ? 12 : periodKind === 'quarter' ? 3 : 1, 'month')
    .subtract(1, 'day');
  return { from: start.format('YYYY-MM-DD'), to: end.format('YYYY-MM-DD') };
}

/** 新建报送: a month, quarter or year of the acting organization's scope, with typical cases picked from its contracts. */
export function NewReportModal({
  onDone,
  onClose,
}: {
  onDone: (report: PeriodReport) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const { busy, error, submit } = useFormSubmit(form, ['periodKind', 'year', 'index', 'note', 'caseIds']);
  const values = Form.useWatch([], form) as Partial<Values> | undefined;
  const period = periodOf(values ?? {});
  const contracts = useAsync(
    () => reportingApi.records('contract-value', period!),
    period ? `cases:${period.from}:${period.to}` : null,
  );
  const indexes = values?.periodKind === 'month' ? 12 : 4;

  const finish = (input: Values) =>
    submit(async () => onDone(await reportingApi.createReport({ ...input, caseIds: input.caseIds ?? [] })));

  return (
    <Modal
      open
      title={t('reporting.reports.new')}
      okText={t('reporting.reports.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: busy } as ButtonProps}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <FormError message={error} />
      <Form
        form={form}
        name="new-report"
        layout="vertical"
        onFinish={finish}
        initialValues={{
          periodKind: 'quarter',
          year: dayjs().year(),
          index: Math.floor(dayjs().month() / 3) + 1,
        }}
      >
        <Form.Item name="periodKind" label={t('reporting.reports.periodKind')} rules={[{ required: true }]}>
          <Select
            options={(['month', 'quarter', 'year'] as const).map((value) => ({
              value,
              label: t(`reporting.reports.periodKinds.${value}`),
            }))}
          />
        </Form.Item>
        <Form.Item name="year" label={t('reporting.reports.year')} rules={[{ required: true }]}>
          <InputNumber min={2000} max={2100} />
        </Form.Item>
        {values?.periodKind === 'year' ? null : (
          <Form.Item name="index" label={t('reporting.reports.index')} rules={[{ required: true }]}>
            <Select
              options={Array.from({ length: indexes }, (_, i) => ({ value: i + 1, label: String(i + 1) }))}
            />
          </Form.Item>
        )}
        <Form.Item name="note" label={t('reporting.reports.note')}>
          <Input.TextArea rows={3} maxLength={4000} />
        </Form.Item>
        <Form.Item name="caseIds" label={t('reporting.reports.cases')}>
          <Select
            mode="multiple"
            loading={contracts.loading}
            options={(contracts.data?.records ?? []).map((record) => ({
              value: record.id,
              label: `${record.day} ${record.label ?? ''}（${record.amount ?? 0} 万元）`,
            }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
