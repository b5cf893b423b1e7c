/**
 * Email bodies. Every message is bilingual, Chinese first: an invitee's language is unknown until they
 * sign in, and a bilingual mail is never wrong. Text and HTML are built from the same parts.
 */
import { formatWan } from '#core';

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
  /**
   * Notification emails only: the one-click unsubscribe URL, sent as `List-Unsubscribe` with
   * `List-Unsubscribe-Post` (RFC 8058). Transactional mail (invitations, resets, claims) has none.
   */
  unsubscribe?: string;
  /** Files sent with the message, e.g. an event agenda's `.ics` (text content, stored with the delivery). */
  attachments?: { filename: string; content: string; contentType: string }[];
}

const ROLE_NAMES: Record<string, [string, string]> = {
  owner: ['所有者', 'owner'],
  admin: ['管理员', 'admin'],
  member: ['成员', 'member'],
};

const escapeHtml = (value: string) =>
  value.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

/** Lines that are links in HTML and `text: link` in plain text, such as a digest's items. */
interface LinkedLine {
  text: string;
  link: string;
}

function render(
  subject: string,
  paragraphs: { zh: string[]; en: string[] },
  link: string,
  action: [string, string],
  items: { zh: LinkedLine[]; en: LinkedLine[] } = { zh: [], en: [] },
): RenderedEmail {
  const text = [
    ...paragraphs.zh,
    ...items.zh.map((item) => `• ${item.text}：${item.link}`),
    `${action[0]}：${link}`,
    '',
    '—',
    '',
    ...paragraphs.en,
    ...items.en.map((item) => `• ${item.text}: ${item.link}`),
    `${action[1]}: ${link}`,
    '',
    '对接 Duijie',
  ].join('\n');
  const block = (lines: string[]) => lines.map((l) => `<p>${escapeHtml(l)}</p>`).join('');
  const list = (lines: LinkedLine[]) =>
    lines.length === 0
      ? ''
      : `<ul>${lines.map((l) => `<li><a href="${escapeHtml(l.link)}">${escapeHtml(l.text)}</a></li>`).join('')}</ul>`;
  const button = (label: string) =>
    `<p><a href="${escapeHtml(link)}" style="background:#1677ff;color:#fff;padding:8px 16px;border-radius:6px;text-decoration:none">${escapeHtml(label)}</a></p>`;
  const html = `<!doctype html><html><body style="font-family:sans-serif;line-height:1.6">${block(paragraphs.zh)}${list(items.zh)}${button(action[0])}<hr>${block(paragraphs.en)}${list(items.en)}${button(action[1])}<p style="color:#888">对接 Duijie</p></body></html>`;
  return { subject, text, html };
}

export function invitationEmail(input: {
  organizationName: string;
  inviterName: string;
  role: string;
  link: string;
  expiresAt: Date;
}): RenderedEmail {
  const [roleZh, roleEn] = ROLE_NAMES[input.role] ?? [input.role, input.role];
  const expires = input.expiresAt.toISOString().slice(0, 10);
  return render(
    `邀请您加入「${input.organizationName}」| Invitation to join ${input.organizationName} on Duijie`,
    {
      zh: [
        `您好！${input.inviterName} 邀请您以${roleZh}身份加入对接平台上的「${input.organizationName}」。`,
        `邀请有效期至 ${expires}。`,
      ],
      en: [
        `Hello! ${input.inviterName} invited you to join ${input.organizationName} on Duijie as ${roleEn}.`,
        `The invitation is valid until ${expires}.`,
      ],
    },
    input.link,
    ['接受邀请', 'Accept the invitation'],
  );
}

export function passwordResetEmail(input: { name: string; link: string }): RenderedEmail {
  return render(
    '重置您的对接平台密码 | Reset your Duijie password',
    {
      zh: [
        `${input.name}，您好！我们收到了重置密码的请求。链接 1 小时内有效，只能使用一次。`,
        '如果这不是您本人的操作，请忽略此邮件。',
      ],
      en: [
        `Hello ${input.name}, we received a request to reset your password. The link works once, within one hour.`,
        'If you did not ask for this, ignore this email.',
      ],
    },
    input.link,
    ['重置密码', 'Reset password'],
  );
}

export function emailVerificationEmail(input: { name: string; link: string }): RenderedEmail {
  return render(
    '确认您的对接平台邮箱 | Confirm your email address for Duijie',
    {
      zh: [
        `${input.name}，您好！欢迎注册对接平台。请点击下方链接确认这是您的邮箱，确认后即可使用全部功能。链接 24 小时内有效。`,
        '如果您没有注册对接平台，请忽略此邮件，该账号将无法使用。',
      ],
      en: [
        `Hello ${input.name}, welcome to Duijie. Please confirm that this address is yours; you can use everything once it is confirmed. The link works within 24 hours.`,
        'If you did not register, ignore this email: the account cannot be used.',
      ],
    },
    input.link,
    ['确认邮箱', 'Confirm the address'],
  );
}

