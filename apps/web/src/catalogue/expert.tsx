import { Card, Checkbox, Col, Form, Input, Radio, Row, Select, Switch, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  availabilities,
  serviceModes,
  type Availability,
  type Expert,
  type ExpertSummary,
} from '../api/catalogue-types';
import { expertsApi, societiesApi } from '../api/catalogue';
import { useAuth } from '../auth/auth-context';
import { Keywords, Section } from '../components/PostingContent';
import {
  arrayAliases,
  KeywordsItem,
  RegionItem,
  RegionsItem,
  TechFieldsItem,
  TextItem,
} from '../components/PostingFormItems';
import { TagList } from '../components/PostingTags';
import { useAsync } from '../lib/use-async';
import type { CatalogueKind, ReferenceData, SharedFormValues } from './kind';
import type { Schemas } from '../api/client';
import { schemaRules } from '../api/generated/rules';

/** The schema's rules for this form's fields (openapi.json, generated). */
const rules = schemaRules.CreateExpertDto;

/** The form's values: the create body's fields (the shell keeps visibility, teaser and contact). */
type ExpertValues = SharedFormValues & Partial<Omit<Schemas['CreateExpertDto'], 'visibility' | 'teaser'>>;

const availabilityColor: Record<Availability, string> = {
  available: 'green',
  limited: 'gold',
  unavailable: 'default',
};

export function AvailabilityTag({ availability }: { availability: Availability }) {
  const { t } = useTranslation();
  return (
    <Tag color={availabilityColor[availability]} data-testid="expert-availability">
      {t(`expert.availabilities.${availability}`)}
    </Tag>
  );
}

/** 服务站 of the society the expert belongs to (or the acting society for a new profile). */
function StationItem({ societyId }: { societyId: string | null }) {
  const { t } = useTranslation();
  const society = useAsync(() => societiesApi.get(societyId ?? ''), societyId);
  return (
    <Form.Item name="stationId" label={t('expert.station')}>
      <Select
        allowClear
        loading={society.loading}
        placeholder={t('expert.stationPlaceholder')}
        options={(society.data?.stations ?? []).map((station) => ({
          value: station.id,
          label: station.name,
        }))}
      />
    </Form.Item>
  );
}

function ExpertFields({ reference, original }: { reference: ReferenceData; original?: Expert }) {
  const { t } = useTranslation();
  const { currentMembership } = useAuth();
  const societyId = original?.organizationId ?? currentMembership?.organizationId ?? null;
  return (
    <>
      <Card title={t('posting.form.sectionBasic')}>
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <TextItem
              name="name"
              label={t('catalogue.expert.titleLabel')}
              max={rules.name.maxLength}
              required
            />
          </Col>
          <Col xs={24} md={8}>
            <TextItem
              name="title"
              label={t('expert.title')}
              max={rules.title.maxLength}
              required
              placeholder={t('expert.titlePlaceholder')}
            />
          </Col>
          <Col xs={24} md={8}>
            <TextItem
              name="affiliation"
              label={t('expert.affiliation')}
              max={rules.affiliation.maxLength}
              required
            />
          </Col>
        </Row>
        <TechFieldsItem reference={reference} suggestFrom={['keywords', 'bio', 'affiliation']} />
        <KeywordsItem />
        <TextItem name="bio" label={t('expert.bio')} max={rules.bio.maxLength} rows={6} />
      </Card>
      <Card title={t('expert.sectionService')}>
        <Form.Item
          name="serviceModes"
          label={t('expert.serviceModes')}
          rules={[{ required: true, type: 'array', min: 1, message: t('expert.serviceModesRequired') }]}
        >
          <Checkbox.Group
            options={serviceModes.map((value) => ({ value, label: t(`expert.modes.${value}`) }))}
          />
        </Form.Item>
        <Form.Item
          name="availability"
          label={t('expert.availability')}
          rules={[
            { required: true, message: t('posting.form.required', { label: t('expert.availability') }) },
          ]}
        >
          <Radio.Group
            options={availabilities.map((value) => ({ value, label: t(`expert.availabilities.${value}`) }))}
          />
        </Form.Item>
        <Form.Item name="isCommissioner" label={t('expert.commissioner')} valuePropName="checked">
          <Switch />
        </Form.Item>
        <RegionItem reference={reference} />
        <RegionsItem reference={reference} name="regionCodesServed" label={t('expert.regionsServed')} />
        <StationItem societyId={societyId} />
      </Card>
      <Card title={t('posting.form.sectionContact')}>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item
              name="email"
              label={t('posting.contactEmail')}
              rules={[{ type: 'email', message: t('fields.emailInvalid') }]}
            >
              <Input autoComplete="off" inputMode="email" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <TextItem name="phone" label={t('posting.contactPhone')} max={rules.phone.maxLength} />
          </Col>
        </Row>
      </Card>
    </>
  );
}

