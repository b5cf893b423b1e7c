/**
 * Email bodies. Every message is bilingual, Chinese first: an invitee's language is unknown until they
 * sign in, and a bilingual mail is never wrong. Text and HTML are built from the same parts.
 */

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

/**
 * The one layout of every email: paragraphs in Chinese, then English, each with its action button, and
 * optional linked lines. Contexts build their templates on it (or on `noticeEmail`).
 */
export function renderEmail(
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
  return renderEmail(
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
  return renderEmail(
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
  return renderEmail(
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
  return renderEmail(
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

const POSTING_KIND_NAMES: Record<string, [string, string]> = {
  demand: ['技术需求', 'demand'],
  expert: ['专家', 'expert'],
  achievement: ['科技成果', 'achievement'],
  project: ['融资项目', 'project'],
  'financing-offer': ['金融产品', 'financing offer'],
};

/** A posting kind's name in Chinese and English, for the texts that name what was matched or found. */
export const postingKindNames = (kind: string): [string, string] => POSTING_KIND_NAMES[kind] ?? [kind, kind];

/**
 * The email of a notice whose in-app text says it all (an owner told of 我要对接, a match, a message…):
 * the body as its one paragraph and a button to where it is, under the title as subject unless the
 * notice names a shorter one for inboxes.
 */
export function noticeEmail(
  text: { title: { zh: string; en: string }; body: { zh: string; en: string } },
  link: string,
  action: [zh: string, en: string],
  subject = `${text.title.zh} | ${text.title.en}`,
): RenderedEmail {
  return renderEmail(subject, { zh: [text.body.zh], en: [text.body.en] }, link, action);
}

/**
 * A context's email for one kind of notice: the notice's in-app text (`texts`) under a subject of its
 * own, shorter than the title for inboxes, with one button to the input's link.
 */
export function noticeTemplate<I extends { link: string }>(
  texts: (input: I) => Parameters<typeof noticeEmail>[0],
  action: [zh: string, en: string],
  subject: (input: I) => string,
): (input: I) => RenderedEmail {
  return (input) => noticeEmail(texts(input), input.link, action, subject(input));
}

/** One pending notification as listed in a digest: its title in both languages and an absolute link. */
export interface DigestEntry {
  title: { zh: string; en: string };
  link: string;
}

/** The daily digest: everything the user chose to hear about once a day, newest last. */
export function digestEmail(input: { entries: DigestEntry[]; link: string }): RenderedEmail {
  const count = input.entries.length;
  return renderEmail(
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
  const [kindZh, kindEn] = postingKindNames(input.postingKind);
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
  return renderEmail(
    `订阅更新 | Saved search: ${input.postingTitle}`,
    {
      zh: [text.body.zh, '可在“我的订阅”中暂停或删除此订阅。'],
      en: [text.body.en, 'Pause or delete this saved search under “My subscriptions”.'],
    },
    input.link,
    ['查看详情', 'View it'],
  );
}
