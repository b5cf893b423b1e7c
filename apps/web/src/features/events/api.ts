/** 活动/对接会 (openapi.json tag events): events, registrations, meeting requests and the schedule, through the generated client. */
import { answer, api, withPath, type AuthMode, type QueryOf, type Schemas } from '../../api/client';
import type { paths } from '../../api/generated/schema';
import { catalogueKinds } from '../../catalogue/kinds';
import type { CatalogueKindName } from '../../catalogue/kind';
import { demandsApi } from '../../api/demands';
import { saveFile } from '../../lib/save-file';

export type EventItem = Schemas['EventDto'];
export type NewEvent = Schemas['CreateEventDto'];
export type Registration = Schemas['RegistrationDto'];
export type Suggestion = Schemas['PairSuggestionDto'];
export type MeetingRequest = Schemas['MeetingRequestDto'];
export type Meeting = Schemas['MeetingDto'];
export type ScheduleRun = Schemas['ScheduleRunDto'];
export type PostingRef = Schemas['PostingRefDto'];
export type PostingKind = PostingRef['kind'];
export type Posting = Schemas['RegistrationPostingDto'];
export type Invitation = Schemas['EventInvitationDto'];
export type Pitch = Schemas['RoadshowPitchDto'];
export type PitchRanking = Schemas['RoadshowRankingDto'];
export type InvestorMark = Schemas['MarkProjectDto']['mark'];
export type EventQuery = QueryOf<paths['/api/v1/events']['get']>;
export type EventCounts = Schemas['EventCountsDto'];
export type LiveBoard = Schemas['LiveBoardDto'];

const byId = (id: string) => withPath({ id });

export const eventsApi = {
  list: (auth: AuthMode, query: EventQuery) => answer(api(auth).GET('/api/v1/events', { params: { query } })),
  one: (id: string, auth: AuthMode) => answer(api(auth).GET('/api/v1/events/{id}', byId(id))),
  create: (body: NewEvent) => answer(api().POST('/api/v1/events', { body })),
  update: (id: string, body: Schemas['UpdateEventDto']) =>
    answer(api().PATCH('/api/v1/events/{id}', { ...byId(id), body })),
  transition: (id: string, status: EventItem['status']) =>
    answer(api().POST('/api/v1/events/{id}/status', { ...byId(id), body: { status } })),
  registrations: (id: string) => answer(api().GET('/api/v1/events/{id}/registrations', byId(id))),
  register: (id: string, body: Schemas['RegisterForEventDto']) =>
    answer(api().POST('/api/v1/events/{id}/registrations', { ...byId(id), body })),
  decide: (id: string, registrationId: string, status: Schemas['RegistrationDecisionDto']['status']) =>
    answer(
      api().PUT('/api/v1/events/{id}/registrations/{registrationId}/status', {
        params: { path: { id, registrationId } },
        body: { status },
      }),
    ),
  invitations: (id: string) => answer(api().GET('/api/v1/events/{id}/invitations', byId(id))),
  invite: (id: string, body: Schemas['InviteToEventDto']) =>
    answer(api().POST('/api/v1/events/{id}/invitations', { ...byId(id), body })),
  suggestions: (id: string) => answer(api().GET('/api/v1/events/{id}/suggestions', byId(id))),
  requests: (id: string) => answer(api().GET('/api/v1/events/{id}/meeting-requests', byId(id))),
  send: (id: string, body: Schemas['SendRequestDto']) =>
    answer(api().POST('/api/v1/events/{id}/meeting-requests', { ...byId(id), body })),
  /** `slotId`: the slot chosen, in events whose accepting side picks one. */
  accept: (id: string, requestId: string, slotId?: string) =>
    answer(
      api().POST('/api/v1/events/{id}/meeting-requests/{requestId}/accept', {
        params: { path: { id, requestId } },
        body: slotId ? { slotId } : {},
      }),
    ),
  decline: (id: string, requestId: string) =>
    answer(
      api().POST('/api/v1/events/{id}/meeting-requests/{requestId}/decline', {
        params: { path: { id, requestId } },
        body: {},
      }),
    ),
  meetings: (id: string) => answer(api().GET('/api/v1/events/{id}/meetings', byId(id))),
  schedule: (id: string) => answer(api().POST('/api/v1/events/{id}/schedule', byId(id))),
  publish: (id: string) => answer(api().POST('/api/v1/events/{id}/publish', byId(id))),
  dashboard: (id: string) => answer(api().GET('/api/v1/events/{id}/dashboard', byId(id))),
  live: (id: string) => answer(api().GET('/api/v1/events/{id}/live', byId(id))),
  move: (id: string, meetingId: string, body: Schemas['MoveMeetingDto']) =>
    answer(
      api().PATCH('/api/v1/events/{id}/meetings/{meetingId}', { params: { path: { id, meetingId } }, body }),
    ),
  checkIn: (id: string, body: Schemas['CheckInDto']) =>
    answer(api().POST('/api/v1/events/{id}/check-in', { ...byId(id), body })),
  roadshow: (id: string) => answer(api().GET('/api/v1/events/{id}/roadshow', byId(id))),
  setRoadshow: (id: string, projectIds: string[]) =>
    answer(api().PUT('/api/v1/events/{id}/roadshow', { ...byId(id), body: { projectIds } })),
  mark: (id: string, projectId: string, mark: InvestorMark) =>
    answer(
      api().PUT('/api/v1/events/{id}/roadshow/{projectId}/mark', {
        params: { path: { id, projectId } },
        body: { mark },
      }),
    ),
  ranking: (id: string) => answer(api().GET('/api/v1/events/{id}/roadshow/ranking', byId(id))),
  outcome: (id: string, meetingId: string, body: Schemas['OutcomeDto']) =>
    answer(
      api().PUT('/api/v1/events/{id}/meetings/{meetingId}/outcome', {
        params: { path: { id, meetingId } },
        body,
      }),
    ),
};

