import { noticeTemplate, postingKindNames } from '#notifications';

/**
 * A new match as told to one party: which of its postings was matched, and the other side's public
 * title (or teaser), never confidential text.
 */
export interface MatchFoundContent {
  ownKind: string;
  ownTitle: string;
  counterpartKind: string;
  counterpartTitle: string;
  score: number;
  reasons: { zh: string[]; en: string[] };
  /** What does not fit: told as such, never as a reason. */
  warnings?: { zh: string[]; en: string[] };
  link: string;
}

/** Title and body of a new match, shared by the in-app notification and the email. */
export function matchFoundText(input: MatchFoundContent): {
  title: { zh: string; en: string };
  body: { zh: string; en: string };
} {
  const [kindZh, kindEn] = postingKindNames(input.counterpartKind);
  const [ownZh, ownEn] = postingKindNames(input.ownKind);
  const percent = Math.round(input.score * 100);
  const reasonsZh = input.reasons.zh.slice(0, 3).join('；');
  const reasonsEn = input.reasons.en.slice(0, 3).join('; ');
  const warningsZh = input.warnings?.zh.join('；') ?? '';
  const warningsEn = input.warnings?.en.join('; ') ?? '';
  return {
    title: { zh: `新的匹配：${input.counterpartTitle}`, en: `New match: ${input.counterpartTitle}` },
    body: {
      zh: `${kindZh}「${input.counterpartTitle}」与您的${ownZh}「${input.ownTitle}」匹配，匹配度 ${percent}%。${reasonsZh ? `理由：${reasonsZh}。` : ''}${warningsZh ? `注意：${warningsZh}。` : ''}`,
      en: `The ${kindEn} “${input.counterpartTitle}” matches your ${ownEn} “${input.ownTitle}” at ${percent}%.${reasonsEn ? ` Why: ${reasonsEn}.` : ''}${warningsEn ? ` Note: ${warningsEn}.` : ''}`,
    },
  };
}

export const matchFoundEmail = noticeTemplate(
  matchFoundText,
  ['查看详情', 'View it'],
  (input) => `新的匹配 | New match: ${input.counterpartTitle}`,
);
