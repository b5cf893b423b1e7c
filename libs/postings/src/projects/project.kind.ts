import { wanToYuan, wanToYuanColumn, yuanToWan } from '#core';
import type { CatalogueKindSpec } from '../catalogue/catalogue-kind.js';
import { catalogueDetailBase, catalogueSummaryBase, shownRegion } from '../catalogue/catalogue-view.js';
import { whereInField, whereInRegion } from '../catalogue/listing.js';
import type { CreateProjectDto, ProjectDto, ProjectQueryDto, ProjectSummaryDto } from '../dto/project.dto.js';
import { Project } from './project.entity.js';

export const PROJECT_KIND: CatalogueKindSpec<
  Project,
  CreateProjectDto,
  ProjectDto,
  ProjectSummaryDto,
  ProjectQueryDto
> = {
  kind: 'project',
  subject: 'Project',
  entity: Project,
  notFound: 'project-not-found',
  ownerTypes: ['enterprise', 'university'],
  required: ['title', 'summary', 'fields', 'stage', 'amountSoughtWan', 'regionCode', 'keywords'],
  publicText: ['p.title'],
  privateText: ['p.summary', `array_to_string(p.keywords, ' ')`],

  columns: (input) => ({
    title: input.title,
    summary: input.summary,
    fields: input.fields,
    keywords: input.keywords ?? [],
    stage: input.stage,
    amountSoughtYuan: wanToYuanColumn(input.amountSoughtWan) ?? undefined,
    useOfFunds: input.useOfFunds ?? null,
    team: input.team ?? null,
    traction: input.traction ?? null,
    regionCode: input.regionCode,
  }),

  asInput: (row) => ({
    title: row.title,
    summary: row.summary,
    fields: row.fields,
    keywords: row.keywords,
    stage: row.stage,
    amountSoughtWan: Number(yuanToWan(row.amountSoughtYuan)),
    useOfFunds: row.useOfFunds ?? undefined,
    team: row.team ?? undefined,
    traction: row.traction ?? undefined,
    regionCode: row.regionCode,
  }),

  check: () => [],

  filter(qb, query, full) {
    if (query.regionCode) whereInRegion(qb, 'p.region_code', query.regionCode, full);
    if (query.field) whereInField(qb, 'p.fields', query.field);
    if (query.stage) qb.andWhere('p.stage = :stage', { stage: query.stage });
    // The amount sought is withheld from a redacted view, so such a row meets no amount filter.
    if (query.amountMinWan !== undefined)
      qb.andWhere(`p.amount_sought_yuan >= :amountMin AND ${full}`, {
        amountMin: wanToYuan(query.amountMinWan),
      });
    if (query.amountMaxWan !== undefined)
      qb.andWhere(`p.amount_sought_yuan <= :amountMax AND ${full}`, {
        amountMax: wanToYuan(query.amountMaxWan),
      });
  },

  label: (row) => row.title,

  toSummary: (row, redacted, lang) => ({
    ...catalogueSummaryBase(row, row.fields, redacted, lang),
    ...shownRegion(row.regionCode, redacted, lang),
    title: row.title,
    stage: row.stage,
    amountSoughtWan: redacted ? null : yuanToWan(row.amountSoughtYuan),
  }),

  toDto: (row, view, lang) => ({
    ...PROJECT_KIND.toSummary(row, view.redacted, lang),
    ...catalogueDetailBase(row, view),
    summary: view.redacted ? null : row.summary,
    keywords: view.redacted ? [] : row.keywords,
    useOfFunds: view.redacted ? null : row.useOfFunds,
    team: view.redacted ? null : row.team,
    traction: view.redacted ? null : row.traction,
  }),
};