export function registrationAttemptEmail(input: { name: string; link: string }): RenderedEmail {
  return render(
    '有人尝试用您的邮箱注册对接平台 | Someone tried to register with your address on Duijie',
    {
      zh: [
        `${input.name}，您好！有人刚刚尝试用本邮箱注册对接平台，但该邮箱已有账号，因此没有新建账号。`,
        '如果是您本人并且忘记了密码，可通过下方链接重置（1 小时内有效，只能使用一次）；如果不是您，请忽略此邮件，您的账号不受影响。',
      ],
      en: [
        `Hello ${input.name}, someone just tried to register on Duijie with this address. It already has an account, so no new one was made.`,
        'If it was you and you forgot your password, reset it with the link below (once, within one hour); if not, ignore this email: your account is unaffected.',
      ],
    },
    input.link,
    ['重置密码', 'Reset password'],
  );
}

export function expertClaimEmail(input: {
  expertName: string;
  societyName: string;
  link: string;
  expiresAt: Date;
}): RenderedEmail {
  const expires = input.expiresAt.toISOString().slice(0, 10);
  return render(
    `认领您在「${input.societyName}」的专家主页 | Claim your expert profile on Duijie`,
    {
      zh: [
        `${input.expertName}，您好！「${input.societyName}」在对接平台为您建立了专家主页。`,
        `登录（或用本邮箱注册）后点击下方链接即可认领，之后您可以自行维护研究方向、服务方式和可服务状态。链接有效期至 ${expires}。`,
      ],
      en: [
        `Hello ${input.expertName}, ${input.societyName} created an expert profile for you on Duijie.`,
        `Sign in (or register with this address) and follow the link to claim it; you can then keep your fields, service modes and availability up to date yourself. The link is valid until ${expires}.`,
      ],
    },
    input.link,
    ['认领专家主页', 'Claim the profile'],
  );
}

const POSTING_KIND_NAMES: Record<string, [string, string]> = {
  demand: ['技术需求', 'demand'],
  expert: ['专家', 'expert'],
  achievement: ['科技成果', 'achievement'],
  project: ['融资项目', 'project'],
  'financing-offer': ['金融产品', 'financing offer'],
};

const kindNames = (kind: string): [string, string] => POSTING_KIND_NAMES[kind] ?? [kind, kind];

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
  const [kindZh, kindEn] = kindNames(input.counterpartKind);
  const [ownZh, ownEn] = kindNames(input.ownKind);
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

export function matchFoundEmail(input: MatchFoundContent): RenderedEmail {
  const text = matchFoundText(input);
  return render(
    `新的匹配 | New match: ${input.counterpartTitle}`,
    { zh: [text.body.zh], en: [text.body.en] },
    input.link,
    ['查看详情', 'View it'],
  );
}

/** A message in a conversation, as told to the other organization's members. */
export interface MessageReceivedContent {
  authorName: string;
  authorOrganizationName: string;
  subject: string;
  body: string;
  link: string;
}

/** Longest part of the message quoted in a notification: the thread holds the rest. */
const MESSAGE_PREVIEW_LENGTH = 200;

/** Title and body of a new message, shared by the in-app notification and the email. */
export function messageReceivedText(input: MessageReceivedContent): {
  title: { zh: string; en: string };
  body: { zh: string; en: string };
} {
  const preview =
    input.body.length > MESSAGE_PREVIEW_LENGTH
      ? `${input.body.slice(0, MESSAGE_PREVIEW_LENGTH)}…`
      : input.body;
  const author = input.authorName
    ? `${input.authorName}（${input.authorOrganizationName}）`
    : input.authorOrganizationName;
  const authorEn = input.authorName
    ? `${input.authorName} (${input.authorOrganizationName})`
    : input.authorOrganizationName;
  return {
    title: {
      zh: `${input.authorOrganizationName} 发来新消息`,
      en: `New message from ${input.authorOrganizationName}`,
    },
    body: {
      zh: `${author}在「${input.subject}」的对接会话中写道：${preview}`,
      en: `${authorEn} wrote in the conversation “${input.subject}”: ${preview}`,
    },
  };
}

/**
 * The email of a notice whose in-app text says it all (an owner told of 我要对接, of an access request…):
 * the title as subject, the body as its one paragraph, and a button to where it is.
 */
export function noticeEmail(
  text: { title: { zh: string; en: string }; body: { zh: string; en: string } },
  link: string,
  action: [zh: string, en: string],
): RenderedEmail {
  return render(
    `${text.title.zh} | ${text.title.en}`,
    { zh: [text.body.zh], en: [text.body.en] },
    link,
    action,
  );
}

export function messageReceivedEmail(input: MessageReceivedContent): RenderedEmail {
  const text = messageReceivedText(input);
  return render(
    `新消息 | New message: ${input.authorOrganizationName}`,
    { zh: [text.body.zh], en: [text.body.en] },
    input.link,
    ['查看并回复', 'Read and reply'],
  );
}
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

export function dealChangedEmail(input: DealChangedContent): RenderedEmail {
  const text = dealChangedText(input);
  return render(
    `成交更新 | Deal update: ${input.projectName}`,
    { zh: [text.body.zh], en: [text.body.en] },
    input.link,
    ['查看成交', 'View the deal'],
  );
}

