import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Checkbox, Col, Flex, Form, Input, Radio, Row, Select, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  maturities,
  patentStatuses,
  patentTypes,
  transferModes,
  type Achievement,
  type AchievementSummary,
  type Maturity,
  type Patent,
  type TransferMode,
} from '../api/catalogue-types';
import { achievementsApi } from '../api/catalogue';
import { trlLevels } from '../api/types';
import { Keywords, LongText } from '../components/PostingContent';
import {
  arrayAliases,
  KeywordsItem,
  RegionItem,
  TechFieldsItem,
  TextItem,
  WanInput,
} from '../components/PostingFormItems';
import { TagList } from '../components/PostingTags';
import { trlLabel } from '../lib/demands';
import { formatBudgetWan } from '../lib/format';
import type { CatalogueKind, ReferenceData, SharedFormValues } from './kind';
import { schemaRules } from '../api/generated/rules';

/** The schema's rules for this form's fields (openapi.json, generated). */
const rules = schemaRules.CreateAchievementDto;

const PRICE_MAX = rules.priceWan.maximum;
const PATENTS_MAX = rules.patents.maxItems;
/** ZL + 8 or 12 digits, a dot and the check digit (validated by the server). */
const PATENT_PATTERN = /^(ZL)?(\d{8}|\d{12})\.[\dX]$/i;

interface AchievementValues extends SharedFormValues {
  title?: string;
  abstract?: string;
  fields?: string[];
  keywords?: string[];
  trl?: number;
  maturity?: Maturity;
  transferModes?: TransferMode[];
  priceWan?: number | null;
  regionCode?: string;
  patents?: Partial<Patent>[];
}

const maturityColor: Record<Maturity, string> = {
  lab: 'default',
  bench: 'blue',
  pilot: 'cyan',
  industrial: 'green',
};

function price(item: AchievementSummary, t: Parameters<typeof formatBudgetWan>[2]) {
  return formatBudgetWan(item.priceWan, item.priceWan, t);
}

