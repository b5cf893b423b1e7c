import { noticeTemplate } from '#notifications';

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

export const messageReceivedEmail = noticeTemplate(
  messageReceivedText,
  ['查看并回复', 'Read and reply'],
  (input) => `新消息 | New message: ${input.authorOrganizationName}`,
);
