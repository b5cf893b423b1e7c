import { Injectable } from '@nestjs/common';
import { EmailDeliveryService, sendOnce, type EmailJobResult } from '#notifications';
import { Handles, JobName, type JobPayloads } from '#queue';
import { expertClaimEmail } from '../experts/expert-claim.email.js';
import { ExpertService } from '../experts/expert.service.js';

/** A society's invitation to claim an expert profile (email queue), sent once per claim. */
@Injectable()
export class ExpertClaimEmailHandler {
  constructor(
    private readonly experts: ExpertService,
    private readonly deliveries: EmailDeliveryService,
  ) {}

  @Handles(JobName.SendExpertClaimEmail)
  async expertClaim({ claimId }: JobPayloads[JobName.SendExpertClaimEmail]): Promise<EmailJobResult> {
    const content = await this.experts.claimEmailFor(claimId);
    return sendOnce(this.deliveries, `expert-claim:${claimId}`, 'expert-claim', content, expertClaimEmail);
  }
}
