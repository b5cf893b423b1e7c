import { Card, Col, Form, Row, Select, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  instruments,
  type FinancingOffer,
  type FinancingOfferSummary,
  type Instrument,
  type ProjectStage,
} from '../api/catalogue-types';
import { financingOffersApi } from '../api/catalogue';
import { LongText } from '../components/PostingContent';
import {
  arrayAliases,
  RegionsItem,
  TechFieldsItem,
  TextItem,
  WanInput,
} from '../components/PostingFormItems';
import { TagList } from '../components/PostingTags';
import { formatBudgetWan } from '../lib/format';
import type { CatalogueKind, ReferenceData, SharedFormValues } from './kind';
import { stageOptions } from './project';
import { schemaRules } from '../api/generated/rules';

/** The schema's rules for this form's fields (openapi.json, generated). */
const rules = schemaRules.CreateFinancingOfferDto;

const TICKET_MAX = rules.ticketMaxWan.maximum;

interface OfferValues extends SharedFormValues {
  title?: string;
  instrument?: Instrument;
  sectors?: string[];
  stages?: ProjectStage[];
  ticketMinWan?: number | null;
  ticketMaxWan?: number | null;
  regionCodes?: string[];
  thesis?: string;
}

const instrumentColor: Record<Instrument, string> = {
  equity: 'volcano',
  debt: 'blue',
  'tech-loan': 'cyan',
  guarantee: 'gold',
  insurance: 'purple',
};

function OfferFields({ reference }: { reference: ReferenceData }) {
  const { t } = useTranslation();
  return (
    <>
      <Card title={t('posting.form.sectionBasic')}>
        <TextItem name="title" label={t('catalogue.offer.titleLabel')} max={rules.title.maxLength} required />
        <Form.Item
          name="instrument"
          label={t('offer.instrument')}
          rules={[{ required: true, message: t('posting.form.required', { label: t('offer.instrument') }) }]}
        >
          <Select options={instruments.map((value) => ({ value, label: t(`offer.instruments.${value}`) }))} />
        </Form.Item>
        <TextItem name="thesis" label={t('offer.thesis')} max={rules.thesis.maxLength} rows={6} required />
      </Card>
      <Card title={t('offer.sectionScope')}>
        <TechFieldsItem
          reference={reference}
          name="sectors"
          label={t('offer.sectors')}
          max={rules.sectors.maxItems}
          suggestFrom={['title', 'thesis']}
        />
        <Form.Item
          name="stages"
          label={t('offer.stages')}
          rules={[{ required: true, type: 'array', min: 1, message: t('offer.stagesRequired') }]}
        >
          <Select mode="multiple" options={stageOptions(t)} />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <Form.Item name="ticketMinWan" label={t('offer.ticketMin')}>
              <WanInput max={TICKET_MAX} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name="ticketMaxWan"
              label={t('offer.ticketMax')}
              dependencies={['ticketMinWan']}
              rules={[
                ({ getFieldValue }) => ({
                  validator: (_, value?: number | null) => {
                    const min = getFieldValue('ticketMinWan') as number | null | undefined;
                    if (typeof value === 'number' && typeof min === 'number' && min > value)
                      return Promise.reject(new Error(t('offer.ticketOrder')));
                    return Promise.resolve();
                  },
                }),
              ]}
            >
              <WanInput max={TICKET_MAX} />
            </Form.Item>
          </Col>
        </Row>
        <RegionsItem
          reference={reference}
          name="regionCodes"
          label={t('offer.regions')}
          extra={t('offer.regionsHelp')}
        />
      </Card>
    </>
  );
}

export const offerKind: CatalogueKind<FinancingOfferSummary, FinancingOffer, OfferValues> = {
  name: 'offer',
  route: '/financing-offers',
  api: financingOffersApi,
  creatorTypes: ['investor', 'service_agency'],
  label: (item) => item.title,
  filters: (t) => [
    {
      name: 'instrument',
      type: 'select',
      label: t('offer.instrument'),
      placeholder: t('offer.allInstruments'),
      options: instruments.map((value) => ({ value, label: t(`offer.instruments.${value}`) })),
    },
    {
      name: 'stage',
      type: 'select',
      label: t('offer.stage'),
      placeholder: t('offer.anyStage'),
      options: stageOptions(t),
    },
    { name: 'amountWan', type: 'number', label: t('offer.amount'), placeholder: t('offer.amount') },
  ],
  highlight: (item, t) => formatBudgetWan(item.ticketMinWan, item.ticketMaxWan, t),
  tags: (item, t) => (
    <>
      <Tag color={instrumentColor[item.instrument]} data-testid="offer-instrument">
        {t(`offer.instruments.${item.instrument}`)}
      </Tag>
      {item.stages.map((stage) => (
        <Tag key={stage}>{t(`project.stages.${stage}`)}</Tag>
      ))}
    </>
  ),
  place: (item, t) =>
    item.regionNames.length ? item.regionNames.join(t('common.listSeparator')) : t('posting.nationwide'),
  content: (item) => <LongText testId="offer-thesis">{item.thesis}</LongText>,
  facts: (item, t) => [
    { key: 'instrument', label: t('offer.instrument'), children: t(`offer.instruments.${item.instrument}`) },
    {
      key: 'ticket',
      label: t('offer.ticket'),
      children: item.redacted ? '—' : formatBudgetWan(item.ticketMinWan, item.ticketMaxWan, t),
    },
    {
      key: 'stages',
      label: t('offer.stages'),
      children: <TagList labels={item.stages.map((stage) => t(`project.stages.${stage}`))} />,
    },
  ],
  contact: (item) => item.contact,
  form: {
    fields: [
      'title',
      'instrument',
      'sectors',
      'stages',
      'ticketMinWan',
      'ticketMaxWan',
      'regionCodes',
      'thesis',
    ],
    aliases: arrayAliases(['sectors', 'stages', 'regionCodes'], 34),
    hasContact: true,
    initialValues: () => ({ sectors: [], stages: [], regionCodes: [] }),
    toValues: (item) => ({
      title: item.title,
      instrument: item.instrument,
      sectors: item.fields,
      stages: item.stages,
      ticketMinWan: item.ticketMinWan,
      ticketMaxWan: item.ticketMaxWan,
      regionCodes: item.regionCodes,
      thesis: item.thesis ?? '',
    }),
    toEditable: (values) => ({
      title: values.title?.trim() ?? '',
      instrument: values.instrument ?? null,
      sectors: values.sectors ?? [],
      stages: values.stages ?? [],
      ticketMinWan: values.ticketMinWan ?? null,
      ticketMaxWan: values.ticketMaxWan ?? null,
      regionCodes: values.regionCodes ?? [],
      thesis: values.thesis?.trim() ?? '',
    }),
    renderFields: ({ reference }) => <OfferFields reference={reference} />,
  },
};
