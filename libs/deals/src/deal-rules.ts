import type { FieldError } from '#core';
import type { DealTerms } from './deal.entity.js';
import { categoryOf, canMoveStage, isSignedStage, type DealStage } from './deal-terms.js';

/**
 * Contracts are signed and registered in China and counted by Beijing dates: "in the future" means
 * after today in Asia/Shanghai, whatever the server's zone.
 */
const DATE_IN_CHINA = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today as YYYY-MM-DD in Asia/Shanghai. */
export const chinaToday = (now: Date = new Date()): string => DATE_IN_CHINA.format(now);

/**
 * What is wrong with a deal's terms at a stage, as field errors (empty when nothing is). Checked on the
 * whole deal as it would read after a change, so an edit cannot make it inconsistent either.
 */
export function termErrors(terms: DealTerms, stage: DealStage, today: string): FieldError[] {
  const errors: FieldError[] = [];
  const technology = categoryOf(terms.kind) === 'technology';
  if (terms.techTransactionYuan !== null) {
    if (!technology) errors.push({ field: 'techTransactionWan', code: 'not-for-financing' });
    else if (BigInt(terms.techTransactionYuan) > BigInt(terms.contractValueYuan))
      errors.push({ field: 'techTransactionWan', code: 'tech-exceeds-contract' });
  }
  if (technology && !terms.techField) errors.push({ field: 'techField', code: 'required-for-technology' });
  if (terms.signedOn !== null && terms.signedOn > today)
    errors.push({ field: 'signedOn', code: 'date-in-future' });
  if (terms.signedOn === null && isSignedStage(stage))
    errors.push({ field: 'signedOn', code: 'required-when-signed' });
  if (terms.signedOn !== null && !isSignedStage(stage) && stage !== 'terminated')
    errors.push({ field: 'signedOn', code: 'not-signed-yet' });
  if (terms.registrationNumber !== null) {
    // 技术合同认定登记 registers signed technology contracts only.
    if (!technology) errors.push({ field: 'registrationNumber', code: 'not-for-financing' });
    else if (terms.signedOn === null) errors.push({ field: 'registrationNumber', code: 'not-signed-yet' });
  }
  return errors;
}

/**
 * What is wrong with moving a deal from `from` (reached on the dates in `dates`) to `to` on `on`, the
 * signing date it then has being `signedOn`.
 */
export function stageErrors(
  from: DealStage,
  dates: Partial<Record<DealStage, string>>,
  to: DealStage,
  on: string,
  signedOn: string | null,
  today: string,
): FieldError[] {
  const errors: FieldError[] = [];
  if (!canMoveStage(from, to)) errors.push({ field: 'stage', code: 'stage-not-forward' });
  if (on > today) errors.push({ field: 'on', code: 'date-in-future' });
  const latest = Object.values(dates).sort().at(-1);
  if (latest !== undefined && on < latest) errors.push({ field: 'on', code: 'before-previous-stage' });
  if (isSignedStage(to)) {
    if (signedOn === null) errors.push({ field: 'signedOn', code: 'required-when-signed' });
    else if (signedOn > today) errors.push({ field: 'signedOn', code: 'date-in-future' });
    else if (signedOn > on) errors.push({ field: 'signedOn', code: 'after-stage-date' });
  }
  return errors;
}
