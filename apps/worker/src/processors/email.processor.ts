import { Processor } from '@nestjs/bullmq';
import { AuthService, InvitationService } from '#identity';
import {
  EmailDeliveryService,
  expertClaimEmail,
  invitationEmail,
  passwordResetEmail,
  emailVerificationEmail,
  registrationAttemptEmail,
  type DeliveryOutcome,
  type RenderedEmail,
} from '#notifications';
import { ExpertService } from '#profiles';
import { Handles, JobName, JobProcessor, QueueName, WORKER_OPTIONS, type JobPayloads } from '#queue';

export type EmailJobResult = DeliveryOutcome | 'skipped';

/**
 * Sends the identity and profile emails (their contexts give the content, notifications renders and
 * delivers it: neither knows the other). Each job reloads its row (the payload carries ids only) and
 * returns "skipped" when there is nothing to send any more: an accepted invitation, a used reset link.
 */
@Processor(QueueName.Email, { ...WORKER_OPTIONS, concurrency: 8 })
export class EmailProcessor extends JobProcessor {
  constructor(
    private readonly invitations: InvitationService,
    private readonly auth: AuthService,
    private readonly experts: ExpertService,
    private readonly deliveries: EmailDeliveryService,
  ) {
    super();
  }

  @Handles(JobName.SendInvitationEmail)
  async invitation({ invitationId }: JobPayloads[JobName.SendInvitationEmail]): Promise<EmailJobResult> {
    const content = await this.invitations.emailFor(invitationId);
    return this.send(`invitation:${invitationId}`, 'invitation', content, invitationEmail);
  }

  @Handles(JobName.SendPasswordResetEmail)
  async passwordReset({
    resetRequestId,
  }: JobPayloads[JobName.SendPasswordResetEmail]): Promise<EmailJobResult> {
    const content = await this.auth.resetEmailFor(resetRequestId);
    return this.send(`password-reset:${resetRequestId}`, 'password-reset', content, passwordResetEmail);
  }

  @Handles(JobName.SendEmailVerification)
  async emailVerification({
    userId,
    requestedAt,
  }: JobPayloads[JobName.SendEmailVerification]): Promise<EmailJobResult> {
    const content = await this.auth.verificationEmailFor(userId, requestedAt);
    const key = `email-verification:${userId}:${requestedAt}`;
    return this.send(key, 'email-verification', content, emailVerificationEmail);
  }

  @Handles(JobName.SendRegistrationAttemptEmail)
  async registrationAttempt({
    resetRequestId,
  }: JobPayloads[JobName.SendRegistrationAttemptEmail]): Promise<EmailJobResult> {
    const content = await this.auth.resetEmailFor(resetRequestId);
    const key = `registration-attempt:${resetRequestId}`;
    return this.send(key, 'registration-attempt', content, registrationAttemptEmail);
  }

  @Handles(JobName.SendExpertClaimEmail)
  async expertClaim({ claimId }: JobPayloads[JobName.SendExpertClaimEmail]): Promise<EmailJobResult> {
    const content = await this.experts.claimEmailFor(claimId);
    return this.send(`expert-claim:${claimId}`, 'expert-claim', content, expertClaimEmail);
  }

  /** Renders and delivers once per key; nothing left to send (`content` null) is "skipped". */
  private async send<C extends { to: string }>(
    key: string,
    kind: string,
    content: C | null | undefined,
    template: (content: C) => RenderedEmail,
  ): Promise<EmailJobResult> {
    if (!content) return 'skipped';
    return this.deliveries.deliver(key, kind, content.to, template(content));
  }
}
