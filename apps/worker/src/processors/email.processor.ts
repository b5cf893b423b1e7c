import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { UnrecoverableError, type Job } from 'bullmq';
import { AuthService, InvitationService } from '#identity';
import {
  EmailDeliveryService,
  expertClaimEmail,
  invitationEmail,
  passwordResetEmail,
  emailVerificationEmail,
  registrationAttemptEmail,
  type DeliveryOutcome,
} from '#notifications';
import { ExpertService } from '#profiles';
import { JobName, QueueName, WORKER_OPTIONS, type JobPayloads } from '#queue';

export type EmailJobResult = DeliveryOutcome | 'skipped';

/**
 * Sends the identity and profile emails. Each job reloads its row (the payload carries ids only) and returns
 * "skipped" when there is nothing to send any more: an accepted invitation, a used reset link.
 */
@Processor(QueueName.Email, { ...WORKER_OPTIONS, concurrency: 8 })
export class EmailProcessor extends WorkerHost {
  static readonly handles = [
    JobName.SendInvitationEmail,
    JobName.SendPasswordResetEmail,
    JobName.SendExpertClaimEmail,
    JobName.SendEmailVerification,
    JobName.SendRegistrationAttemptEmail,
  ];
  private readonly logger = new Logger(EmailProcessor.name);

  constructor(
    private readonly invitations: InvitationService,
    private readonly auth: AuthService,
    private readonly experts: ExpertService,
    private readonly deliveries: EmailDeliveryService,
  ) {
    super();
  }

  async process(job: Job): Promise<EmailJobResult> {
    switch (job.name) {
      case JobName.SendInvitationEmail:
        return this.invitation(job.data as JobPayloads[JobName.SendInvitationEmail]);
      case JobName.SendPasswordResetEmail:
        return this.passwordReset(job.data as JobPayloads[JobName.SendPasswordResetEmail]);
      case JobName.SendExpertClaimEmail:
        return this.expertClaim(job.data as JobPayloads[JobName.SendExpertClaimEmail]);
      case JobName.SendEmailVerification:
        return this.emailVerification(job.data as JobPayloads[JobName.SendEmailVerification]);
      case JobName.SendRegistrationAttemptEmail:
        return this.registrationAttempt(job.data as JobPayloads[JobName.SendRegistrationAttemptEmail]);
      default:
        throw new UnrecoverableError(`No handler for job ${job.name}`);
    }
  }

  private async invitation({
    invitationId,
  }: JobPayloads[JobName.SendInvitationEmail]): Promise<EmailJobResult> {
    const content = await this.invitations.emailFor(invitationId);
    if (!content) return 'skipped';
    return this.deliveries.deliver(
      `invitation:${invitationId}`,
      'invitation',
      content.to,
      invitationEmail(content),
    );
  }

  private async passwordReset({
    resetRequestId,
  }: JobPayloads[JobName.SendPasswordResetEmail]): Promise<EmailJobResult> {
    const content = await this.auth.resetEmailFor(resetRequestId);
    if (!content) return 'skipped';
    return this.deliveries.deliver(
      `password-reset:${resetRequestId}`,
      'password-reset',
      content.to,
      passwordResetEmail(content),
    );
  }

  private async emailVerification({
    userId,
    requestedAt,
  }: JobPayloads[JobName.SendEmailVerification]): Promise<EmailJobResult> {
    const content = await this.auth.verificationEmailFor(userId, requestedAt);
    if (!content) return 'skipped';
    return this.deliveries.deliver(
      `email-verification:${userId}:${requestedAt}`,
      'email-verification',
      content.to,
      emailVerificationEmail(content),
    );
  }

  private async registrationAttempt({
    resetRequestId,
  }: JobPayloads[JobName.SendRegistrationAttemptEmail]): Promise<EmailJobResult> {
    const content = await this.auth.resetEmailFor(resetRequestId);
    if (!content) return 'skipped';
    return this.deliveries.deliver(
      `registration-attempt:${resetRequestId}`,
      'registration-attempt',
      content.to,
      registrationAttemptEmail(content),
    );
  }

  private async expertClaim({ claimId }: JobPayloads[JobName.SendExpertClaimEmail]): Promise<EmailJobResult> {
    const content = await this.experts.claimEmailFor(claimId);
    if (!content) return 'skipped';
    return this.deliveries.deliver(
      `expert-claim:${claimId}`,
      'expert-claim',
      content.to,
      expertClaimEmail(content),
    );
  }

  onFailed(job: Job, error: Error): void {
    this.logger.warn(`Job ${job.id} (${job.name}) failed on attempt ${job.attemptsMade}: ${error.message}`);
  }
}
