/**
 * Values of the service records that are stored data: never rename one without a migration.
 */

/** Organization types that keep service records: societies (学会, with their 服务站) and service agencies. */
export const PROVIDER_TYPES = ['society', 'service_agency'] as const;

/** 学会服务团 (a team of a society's experts) or 科技特派员 (experts sent one by one). */
export const DISPATCH_KINDS = ['service-team', 'commissioner'] as const;
export type DispatchKind = (typeof DISPATCH_KINDS)[number];

/** What a follow-up task is attached to. `meeting` waits for the events context (issue 17). */
export const TASK_TARGET_TYPES = ['visit', 'match', 'meeting', 'deal'] as const;
export type TaskTargetType = (typeof TASK_TARGET_TYPES)[number];

export const TASK_STATUSES = ['open', 'done'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

/** What an enterprise rates: a visit, a logged service or a deal it is a party of. */
export const RATING_SUBJECT_TYPES = ['visit', 'service-log', 'deal'] as const;
export type RatingSubjectType = (typeof RATING_SUBJECT_TYPES)[number];

/** At most this many needs in one visit record, and experts in one dispatch. */
export const MAX_NEEDS = 20;
export const MAX_DISPATCH_EXPERTS = 50;
