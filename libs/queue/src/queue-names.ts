/**
 * Queue and job names are stored data (in Redis and in outbox rows): never rename one without a
 * migration plan. The `{…}` hash tag keeps each queue's keys in one Redis Cluster slot.
 */
export enum QueueName {
  Email = 'email',
}

export enum JobName {
  SendInvitationEmail = 'send-invitation-email',
  SendPasswordResetEmail = 'send-password-reset-email',
}

/** Payload of every job: ids only. */
export interface JobPayloads {
  [JobName.SendInvitationEmail]: { invitationId: string };
  [JobName.SendPasswordResetEmail]: { resetRequestId: string };
}

/** Which queue carries each job; the relay routes outbox events by this map. */
export const JOB_QUEUE: Record<JobName, QueueName> = {
  [JobName.SendInvitationEmail]: QueueName.Email,
  [JobName.SendPasswordResetEmail]: QueueName.Email,
};

export const isJobName = (value: string): value is JobName => Object.values<string>(JobName).includes(value);
