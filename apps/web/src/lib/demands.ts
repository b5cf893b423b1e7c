import type { TFunction } from 'i18next';
import type { DemandStatus, trlLevels } from '../api/types';

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