/** A follow-up task's reminder, as told to its assignee (or its organization's members). */
export interface TaskDueContent {
  title: string;
  /** YYYY-MM-DD. */
  dueOn: string;
  link: string;
}

export function taskDueText(input: TaskDueContent): {
  title: { zh: string; en: string };
  body: { zh: string; en: string };
} {
  return {
    title: { zh: `跟进任务提醒：${input.title}`, en: `Follow-up reminder: ${input.title}` },
    body: {
      zh: `跟进任务「${input.title}」将于 ${input.dueOn} 到期，请及时处理。`,
      en: `The follow-up task “${input.title}” is due on ${input.dueOn}.`,
    },
  };
}

export function taskDueEmail(input: TaskDueContent): RenderedEmail {
  const text = taskDueText(input);
  return render(
    `跟进任务提醒 | Follow-up reminder: ${input.title}`,
    { zh: [text.body.zh], en: [text.body.en] },
    input.link,
    ['查看任务', 'View the task'],
  );
}

/** One pending notification as listed in a digest: its title in both languages and an absolute link. */
export interface DigestEntry {
  title: { zh: string; en: string };
  link: string;
}

/** The daily digest: everything the user chose to hear about once a day, newest last. */
export function digestEmail(input: { entries: DigestEntry[]; link: string }): RenderedEmail {
  const count = input.entries.length;
  return render(
    `对接每日摘要：${count} 条新通知 | Your Duijie daily digest: ${count} new`,
    {
      zh: [`您好！以下是自上次摘要以来的 ${count} 条新通知：`],
      en: [
        `Hello! Here ${count === 1 ? 'is the 1 update' : `are the ${count} updates`} since your last digest:`,
      ],
    },
    input.link,
    ['查看全部通知', 'View all notifications'],
    {
      zh: input.entries.map((entry) => ({ text: entry.title.zh, link: entry.link })),
      en: input.entries.map((entry) => ({ text: entry.title.en, link: entry.link })),
    },
  );
}

/**
 * Adds the unsubscribe link to a notification email: a line at the foot of both bodies, pointing at the
 * confirmation page, and the one-click URL for the List-Unsubscribe headers.
 */
export function withUnsubscribe(
  email: RenderedEmail,
  link: { page: string; oneClick: string },
): RenderedEmail {
  const page = escapeHtml(link.page);
  const footer = `<p style="color:#888;font-size:12px"><a href="${page}">退订此类邮件</a> · <a href="${page}">Unsubscribe from these emails</a></p>`;
  const end = email.html.lastIndexOf('</body>');
  return {
    subject: email.subject,
    text: `${email.text}\n\n退订此类邮件：${link.page}\nUnsubscribe from these emails: ${link.page}`,
    html: end < 0 ? `${email.html}${footer}` : `${email.html.slice(0, end)}${footer}${email.html.slice(end)}`,
    unsubscribe: link.oneClick,
    // A change notice's `.ics` travels with it.
    ...(email.attachments ? { attachments: email.attachments } : {}),
  };
}

/** A new posting found by a saved search: the posting as its subscriber may see it (a teaser if confidential). */
export interface SubscriptionHitContent {
  subscriptionName: string;
  postingKind: string;
  postingTitle: string;
  /** The start of the posting's public text: its teaser when confidential, never what it keeps back. */
  excerpt: string;
  link: string;
}

/** Characters of the posting's text quoted in a hit. */
const EXCERPT_LENGTH = 120;

const excerptOf = (text: string) =>
  text.length > EXCERPT_LENGTH ? `${text.slice(0, EXCERPT_LENGTH)}…` : text;

/** Title and body of a subscription hit, shared by the in-app notification and the email. */
export function subscriptionHitText(input: SubscriptionHitContent): {
  title: { zh: string; en: string };
  body: { zh: string; en: string };
} {
  const [kindZh, kindEn] = POSTING_KIND_NAMES[input.postingKind] ?? [input.postingKind, input.postingKind];
  const excerpt = excerptOf(input.excerpt.trim());
  return {
    title: {
      zh: `订阅「${input.subscriptionName}」有新信息：${input.postingTitle}`,
      en: `New for “${input.subscriptionName}”: ${input.postingTitle}`,
    },
    body: {
      zh: `新发布的${kindZh}「${input.postingTitle}」符合您的订阅「${input.subscriptionName}」。${excerpt}`,
      en: `The new ${kindEn} “${input.postingTitle}” matches your saved search “${input.subscriptionName}”.${excerpt ? ` ${excerpt}` : ''}`,
    },
  };
}

export function subscriptionHitEmail(input: SubscriptionHitContent): RenderedEmail {
  const text = subscriptionHitText(input);
  return render(
    `订阅更新 | Saved search: ${input.postingTitle}`,
    {
      zh: [text.body.zh, '可在“我的订阅”中暂停或删除此订阅。'],
      en: [text.body.en, 'Pause or delete this saved search under “My subscriptions”.'],
    },
    input.link,
    ['查看详情', 'View it'],
  );
}
