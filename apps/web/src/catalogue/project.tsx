import { Card, Form, Select, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { projectStages, type Project, type ProjectStage, type ProjectSummary } from '../api/catalogue-types';
import { projectsApi } from '../api/catalogue';
import { Keywords, LongText, Section } from '../components/PostingContent';
import {
  arrayAliases,
  KeywordsItem,
  RegionItem,
  TechFieldsItem,
  TextItem,
  WanInput,
} from '../components/PostingFormItems';
import { formatBudgetWan } from '../lib/format';
import type { CatalogueKind, ReferenceData, SharedFormValues } from './kind';
import { schemaRules } from '../api/generated/rules';

/** The schema's rules for this form's fields (openapi.json, generated). */
const rules = schemaRules.CreateProjectDto;

const AMOUNT_MAX = rules.amountSoughtWan.maximum;

interface ProjectValues extends SharedFormValues {
  title?: string;
  summary?: string;
  fields?: string[];
  keywords?: string[];
  stage?: ProjectStage;
  amountSoughtWan?: number | null;
  useOfFunds?: string;
  team?: string;
  traction?: string;
  regionCode?: string;
}

/** Stage options for selects (融资阶段), shared with financing offers. */
export function stageOptions(t: (key: `project.stages.${ProjectStage}`) => string) {
  return projectStages.map((value) => ({ value, label: t(`project.stages.${value}`) }));
}

function ProjectFields({ reference }: { reference: ReferenceData }) {
  const { t } = useTranslation();
  return (
    <>
      <Card title={t('posting.form.sectionBasic')}>
        <TextItem
          name="title"
          label={t('catalogue.project.titleLabel')}
          max={rules.title.maxLength}
          required
        />
        <TextItem
          name="summary"
          label={t('project.summary')}
          max={rules.summary.maxLength}
          rows={6}
          required
        />
        <TechFieldsItem reference={reference} suggestFrom={['title', 'keywords', 'summary']} />
        <KeywordsItem />
        <RegionItem reference={reference} />
      </Card>
      <Card title={t('project.sectionRound')}>
        <Form.Item
          name="stage"
          label={t('project.stage')}
          rules={[{ required: true, message: t('posting.form.required', { label: t('project.stage') }) }]}
        >
          <Select options={stageOptions(t)} />
        </Form.Item>
        <Form.Item
          name="amountSoughtWan"
          label={t('project.amountSought')}
          rules={[
            { required: true, message: t('posting.form.required', { label: t('project.amountSought') }) },
          ]}
        >
          <WanInput min={1} max={AMOUNT_MAX} />
        </Form.Item>
        <TextItem
          name="useOfFunds"
          label={t('project.useOfFunds')}
          max={rules.useOfFunds.maxLength}
          rows={3}
        />
        <TextItem name="team" label={t('project.team')} max={rules.team.maxLength} rows={3} />
        <TextItem name="traction" label={t('project.traction')} max={rules.traction.maxLength} rows={3} />
      </Card>
    </>
  );
}

export const projectKind: CatalogueKind<ProjectSummary, Project, ProjectValues> = {
  name: 'project',
  route: '/projects',
  api: projectsApi,
  creatorTypes: ['enterprise', 'university'],
  label: (item) => item.title,
  filters: (t) => [
    {
      name: 'stage',
      type: 'select',
      label: t('project.stage'),
      placeholder: t('project.allStages'),
      options: stageOptions(t),
    },
    {
      name: 'amountMinWan',
      type: 'number',
      label: t('project.amountMin'),
      placeholder: t('project.amountMin'),
    },
    {
      name: 'amountMaxWan',
      type: 'number',
      label: t('project.amountMax'),
      placeholder: t('project.amountMax'),
    },
  ],
  highlight: (item, t) => formatBudgetWan(item.amountSoughtWan, item.amountSoughtWan, t),
  tags: (item, t) => (
    <Tag color="magenta" data-testid="project-stage">
      {t(`project.stages.${item.stage}`)}
    </Tag>
  ),
  place: (item) => item.regionName || item.regionCode,
  content: (item, t) => (
    <>
      <LongText testId="project-summary">{item.summary}</LongText>
      <Section title={t('project.useOfFunds')}>{item.useOfFunds}</Section>
      <Section title={t('project.team')}>{item.team}</Section>
      <Section title={t('project.traction')}>{item.traction}</Section>
      <Keywords words={item.keywords} />
    </>
  ),
  facts: (item, t) => [
    { key: 'stage', label: t('project.stage'), children: t(`project.stages.${item.stage}`) },
    {
      key: 'amount',
      label: t('project.amountSought'),
      children: item.redacted ? '—' : formatBudgetWan(item.amountSoughtWan, item.amountSoughtWan, t),
    },
  ],
  contact: () => null,
  form: {
    fields: [
      'title',
      'summary',
      'fields',
      'keywords',
      'stage',
      'amountSoughtWan',
      'useOfFunds',
      'team',
      'traction',
      'regionCode',
    ],
    aliases: arrayAliases(['fields', 'keywords']),
    hasContact: false,
    initialValues: () => ({ fields: [], keywords: [] }),
    toValues: (item) => ({
      title: item.title,
      summary: item.summary ?? '',
      fields: item.fields,
      keywords: item.keywords,
      stage: item.stage,
      amountSoughtWan: item.amountSoughtWan,
      useOfFunds: item.useOfFunds ?? '',
      team: item.team ?? '',
      traction: item.traction ?? '',
      regionCode: item.regionCode,
    }),
    toEditable: (values) => ({
      title: values.title?.trim() ?? '',
      summary: values.summary?.trim() ?? '',
      fields: values.fields ?? [],
      keywords: values.keywords ?? [],
      stage: values.stage ?? null,
      amountSoughtWan: values.amountSoughtWan ?? null,
      useOfFunds: values.useOfFunds?.trim() || null,
      team: values.team?.trim() || null,
      traction: values.traction?.trim() || null,
      regionCode: values.regionCode ?? null,
    }),
    renderFields: ({ reference }) => <ProjectFields reference={reference} />,
  },
};
