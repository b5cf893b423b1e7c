import { DatePicker, Form, Input, InputNumber, Select, TreeSelect } from 'antd';
import type { Dayjs } from 'dayjs';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { financingKinds, ipTypes, technologyKinds, type DealKind, type IpType } from './api';
import { useReferenceData } from '../../lib/use-reference';

/** The form fields of a deal's terms that server field errors may name. */
export const TERM_FIELDS = [
  'kind',
  'projectName',
  'contractValueWan',
  'techTransactionWan',
  'signedOn',
  'termMonths',
  'techField',
  'ipType',
  'registrationNumber',
] as const;

/** The values of the terms fields common to recording and editing a deal. */
export interface TermValues {
  kind: DealKind;
  projectName: string;
  contractValueWan: number;
  techTransactionWan?: number | null;
  signedOn?: Dayjs;
  termMonths?: number | null;
  ipType: IpType;
}

/** The required 签约日期 field. */
export function SignedOnItem() {
  const { t } = useTranslation();
  return (
    <Form.Item
      name="signedOn"
      label={t('deals.fields.signedOn')}
      rules={[{ required: true, message: t('deals.required') }]}
    >
      <DatePicker />
    </Form.Item>
  );
}

/**
 * The terms of a deal as form items, shared by recording and editing: type, project, value, technology
 * field and 技术交易额 for a technology contract, then `children` (the stage and its dates), term, IP and,
 * once signed, the 技术合同登记号.
 */
export function DealTermsFields({
  technology,
  signed,
  children,
}: {
  technology: boolean;
  signed: boolean;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const reference = useReferenceData();
  const required = [{ required: true, message: t('deals.required') }];
  return (
    <>
      <Form.Item name="kind" label={t('deals.fields.kind')} rules={required}>
        <Select
          options={[
            {
              label: t('deals.categories.technology'),
              options: technologyKinds.map((value) => ({ value, label: t(`deals.kinds.${value}`) })),
            },
            {
              label: t('deals.categories.financing'),
              options: financingKinds.map((value) => ({ value, label: t(`deals.kinds.${value}`) })),
            },
          ]}
        />
      </Form.Item>
      <Form.Item name="projectName" label={t('deals.fields.projectName')} rules={[...required, { max: 200 }]}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="contractValueWan" label={t('deals.fields.contractValueWan')} rules={required}>
        <InputNumber min={0} style={{ width: '100%' }} />
      </Form.Item>
      {technology ? (
        <>
          <Form.Item name="techTransactionWan" label={t('deals.fields.techTransactionWan')}>
            <InputNumber min={0} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="techField" label={t('deals.fields.techField')} rules={required}>
            <TreeSelect
              treeData={reference.fieldOptions}
              loading={reference.techFields.loading}
              showSearch
              treeNodeFilterProp="title"
            />
          </Form.Item>
        </>
      ) : null}
      {children}
      <Form.Item name="termMonths" label={t('deals.fields.termMonths')}>
        <InputNumber min={1} max={600} precision={0} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="ipType" label={t('deals.fields.ipType')} rules={required}>
        <Select options={ipTypes.map((value) => ({ value, label: t(`deals.ipTypes.${value}`) }))} />
      </Form.Item>
      {technology && signed ? (
        <Form.Item
          name="registrationNumber"
          label={t('deals.fields.registrationNumber')}
          extra={t('deals.registrationHint')}
        >
          <Input maxLength={16} inputMode="numeric" />
        </Form.Item>
      ) : null}
    </>
  );
}
