/** 我要对接 and the blocks owners answer unwanted ones with, through the generated client. */
import { answer, api, type Schemas } from '../../api/client';
import type { paths } from '../../api/generated/schema';
import { demandsApi } from '../../api/demands';
import { achievementsApi, expertsApi, financingOffersApi, projectsApi } from '../../api/catalogue';
import { catalogueKinds } from '../../catalogue/kinds';

/** Where 我要对接 is expressed: a posting's path segment under /api/v1, or a society's. */
export type InterestPath = paths['/api/v1/{kind}/{id}/interest']['post']['parameters']['path']['kind'];
export type ExpressInterest = Schemas['ExpressInterestDto'];
export type OfferedPosting = Schemas['OfferedPostingDto'];

/** One of the acting organization's own published postings, offered along with the message. */
export interface OwnPosting extends OfferedPosting {
  title: string;
}

export const interestApi = {
  express: (kind: InterestPath, id: string, body: ExpressInterest) =>
    answer(api().POST('/api/v1/{kind}/{id}/interest', { params: { path: { kind, id } }, body })),
  blocks: () => answer(api().GET('/api/v1/interest-blocks')),
  block: (body: Schemas['BlockOrganizationDto']) => answer(api().POST('/api/v1/interest-blocks', { body })),
  unblock: (organizationId: string) =>
    answer(
      api().DELETE('/api/v1/interest-blocks/{organizationId}', { params: { path: { organizationId } } }),
    ),
};

/** The acting organization's published postings of every kind, to offer with a 我要对接. */
export async function ownPostings(): Promise<OwnPosting[]> {
  const mine = { mine: 'true' as const, limit: 50 };
  const [demands, achievements, projects, offers, experts] = await Promise.all([
    demandsApi.list(mine),
    achievementsApi.list(mine),
    projectsApi.list(mine),
    financingOffersApi.list(mine),
    expertsApi.list(mine),
  ]);
  const published = <T extends { status: string }>(items: T[]) =>
    items.filter((item) => item.status === 'published');
  return [
    ...published(demands.items).map((item) => ({ kind: 'demand' as const, id: item.id, title: item.title })),
    ...published(achievements.items).map((item) => ({
      kind: 'achievement' as const,
      id: item.id,
      title: catalogueKinds.achievement.label(item),
    })),
    ...published(projects.items).map((item) => ({
      kind: 'project' as const,
      id: item.id,
      title: catalogueKinds.project.label(item),
    })),
    ...published(offers.items).map((item) => ({
      kind: 'financing-offer' as const,
      id: item.id,
      title: catalogueKinds.offer.label(item),
    })),
    ...published(experts.items).map((item) => ({
      kind: 'expert' as const,
      id: item.id,
      title: catalogueKinds.expert.label(item),
    })),
  ];
}
