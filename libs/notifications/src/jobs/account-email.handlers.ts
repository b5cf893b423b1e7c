import { Injectable } from '@nestjs/common';
import { AuthService, InvitationService } from '#identity';
import { Handles, JobName, type JobPayloads } from '#queue';
import { EmailDeliveryService } from '../email/email-delivery.service.js';
import { sendOnce, type EmailJobResult } from '../email/send-once.js';
import {
  emailVerificationEmail,
  invitationEmail,
  passwordResetEmail,
  registrationAttemptEmail,
} from '../email/templates.js';

/**
 * The identity context's emails (email queue). They live here, not in libs/identity, because notifications
 * already depends on identity (members, contacts): identity gives the content, this renders and delivers it.
 * Each job reloads its row (the payload carries ids only) and is "skipped" when nothing is left to send.
 */
@Injectable()
export class AccountEmailHandlers {
  constructor(
    private readonly invitations: InvitationService,
    private readonly auth: AuthService,
    private readonly deliveries: EmailDeliveryService,
  ) {}

  @Handles(JobName.SendInvitationEmail)
  async invitation({ invitationId }: JobPayloads[JobName.SendInvitationEmail]): Promise<EmailJobResult> {
    const content = await this.invitations.emailFor(invitationId);
    return sendOnce(this.deliveries, `invitation:${invitationId}`, 'invitation', content, invitationEmail);
  }

  @Handles(JobName.SendPasswordResetEmail)
  async passwordReset({
    resetRequestId,
  }: JobPayloads[JobName.SendPasswordResetEmail]): Promise<EmailJobResult> {
    const content = await this.auth.resetEmailFor(resetRequestId);
    const key = `password-reset:${resetRequestId}`;
    return sendOnce(this.deliveries, key, 'password-reset', content, passwordResetEmail);
  }

  @Handles(JobName.SendEmailVerification)
  async emailVerification({
    userId,
    requestedAt,
  }: JobPayloads[JobName.SendEmailVerification]): Promise<EmailJobResult> {
    const content = await this.auth.verificationEmailFor(userId, requestedAt);
    const key = `email-verification:${userId}:${requestedAt}`;
    return sendOnce(this.deliveries, key, 'email-verification', content, emailVerificationEmail);
  }

  @Handles(JobName.SendRegistrationAttemptEmail)
  async registrationAttempt({
    resetRequestId,
  }: JobPayloads[JobName.SendRegistrationAttemptEmail]): Promise<EmailJobResult> {
    const content = await this.auth.resetEmailFor(resetRequestId);
    const key = `registration-attempt:${resetRequestId}`;
    return sendOnce(this.deliveries, key, 'registration-attempt', content, registrationAttemptEmail);
  }
}
