import {
  Button,
  Card,
  Cascader,
  Checkbox,
  Col,
  DatePicker,
  Flex,
  Form,
  Input,
  InputNumber,
  Radio,
  Row,
  Select,
  TreeSelect,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import 'dayjs/locale/zh-cn';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { demandsApi } from '../api/demands';
import {
  cooperationModes,
  demandCategories,
  trlLevels,
  type CooperationMode,
  type Demand,
  type DemandCategory,
  type DemandInput,
  type DemandUpdate,
  type DemandVisibility,
} from '../api/types';
import { useAuth } from '../auth/auth-context';
import { NoOrganizationResult } from '../components/ListParts';
import {
  changedFields,
  ConfidentialTextItem,
  ContactSection,
  LoadFailedResult,
  ReferenceAlert,
  text,
  toContact,
  VisibilitySection,
} from '../components/FormParts';
import { FormError } from '../components/FormError';
import { PageHeader } from '../components/PageHeader';
import { FormSkeleton, NotEditableResult } from '../components/PostingFormGuards';
import { FieldSuggestions } from '../components/FieldSuggestions';
import { canEditContent, trlLabel } from '../lib/demands';
import { pathToCode, type CascaderNode } from '../lib/tree';
import { useAsync } from '../lib/use-async';
import { usePostingSubmit } from '../lib/use-posting-submit';
import { useReferenceData } from '../lib/use-reference';
import { schemaRules } from '../api/generated/rules';

const TITLE_MAX = schemaRules.CreateDemandDto.title.maxLength;
const DESCRIPTION_MAX = schemaRules.CreateDemandDto.description.maxLength;
const FIELDS_MAX = schemaRules.CreateDemandDto.fields.maxItems;
const KEYWORDS_MAX = schemaRules.CreateDemandDto.keywords.maxItems;
const KEYWORD_MAX = schemaRules.CreateDemandDto.keywords.items.maxLength;
const NDA_MAX = schemaRules.CreateDemandDto.ndaText.maxLength;
const BUDGET_MAX = schemaRules.CreateDemandDto.budgetMaxWan.maximum;
const DATE_FORMAT = 'YYYY-MM-DD';

interface DemandValues {
  title?: string;
  description?: string;
  category?: DemandCategory;
  industryCode?: string;
  fields?: string[];
  keywords?: string[];
  regionCode?: string;
  /** 全国: no region (a ministry's task list); the region field is then off. */
  nationwide?: boolean;
  regionRequired?: boolean;
  budgetMinWan?: number | null;
  budgetMaxWan?: number | null;
  trlRequired?: number;
  deadline?: Dayjs | null;
  cooperationModes?: CooperationMode[];
  visibility?: DemandVisibility;
  teaser?: string;
  ndaText?: string;
  contactName?: string;
  contactPhone?: string;
  contactEmail?: string;
}

const FORM_FIELDS = [
  'title',
  'description',
  'category',
  'industryCode',
  'fields',
  'keywords',
  'regionCode',
  'regionRequired',
  'budgetMinWan',
  'budgetMaxWan',
  'trlRequired',
  'deadline',
  'cooperationModes',
  'visibility',
  'teaser',
  'ndaText',
  'contactName',
  'contactPhone',
  'contactEmail',
] as const;

/** Server error paths that name a part of a form field: contact.name, fields.0, keywords[2]… */
const FIELD_ALIASES: Record<string, string> = {
  contact: 'contactName',
  'contact.name': 'contactName',
  'contact.phone': 'contactPhone',
  'contact.email': 'contactEmail',
  ...Object.fromEntries(
    ['fields', 'keywords', 'cooperationModes'].flatMap((name) =>
      Array.from({ length: KEYWORDS_MAX }, (_, i) => [
        [`${name}.${i}`, name],
        [`${name}[${i}]`, name],
      ]).flat(),
    ),
  ),
};

/** Every editable field, empty optional ones as null (the shape both for create and for a PATCH diff). */
type EditableFields = Required<Omit<DemandUpdate, 'attachments'>>;

function toEditable(values: DemandValues): EditableFields {
  return {
    title: values.title?.trim() ?? '',
    description: values.description?.trim() ?? '',
    category: values.category ?? null,
    industryCode: values.industryCode || null,
    fields: values.fields ?? [],
    keywords: values.keywords ?? [],
    regionCode: values.nationwide ? null : values.regionCode || null,
    // A nationwide demand has no region to require.
    regionRequired: !values.nationwide && Boolean(values.regionRequired),
    budgetMinWan: values.budgetMinWan ?? null,
    budgetMaxWan: values.budgetMaxWan ?? null,
    trlRequired: values.trlRequired ?? null,
    deadline: values.deadline ? values.deadline.format(DATE_FORMAT) : null,
    cooperationModes: values.cooperationModes ?? [],
    teaser: text(values.teaser),
    ndaText: text(values.ndaText),
    contact: toContact(values),
  };
}

function toValues(demand: Demand): DemandValues {
  return {
    title: demand.title,
    description: demand.description ?? '',
    category: demand.category,
    industryCode: demand.industryCode ?? undefined,
    fields: demand.fields,
    keywords: demand.keywords,
    regionCode: demand.regionCode ?? undefined,
    nationwide: demand.regionCode === null,
    regionRequired: demand.regionRequired,
    budgetMinWan: demand.budgetMinWan,
    budgetMaxWan: demand.budgetMaxWan,
    trlRequired: demand.trlRequired ?? undefined,
    deadline: demand.deadline ? dayjs(demand.deadline, DATE_FORMAT) : null,
    cooperationModes: demand.cooperationModes,
    visibility: demand.visibility,
    teaser: demand.teaser ?? '',
    ndaText: demand.ndaText ?? '',
    contactName: demand.contact?.name ?? '',
    contactPhone: demand.contact?.phone ?? '',
    contactEmail: demand.contact?.email ?? '',
  };
}

/** The POST body: empty optional fields left out. */
function toCreateInput(values: DemandValues): DemandInput {
  const editable = toEditable(values);
  const input: Record<string, unknown> = { visibility: values.visibility ?? 'public' };
  for (const [name, value] of Object.entries(editable)) {
    if (value !== null && !(Array.isArray(value) && value.length === 0 && name === 'keywords'))
      input[name] = value;
  }
  return input as unknown as DemandInput;
}

/** The PATCH body: only what changed; a cleared optional field is sent as null. */
function toUpdate(original: Demand, values: DemandValues): DemandUpdate {
  return changedFields(toEditable(toValues(original)), toEditable(values)) as DemandUpdate;
}

export default function DemandFormPage() {
  const { id } = useParams();
  // A fresh form per demand (the route element is reused when only :id changes).
  return <DemandFormLoader key={id ?? 'new'} demandId={id} />;
}

function DemandFormLoader({ demandId }: { demandId?: string }) {
  const { t } = useTranslation();
  const { currentMembership } = useAuth();
  const organizationId = currentMembership?.organizationId ?? null;
  const loaded = useAsync(
    () => demandsApi.get(demandId ?? ''),
    demandId && organizationId ? `${demandId}:${organizationId}` : null,
  );

  if (!currentMembership) {
    return <NoOrganizationResult title={t('demandForm.noOrgTitle')} subTitle={t('demandForm.noOrg')} />;
  }
  if (!demandId) return <DemandForm key={organizationId} />;
  if (loaded.error) {
    return <LoadFailedResult error={loaded.error} onRetry={loaded.reload} />;
  }
  if (!loaded.data || loaded.data.id !== demandId) {
    return <FormSkeleton />;
  }
  const demand = loaded.data;
  if (!demand.canEdit || !canEditContent(demand.status)) {
    return (
      <NotEditableResult
        canEdit={demand.canEdit}
        notEditable={t('demandForm.notEditable')}
        forbidden={t('demandForm.forbidden')}
        backTo={`/demands/${demand.id}`}
      />
    );
  }
  return <DemandForm key={organizationId} original={demand} />;
}

function DemandForm({ original }: { original?: Demand }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const reference = useReferenceData();
  const [form] = Form.useForm<DemandValues>();
  const saving = usePostingSubmit(form, {
    route: '/demands',
    created: t('demandForm.created'),
    saved: t('demandForm.saved'),
    fields: FORM_FIELDS,
    aliases: FIELD_ALIASES,
  });
  const editing = original !== undefined;
  const watchedVisibility = Form.useWatch('visibility', form);
  const visibility = original?.visibility ?? watchedVisibility ?? 'public';
  const confidential = visibility === 'confidential';
  const nationwide = Boolean(Form.useWatch('nationwide', form));

  const onFinish = (values: DemandValues) => {
    if (!original) return saving.create(() => demandsApi.create(toCreateInput(values)));
    const changes = toUpdate(original, values);
    return saving.update(original.id, changes, () => demandsApi.update(original.id, changes));
  };

  const tooLong = (max: number) => ({ max, message: t('demandForm.tooLong', { max }) });

  return (
    <>
      <PageHeader
        title={editing ? t('demandForm.editTitle') : t('demandForm.createTitle')}
        subtitle={
          original ? t('demandForm.editSubtitle', { title: original.title }) : t('demandForm.createSubtitle')
        }
      />
      <div style={{ maxWidth: 860 }}>
        <ReferenceAlert
          reference={reference}
          message={t('demandForm.referenceLoadFailed')}
          style={{ marginBottom: 16 }}
        />
        <FormError message={saving.error} />
        <Form<DemandValues>
          form={form}
          name="demand"
          layout="vertical"
          onFinish={onFinish}
          initialValues={
            original
              ? toValues(original)
              : { visibility: 'public', fields: [], keywords: [], cooperationModes: [] }
          }
          scrollToFirstError
        >
          <Flex vertical gap={16}>
            <Card title={t('demandForm.sectionBasic')}>
              <Form.Item
                name="title"
                label={t('demand.title')}
                rules={[
                  { required: true, whitespace: true, message: t('demandForm.titleRequired') },
                  tooLong(TITLE_MAX),
                ]}
              >
                <Input placeholder={t('demandForm.titlePlaceholder')} maxLength={TITLE_MAX} showCount />
              </Form.Item>
              <Form.Item
                name="category"
                label={t('demand.category')}
                rules={[{ required: true, message: t('demandForm.categoryRequired') }]}
              >
                <Radio.Group
                  options={demandCategories.map((value) => ({
                    value,
                    label: t(`demand.categories.${value}`),
                  }))}
                />
              </Form.Item>
              <Form.Item
                name="description"
                label={t('demand.description')}
                rules={[
                  { required: true, whitespace: true, message: t('demandForm.descriptionRequired') },
                  tooLong(DESCRIPTION_MAX),
                ]}
              >
                <Input.TextArea
                  rows={8}
                  showCount
                  maxLength={DESCRIPTION_MAX}
                  placeholder={t('demandForm.descriptionPlaceholder')}
                />
              </Form.Item>
              <Form.Item
                name="keywords"
                label={t('demand.keywords')}
                normalize={(value?: string[]) =>
                  value ? [...new Set(value.map((word) => word.trim()).filter(Boolean))] : []
                }
                rules={[
                  {
                    validator: (_, value?: string[]) => {
                      if (value && value.length > KEYWORDS_MAX)
                        return Promise.reject(
                          new Error(t('demandForm.keywordsTooMany', { max: KEYWORDS_MAX })),
                        );
                      if (value?.some((word) => word.length > KEYWORD_MAX))
                        return Promise.reject(
                          new Error(t('demandForm.keywordTooLong', { max: KEYWORD_MAX })),
                        );
                      return Promise.resolve();
                    },
                  },
                ]}
              >
                <Select
                  mode="tags"
                  maxCount={KEYWORDS_MAX}
                  tokenSeparators={[',', '，', ';', '；']}
                  placeholder={t('demandForm.keywordsPlaceholder', { max: KEYWORDS_MAX })}
                  suffixIcon={null}
                  open={false}
                />
              </Form.Item>
            </Card>

            <Card title={t('demandForm.sectionTech')}>
              <Form.Item
                name="fields"
                label={t('demand.fields')}
                extra={
                  <FieldSuggestions
                    from={['title', 'keywords', 'description']}
                    fieldsName="fields"
                    max={FIELDS_MAX}
                    industryName="industryCode"
                  />
                }
                rules={[
                  { required: true, type: 'array', min: 1, message: t('demandForm.fieldsRequired') },
                  {
                    type: 'array',
                    max: FIELDS_MAX,
                    message: t('demandForm.fieldsTooMany', { max: FIELDS_MAX }),
                  },
                ]}
              >
                <TreeSelect
                  multiple
                  maxCount={FIELDS_MAX}
                  treeData={reference.fieldOptions}
                  placeholder={t('demandForm.fieldsPlaceholder')}
                  showSearch={{ treeNodeFilterProp: 'title' }}
                  allowClear
                  loading={reference.techFields.loading}
                />
              </Form.Item>
              <Form.Item name="industryCode" label={t('demand.industry')}>
                <TreeSelect
                  treeData={reference.industryOptions}
                  placeholder={t('demandForm.industryPlaceholder')}
                  showSearch={{ treeNodeFilterProp: 'title' }}
                  allowClear
                  loading={reference.industries.loading}
                />
              </Form.Item>
              <Form.Item name="trlRequired" label={t('demand.trlRequired')}>
                <Select
                  allowClear
                  placeholder={t('demandForm.trlPlaceholder')}
                  options={trlLevels.map((level) => ({ value: level, label: trlLabel(level, t) }))}
                />
              </Form.Item>
            </Card>

            <Card title={t('demandForm.sectionTerms')}>
              <Form.Item name="nationwide" valuePropName="checked" style={{ marginBottom: 8 }}>
                <Checkbox data-testid="demand-nationwide">{t('demandForm.nationwide')}</Checkbox>
              </Form.Item>
              <Form.Item
                name="regionCode"
                label={t('demand.region')}
                hidden={nationwide}
                rules={[{ required: !nationwide, message: t('demandForm.regionRequired') }]}
                getValueProps={(code?: string) => ({
                  value: code ? pathToCode(reference.regions.data ?? [], code) : undefined,
                })}
                normalize={(path?: string[]) => (path && path.length ? path[path.length - 1] : undefined)}
              >
                <Cascader<CascaderNode>
                  options={reference.regionOptions}
                  placeholder={t('demandForm.regionPlaceholder')}
                  changeOnSelect
                  showSearch={{
                    filter: (input, path) => path.some((option) => option.label.includes(input.trim())),
                  }}
                  loading={reference.regions.loading}
                />
              </Form.Item>
              <Form.Item name="regionRequired" valuePropName="checked" hidden={nationwide}>
                <Checkbox data-testid="demand-region-required">
                  {t('demandForm.regionRequiredLabel')}
                </Checkbox>
              </Form.Item>
              <Row gutter={16}>
                <Col xs={24} sm={12}>
                  <Form.Item name="budgetMinWan" label={t('demand.budgetMin')}>
                    <InputNumber<number>
                      min={0}
                      max={BUDGET_MAX}
                      suffix={t('demand.wan')}
                      style={{ width: '100%' }}
                    />
                  </Form.Item>
                </Col>
                <Col xs={24} sm={12}>
                  <Form.Item
                    name="budgetMaxWan"
                    label={t('demand.budgetMax')}
                    dependencies={['budgetMinWan']}
                    rules={[
                      ({ getFieldValue }) => ({
                        validator: (_, value?: number | null) => {
                          const min = getFieldValue('budgetMinWan') as number | null | undefined;
                          if (typeof value === 'number' && typeof min === 'number' && min > value)
                            return Promise.reject(new Error(t('demandForm.budgetOrder')));
                          return Promise.resolve();
                        },
                      }),
                    ]}
                  >
                    <InputNumber<number>
                      min={0}
                      max={BUDGET_MAX}
                      suffix={t('demand.wan')}
                      style={{ width: '100%' }}
                    />
                  </Form.Item>
                </Col>
              </Row>
              <Typography.Paragraph type="secondary" style={{ marginTop: -16 }}>
                {t('demandForm.budgetHelp')}
              </Typography.Paragraph>
              <Form.Item
                name="deadline"
                label={t('demand.deadline')}
                rules={[
                  {
                    validator: (_, value?: Dayjs | null) => {
                      if (!value || value.isAfter(dayjs(), 'day')) return Promise.resolve();
                      // An unchanged deadline of an existing demand may already have passed.
                      if (original?.deadline && value.format(DATE_FORMAT) === original.deadline)
                        return Promise.resolve();
                      return Promise.reject(new Error(t('demandForm.deadlineFuture')));
                    },
                  },
                ]}
              >
                <DatePicker
                  placeholder={t('demandForm.deadlinePlaceholder')}
                  disabledDate={(day) => !day.isAfter(dayjs(), 'day')}
                  style={{ width: '100%' }}
                />
              </Form.Item>
              <Form.Item
                name="cooperationModes"
                label={t('demand.cooperationModes')}
                rules={[
                  { required: true, type: 'array', min: 1, message: t('demandForm.cooperationRequired') },
                ]}
              >
                <Checkbox.Group
                  options={cooperationModes.map((value) => ({
                    value,
                    label: t(`demand.cooperation.${value}`),
                  }))}
                />
              </Form.Item>
            </Card>

            <VisibilitySection
              texts={{ field: 'demand', form: 'demandForm' }}
              fixed={original?.visibility}
              visibility={visibility}
            >
              <ConfidentialTextItem
                name="ndaText"
                label={t('demand.ndaText')}
                max={NDA_MAX}
                rows={6}
                confidential={confidential}
                requiredMessage={t('demandForm.ndaRequired')}
                laterHint={t('demandForm.teaserForLater')}
                placeholder={t('demandForm.ndaPlaceholder')}
              />
            </VisibilitySection>

            <ContactSection title={t('demandForm.sectionContact')} />

            <Flex gap={12} justify="flex-end">
              <Button onClick={() => void navigate(-1)}>{t('common.cancel')}</Button>
              <Button
                type="primary"
                htmlType="submit"
                loading={saving.busy}
                data-testid="create-demand-submit"
              >
                {editing ? t('demandForm.submitEdit') : t('demandForm.submitCreate')}
              </Button>
            </Flex>
          </Flex>
        </Form>
      </div>
    </>
  );
}
