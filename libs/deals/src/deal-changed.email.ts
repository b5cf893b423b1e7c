import { formatWan } from '#core';
import { noticeTemplate } from '#notifications';

/** A change to a deal, as told to the other party's members. */
export interface DealChangedContent {
  /** created, confirmed, disputed, edited, change-proposed, change-confirmed or stage. */
  change: string;
  actorOrganizationName: string;
  projectName: string;
  contractValueYuan: number;
  /** The deal's stage code (intent … terminated). */
  stage: string;
  link: string;
}

const DEAL_STAGE_NAMES: Record<string, [string, string]> = {
  intent: ['意向', 'intent'],
  negotiation: ['洽谈', 'negotiation'],
  signed: ['签约', 'signed'],
  performing: ['履行', 'performing'],
  completed: ['完成', 'completed'],
  terminated: ['终止', 'terminated'],
};

/** Title and body of a deal change, shared by the in-app notification and the email. */
export function dealChangedText(input: DealChangedContent): {
  title: { zh: string; en: string };
  body: { zh: string; en: string };
} {
  const org = input.actorOrganizationName;
  const project = input.projectName;
  const [stageZh, stageEn] = DEAL_STAGE_NAMES[input.stage] ?? [input.stage, input.stage];
  const valueZh = formatWan(input.contractValueYuan);
  const valueEn = formatWan(input.contractValueYuan, 'en');
  const texts: Record<string, [zh: string, en: string]> = {
    created: [
      `${org}登记了与贵机构的成交「${project}」（${valueZh}），请核对后确认。`,
      `${org} recorded the deal “${project}” (${valueEn}) with your organization: please check and confirm it.`,
    ],
    confirmed: [`${org}确认了成交「${project}」。`, `${org} confirmed the deal “${project}”.`],
    disputed: [
      `${org}对成交「${project}」提出了异议，该成交暂不计入统计。`,
      `${org} disputed the deal “${project}”; it is not counted until both sides confirm it again.`,
    ],
    edited: [
      `${org}修改了成交「${project}」（${valueZh}），请核对后确认。`,
      `${org} edited the deal “${project}” (${valueEn}): please check and confirm it.`,
    ],
    'change-proposed': [
      `${org}提议修改成交「${project}」，请确认或提出异议。`,
      `${org} proposes a change to the deal “${project}”: please confirm or dispute it.`,
    ],
    'change-confirmed': [
      `${org}确认了贵机构对成交「${project}」的修改。`,
      `${org} confirmed your change to the deal “${project}”.`,
    ],
    stage: [
      `${org}将成交「${project}」推进到「${stageZh}」阶段。`,
      `${org} moved the deal “${project}” to the ${stageEn} stage.`,
    ],
  };
  const [zh, en] = texts[input.change] ?? [
    `${org}更新了成交「${project}」。`,
    `${org} updated the deal “${project}”.`,
  ];
  return {
    title: { zh: `成交「${project}」有更新`, en: `Deal update: ${project}` },
    body: { zh, en },
  };
}

export const dealChangedEmail = noticeTemplate(
  dealChangedText,
  ['查看成交', 'View the deal'],
  (input) => `成交更新 | Deal update: ${input.projectName}`,
);
