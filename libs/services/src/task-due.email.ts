import { noticeTemplate } from '#notifications';

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

export const taskDueEmail = noticeTemplate(
  taskDueText,
  ['查看任务', 'View the task'],
  (input) => `跟进任务提醒 | Follow-up reminder: ${input.title}`,
);
