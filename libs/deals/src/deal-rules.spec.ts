import { describe, expect, it } from '@jest/globals';
import { chinaToday, stageErrors, termErrors } from './deal-rules.js';
import { canMoveStage, categoryOf, DEAL_STAGES, type DealStage } from './deal-terms.js';
import type { DealTerms } from './deal.entity.js';

const TODAY = '2026-06-15';
const technology: DealTerms = {
  kind: 'tech-transfer',
  projectName: '热失控预警技术转让',
  contractValueYuan: '1200000',
  techTransactionYuan: '1000000',
  signedOn: '2026-06-01',
  termMonths: 24,
  techField: 'EV-BATTERY',
  ipType: 'patent',
  registrationNumber: '2026320100001234',
};
const codes = (errors: { field: string; code: string }[]) => errors.map((e) => `${e.field}:${e.code}`);

describe('chinaToday', () => {
  it('reads the date in Beijing, which is already tomorrow late in the UTC evening', () => {
    expect(chinaToday(new Date('2026-06-15T15:59:59Z'))).toBe('2026-06-15');
    expect(chinaToday(new Date('2026-06-15T16:00:00Z'))).toBe('2026-06-16');
  });
});

describe('termErrors', () => {
  it('accepts a signed technology contract with everything filled in', () => {
    expect(termErrors(technology, 'signed', TODAY)).toEqual([]);
  });

  it('refuses a 技术交易额 above the contract value', () => {
    expect(codes(termErrors({ ...technology, techTransactionYuan: '1200001' }, 'signed', TODAY))).toEqual([
      'techTransactionWan:tech-exceeds-contract',
    ]);
  });

  it('refuses a signing date after today', () => {
    expect(codes(termErrors({ ...technology, signedOn: '2026-06-16' }, 'signed', TODAY))).toEqual([
      'signedOn:date-in-future',
    ]);
  });

  it('needs a signing date from 签约 on, and refuses one before', () => {
    expect(
      codes(termErrors({ ...technology, signedOn: null, registrationNumber: null }, 'performing', TODAY)),
    ).toEqual(['signedOn:required-when-signed']);
    expect(codes(termErrors({ ...technology, registrationNumber: null }, 'negotiation', TODAY))).toEqual([
      'signedOn:not-signed-yet',
    ]);
    expect(termErrors({ ...technology, registrationNumber: null }, 'terminated', TODAY)).toEqual([]);
  });

  it('needs a technology field on a technology contract only', () => {
    expect(codes(termErrors({ ...technology, techField: null }, 'signed', TODAY))).toEqual([
      'techField:required-for-technology',
    ]);
    const loan: DealTerms = {
      ...technology,
      kind: 'tech-loan',
      techField: null,
      techTransactionYuan: null,
      registrationNumber: null,
    };
    expect(termErrors(loan, 'signed', TODAY)).toEqual([]);
  });

  it('keeps 技术交易额 and the registration number to technology contracts', () => {
    expect(codes(termErrors({ ...technology, kind: 'equity' }, 'signed', TODAY))).toEqual([
      'techTransactionWan:not-for-financing',
      'registrationNumber:not-for-financing',
    ]);
  });
});

describe('stages', () => {
  it('move forwards only, or to terminated from any stage that is not final', () => {
    const allowed = DEAL_STAGES.flatMap((from) =>
      DEAL_STAGES.filter((to) => canMoveStage(from, to)).map((to) => `${from}>${to}`),
    );
    expect(allowed).toEqual([
      'intent>negotiation',
      'intent>signed',
      'intent>performing',
      'intent>completed',
      'intent>terminated',
      'negotiation>signed',
      'negotiation>performing',
      'negotiation>completed',
      'negotiation>terminated',
      'signed>performing',
      'signed>completed',
      'signed>terminated',
      'performing>completed',
      'performing>terminated',
    ]);
  });

  it('refuses going backwards, a future date, a date before the last stage and passing 签约 unsigned', () => {
    const dates: Partial<Record<DealStage, string>> = { intent: '2026-05-01', signed: '2026-06-01' };
    expect(codes(stageErrors('signed', dates, 'negotiation', '2026-06-10', '2026-06-01', TODAY))).toEqual([
      'stage:stage-not-forward',
    ]);
    expect(codes(stageErrors('signed', dates, 'performing', '2026-06-16', '2026-06-01', TODAY))).toEqual([
      'on:date-in-future',
    ]);
    expect(codes(stageErrors('signed', dates, 'performing', '2026-05-31', '2026-06-01', TODAY))).toEqual([
      'on:before-previous-stage',
      'signedOn:after-stage-date',
    ]);
    expect(
      codes(stageErrors('intent', { intent: '2026-05-01' }, 'performing', '2026-06-10', null, TODAY)),
    ).toEqual(['signedOn:required-when-signed']);
    expect(stageErrors('signed', dates, 'performing', '2026-06-10', '2026-06-01', TODAY)).toEqual([]);
  });

  it('sorts 四技 kinds under technology and instruments under financing', () => {
    expect(categoryOf('tech-consulting')).toBe('technology');
    expect(categoryOf('guarantee')).toBe('financing');
  });
});