function AchievementFields({ reference }: { reference: ReferenceData }) {
  const { t } = useTranslation();
  return (
    <>
      <Card title={t('posting.form.sectionBasic')}>
        <TextItem
          name="title"
          label={t('catalogue.achievement.titleLabel')}
          max={rules.title.maxLength}
          required
        />
        <TextItem
          name="abstract"
          label={t('achievement.abstract')}
          max={rules.abstract.maxLength}
          rows={8}
          required
        />
        <KeywordsItem />
      </Card>
      <Card title={t('posting.form.sectionTech')}>
        <TechFieldsItem reference={reference} suggestFrom={['title', 'keywords', 'abstract']} />
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item
              name="trl"
              label={t('achievement.trl')}
              rules={[
                { required: true, message: t('posting.form.required', { label: t('achievement.trl') }) },
              ]}
            >
              <Select options={trlLevels.map((level) => ({ value: level, label: trlLabel(level, t) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="maturity"
              label={t('achievement.maturity')}
              rules={[
                { required: true, message: t('posting.form.required', { label: t('achievement.maturity') }) },
              ]}
            >
              <Radio.Group
                options={maturities.map((value) => ({ value, label: t(`achievement.maturities.${value}`) }))}
              />
            </Form.Item>
          </Col>
        </Row>
        <PatentsItem />
      </Card>
      <Card title={t('posting.form.sectionTerms')}>
        <RegionItem reference={reference} />
        <Form.Item
          name="transferModes"
          label={t('achievement.transferModes')}
          rules={[{ required: true, type: 'array', min: 1, message: t('achievement.transferModesRequired') }]}
        >
          <Checkbox.Group
            options={transferModes.map((value) => ({ value, label: t(`achievement.transfer.${value}`) }))}
          />
        </Form.Item>
        <Form.Item name="priceWan" label={t('achievement.price')} extra={t('achievement.priceHelp')}>
          <WanInput max={PRICE_MAX} />
        </Form.Item>
      </Card>
    </>
  );
}

/** 专利: number, type and status of each patent behind the achievement. */
function PatentsItem() {
  const { t } = useTranslation();
  return (
    <Form.List name="patents">
      {(rows, { add, remove }, { errors }) => (
        <Flex vertical gap={8}>
          <Typography.Text strong>{t('achievement.patents')}</Typography.Text>
          {rows.map((row, index) => (
            <Row gutter={8} key={row.key} align="top">
              <Col xs={24} md={10}>
                <Form.Item
                  name={[row.name, 'number']}
                  rules={[
                    { required: true, whitespace: true, message: t('achievement.patentNumberRequired') },
                    { pattern: PATENT_PATTERN, message: t('achievement.patentNumberInvalid') },
                  ]}
                >
                  <Input
                    placeholder="ZL202110123456.7"
                    aria-label={t('achievement.patentNumberOf', { index: index + 1 })}
                  />
                </Form.Item>
              </Col>
              <Col xs={10} md={6}>
                <Form.Item
                  name={[row.name, 'type']}
                  rules={[{ required: true, message: t('common.requiredField') }]}
                >
                  <Select
                    aria-label={t('achievement.patentType')}
                    options={patentTypes.map((value) => ({
                      value,
                      label: t(`achievement.patentTypes.${value}`),
                    }))}
                  />
                </Form.Item>
              </Col>
              <Col xs={10} md={6}>
                <Form.Item
                  name={[row.name, 'status']}
                  rules={[{ required: true, message: t('common.requiredField') }]}
                >
                  <Select
                    aria-label={t('achievement.patentStatus')}
                    options={patentStatuses.map((value) => ({
                      value,
                      label: t(`achievement.patentStatuses.${value}`),
                    }))}
                  />
                </Form.Item>
              </Col>
              <Col xs={4} md={2}>
                <Button
                  type="text"
                  danger
                  icon={<DeleteOutlined />}
                  aria-label={t('common.delete')}
                  onClick={() => remove(row.name)}
                />
              </Col>
            </Row>
          ))}
          <Form.ErrorList errors={errors} />
          {rows.length < PATENTS_MAX ? (
            <Button
              type="dashed"
              icon={<PlusOutlined />}
              onClick={() => add({ type: 'invention', status: 'granted' })}
              data-testid="add-patent"
            >
              {t('achievement.addPatent')}
            </Button>
          ) : null}
        </Flex>
      )}
    </Form.List>
  );
}

export const achievementKind: CatalogueKind<AchievementSummary, Achievement, AchievementValues> = {
  name: 'achievement',
  route: '/achievements',
  api: achievementsApi,
  creatorTypes: ['university', 'enterprise', 'service_agency'],
  label: (item) => item.title,
  filters: (t) => [
    {
      name: 'maturity',
      type: 'select',
      label: t('achievement.maturity'),
      placeholder: t('achievement.allMaturities'),
      options: maturities.map((value) => ({ value, label: t(`achievement.maturities.${value}`) })),
    },
    {
      name: 'transferMode',
      type: 'select',
      label: t('achievement.transferModes'),
      placeholder: t('achievement.allTransferModes'),
      options: transferModes.map((value) => ({ value, label: t(`achievement.transfer.${value}`) })),
    },
    {
      name: 'trlMin',
      type: 'select',
      label: t('achievement.trlMin'),
      placeholder: t('achievement.anyTrl'),
      options: trlLevels.map((level) => ({
        value: String(level),
        label: t('achievement.trlAtLeast', { level }),
      })),
    },
  ],
  highlight: price,
  tags: (item, t) => (
    <>
      <Tag color={maturityColor[item.maturity]} data-testid="achievement-maturity">
        {t(`achievement.maturities.${item.maturity}`)}
      </Tag>
      <Tag color="geekblue">TRL {item.trl}</Tag>
    </>
  ),
  place: (item) => item.regionName || item.regionCode,
  content: (item, t) => (
    <>
      <LongText testId="achievement-abstract">{item.abstract}</LongText>
      <Keywords words={item.keywords} />
      {item.patents.length > 0 ? (
        <Flex vertical gap={6} style={{ marginTop: 16 }} data-testid="achievement-patents">
          <Typography.Text strong>{t('achievement.patents')}</Typography.Text>
          {item.patents.map((patent) => (
            <Typography.Text key={patent.number}>
              {patent.number} · {t(`achievement.patentTypes.${patent.type}`)} ·{' '}
              {t(`achievement.patentStatuses.${patent.status}`)}
            </Typography.Text>
          ))}
        </Flex>
      ) : null}
    </>
  ),
  facts: (item, t) => [
    {
      key: 'price',
      label: t('achievement.price'),
      children: item.redacted ? '—' : <span data-testid="achievement-price">{price(item, t)}</span>,
    },
    { key: 'trl', label: t('achievement.trl'), children: trlLabel(item.trl, t) },
    {
      key: 'maturity',
      label: t('achievement.maturity'),
      children: t(`achievement.maturities.${item.maturity}`),
    },
    {
      key: 'transfer',
      label: t('achievement.transferModes'),
      children: <TagList labels={item.transferModes.map((mode) => t(`achievement.transfer.${mode}`))} />,
    },
  ],
  contact: (item) => item.contact,
  form: {
    fields: [
      'title',
      'abstract',
      'fields',
      'keywords',
      'trl',
      'maturity',
      'transferModes',
      'priceWan',
      'regionCode',
      'patents',
    ],
    aliases: {
      ...arrayAliases(['fields', 'keywords', 'transferModes', 'patents']),
      ...Object.fromEntries(
        Array.from({ length: PATENTS_MAX }, (_, i) =>
          ['number', 'type', 'status'].map((part) => [`patents.${i}.${part}`, 'patents']),
        ).flat(),
      ),
    },
    hasContact: true,
    initialValues: () => ({ fields: [], keywords: [], transferModes: [], patents: [] }),
    toValues: (item) => ({
      title: item.title,
      abstract: item.abstract ?? '',
      fields: item.fields,
      keywords: item.keywords,
      trl: item.trl,
      maturity: item.maturity,
      transferModes: item.transferModes,
      priceWan: item.priceWan,
      regionCode: item.regionCode,
      patents: item.patents,
    }),
    toEditable: (values) => ({
      title: values.title?.trim() ?? '',
      abstract: values.abstract?.trim() ?? '',
      fields: values.fields ?? [],
      keywords: values.keywords ?? [],
      trl: values.trl ?? null,
      maturity: values.maturity ?? null,
      transferModes: values.transferModes ?? [],
      priceWan: values.priceWan ?? null,
      regionCode: values.regionCode ?? null,
      patents: (values.patents ?? []).map((patent) => ({
        number: patent.number?.trim().toUpperCase() ?? '',
        type: patent.type,
        status: patent.status,
      })),
    }),
    renderFields: ({ reference }) => <AchievementFields reference={reference} />,
  },
};
