import type { TFunction } from 'i18next';
import type { DemandStatus, Membership, trlLevels } from '../api/types';

export type TrlLevel = (typeof trlLevels)[number];

/** "TRL 4 · 实验室验证". */
export function trlLabel(level: number, t: TFunction): string {
  return t('demand.trlValue', { level, label: t(`demand.trl.${level as TrlLevel}`) });
}

/** The owner's workflow steps allowed from each status (mirrors the server's transitions). */
export const canSubmit = (status: DemandStatus) => status === 'draft' || status === 'rejected';
export const canStart = (status: DemandStatus) => status === 'published';
export const canSolve = (status: DemandStatus) => status === 'published' || status === 'in_progress';
export const canClose = (status: DemandStatus) =>
  status !== 'closed' && status !== 'solved' && status !== 'expired';
/** Statuses in which the owner may still edit the content. */
export const canEditContent = (status: DemandStatus) =>
  status === 'draft' || status === 'rejected' || status === 'published' || status === 'in_progress';

/**
 * Whether the acting organization is offered 发布技术需求: investors and organizers bring money and events,
 * not technical problems (issue 16). Signed-out visitors are offered it (it leads to signing in).
 */
export const offersDemandCreation = (membership: Membership | null) =>
  membership === null || !['investor', 'organizer'].includes(membership.organization.type);