export const expertKind: CatalogueKind<ExpertSummary, Expert, ExpertValues> = {
  name: 'expert',
  route: '/experts',
  api: expertsApi,
  creatorTypes: ['society'],
  label: (item) => item.name,
  subtitle: (item) => [item.title, item.affiliation].filter(Boolean).join(' · ') || null,
  filters: (t) => [
    {
      name: 'serviceMode',
      type: 'select',
      label: t('expert.serviceModes'),
      placeholder: t('expert.anyServiceMode'),
      options: serviceModes.map((value) => ({ value, label: t(`expert.modes.${value}`) })),
    },
    {
      name: 'availability',
      type: 'select',
      label: t('expert.availability'),
      placeholder: t('expert.anyAvailability'),
      options: availabilities.map((value) => ({ value, label: t(`expert.availabilities.${value}`) })),
    },
    {
      name: 'commissioner',
      type: 'select',
      label: t('expert.commissioner'),
      placeholder: t('expert.anyCommissioner'),
      options: [{ value: 'true', label: t('expert.commissionersOnly') }],
    },
  ],
  tags: (item, t) => (
    <>
      <AvailabilityTag availability={item.availability} />
      {item.isCommissioner ? (
        <Tag color="red" data-testid="expert-commissioner">
          {t('expert.commissioner')}
        </Tag>
      ) : null}
      {item.claimed ? <Tag color="blue">{t('expert.claimedTag')}</Tag> : null}
    </>
  ),
  place: (item) => item.regionName || item.regionCode,
  content: (item, t) => (
    <>
      <Section title={t('expert.bio')} testId="expert-bio">
        {item.bio}
      </Section>
      <Keywords words={item.keywords} />
    </>
  ),
  facts: (item, t) => [
    {
      key: 'modes',
      label: t('expert.serviceModes'),
      children: <TagList labels={item.serviceModes.map((mode) => t(`expert.modes.${mode}`))} />,
    },
    {
      key: 'served',
      label: t('expert.regionsServed'),
      children: item.regionNamesServed?.length
        ? item.regionNamesServed.join(t('common.listSeparator'))
        : t('common.none'),
    },
    ...(item.stationName ? [{ key: 'station', label: t('expert.station'), children: item.stationName }] : []),
  ],
  contact: (item) =>
    item.email || item.phone
      ? { name: item.name, email: item.email ?? undefined, phone: item.phone ?? undefined }
      : null,
  form: {
    fields: [
      'name',
      'title',
      'affiliation',
      'fields',
      'keywords',
      'regionCode',
      'regionCodesServed',
      'serviceModes',
      'availability',
      'isCommissioner',
      'bio',
      'email',
      'phone',
      'stationId',
    ],
    aliases: arrayAliases(['fields', 'keywords', 'regionCodesServed', 'serviceModes'], 34),
    hasContact: false,
    initialValues: () => ({
      fields: [],
      keywords: [],
      regionCodesServed: [],
      serviceModes: [],
      availability: 'available',
      isCommissioner: false,
    }),
    toValues: (item) => ({
      name: item.name,
      title: item.title ?? '',
      affiliation: item.affiliation ?? '',
      fields: item.fields,
      keywords: item.keywords,
      regionCode: item.regionCode,
      regionCodesServed: item.regionCodesServed ?? [],
      serviceModes: item.serviceModes,
      availability: item.availability,
      isCommissioner: item.isCommissioner,
      bio: item.bio ?? '',
      email: item.email ?? '',
      phone: item.phone ?? '',
      stationId: item.stationId ?? undefined,
    }),
    toEditable: (values) => ({
      name: values.name?.trim() ?? '',
      title: values.title?.trim() ?? '',
      affiliation: values.affiliation?.trim() ?? '',
      fields: values.fields ?? [],
      keywords: values.keywords ?? [],
      regionCode: values.regionCode ?? null,
      regionCodesServed: values.regionCodesServed ?? [],
      serviceModes: values.serviceModes ?? [],
      availability: values.availability ?? null,
      isCommissioner: values.isCommissioner ?? false,
      bio: values.bio?.trim() || null,
      email: values.email?.trim() || null,
      phone: values.phone?.trim() || null,
      stationId: values.stationId || null,
    }),
    renderFields: ({ reference, original }) => <ExpertFields reference={reference} original={original} />,
  },
};