/** The organizers' Excel workbook (participants, schedule, outcomes), handed to the browser as a file. */
export async function downloadExport(id: string): Promise<void> {
  saveFile(
    await answer(api().GET('/api/v1/events/{id}/export', { ...byId(id), parseAs: 'blob' })),
    'event.xlsx',
  );
}

/** The .ics of the acting organization's agenda. */
export async function downloadAgenda(id: string): Promise<void> {
  saveFile(
    await answer(api().GET('/api/v1/events/{id}/agenda.ics', { ...byId(id), parseAs: 'blob' })),
    'agenda.ics',
  );
}

/** The acting organization's agenda to print (PDF). */
export async function downloadAgendaPdf(id: string): Promise<void> {
  saveFile(
    await answer(api().GET('/api/v1/events/{id}/agenda.pdf', { ...byId(id), parseAs: 'blob' })),
    'agenda.pdf',
  );
}

/** The organizers' printable agendas: one page per participant, or one per table. */
export async function downloadAgendasPdf(id: string, by: 'participant' | 'table'): Promise<void> {
  const pdf = await answer(
    api().GET('/api/v1/events/{id}/agendas.pdf', {
      params: { path: { id }, query: { by } },
      parseAs: 'blob',
    }),
  );
  saveFile(pdf, `agendas-${by}.pdf`);
}

const catalogueKindOf: Partial<Record<PostingKind, CatalogueKindName>> = {
  achievement: 'achievement',
  project: 'project',
  expert: 'expert',
  'financing-offer': 'offer',
};

/** The acting organization's postings of every kind an event pairs, to register with. */
export async function myPostings(): Promise<Posting[]> {
  const demands = await demandsApi.list({ mine: 'true', limit: 50 });
  const found: Posting[] = demands.items.map((item) => ({ kind: 'demand', id: item.id, title: item.title }));
  for (const [kind, name] of Object.entries(catalogueKindOf) as [PostingKind, CatalogueKindName][]) {
    const catalogue = catalogueKinds[name];
    const page = await catalogue.api.list({ mine: 'true', limit: 50 });
    found.push(...page.items.map((item) => ({ kind, id: item.id, title: catalogue.label(item) })));
  }
  return found;
}
