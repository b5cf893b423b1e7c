import { Alert, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { cooperationModes, demandCategories, demandVisibilities } from '../../api/types';
import { TechFieldsItem } from '../../components/PostingFormItems';
import { useReferenceData } from '../../lib/use-reference';
import { servicesApi, type DraftDemand, type Visit } from './api';
import { RecordModal } from './RecordModal';

const FIELDS = ['title', 'description', 'category', 'fields', 'cooperationModes', 'visibility'] as const;

/** 转为需求草稿: a need found on a visit becomes a draft demand of the enterprise, which its members submit. */
export function DraftDemandModal({
  visit,
  needIndex,
  onDrafted,
  onClose,
}: {
  visit: Visit;
  needIndex: number;
  onDrafted: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const reference = useReferenceData();
  const need = visit.needs[needIndex]!;
  const required = [{ required: true }];

  return (
    <RecordModal<Omit<DraftDemand, 'needIndex'>>
      title={t('services.visit.draftTitle')}
      fields={FIELDS}
      initialValues={{ title: need.title, description: need.description, visibility: 'registered' }}
      onClose={onClose}
      onSubmit={async (values) => {
        await servicesApi.draftDemand(visit.id, { ...values, needIndex });
        onDrafted();
      }}
    >
      {() => (
        <>
          <Alert type="info" showIcon message={t('services.visit.draftHint')} style={{ marginBottom: 16 }} />
          <Form.Item name="title" label={t('demand.title')} rules={required}>
            <Input />
          </Form.Item>
          <Form.Item name="description" label={t('demand.description')} rules={required}>
            <Input.TextArea rows={4} />
          </Form.Item>
          <Form.Item name="category" label={t('demand.category')} rules={required}>
            <Select
              options={demandCategories.map((value) => ({ value, label: t(`demand.categories.${value}`) }))}
            />
          </Form.Item>
          <TechFieldsItem reference={reference} suggestFrom={['title', 'description']} />
          <Form.Item name="cooperationModes" label={t('demand.cooperationModes')} rules={required}>
            <Select
              mode="multiple"
              options={cooperationModes.map((value) => ({ value, label: t(`demand.cooperation.${value}`) }))}
            />
          </Form.Item>
          <Form.Item name="visibility" label={t('demand.visibility')} rules={required}>
            <Select
              options={demandVisibilities.map((value) => ({
                value,
                label: t(`demand.visibilities.${value}`),
              }))}
            />
          </Form.Item>
        </>
      )}
    </RecordModal>
  );
}
