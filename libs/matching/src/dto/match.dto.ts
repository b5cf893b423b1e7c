import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

import {
  EnumField,
  PageCursorField,
  PageLimitField,
  POSTING_KINDS,
  type PostingKind,
  TextField,
} from '#core';
import { MESSAGE_MAX_LENGTH, showMatchesAs } from '#conversations';
import { FIT_LEVELS, type FitLevel } from '../fit-level.js';
import { DECLINE_REASONS, MATCH_STATUSES, type DeclineReason, type MatchStatus } from '../match.entity.js';

/** A posting of the pair, as a match names it. */
export class MatchPostingDto {
  @ApiProperty({ enum: POSTING_KINDS })
  type: PostingKind;

  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ description: 'Its title (its teaser when confidential)' })
  title: string;
}

/** One match as a party sees it: the other side of the pair, the score and why. */
export class MatchDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: POSTING_KINDS, description: 'The kind of the other side of the pair' })
  candidateType: PostingKind;

  @ApiProperty({ format: 'uuid' })
  candidateId: string;

  @ApiProperty({ description: 'The other side’s title (its teaser when confidential)' })
  title: string;

  @ApiProperty({
    type: MatchPostingDto,
    description: 'The viewer’s own posting of the pair (which of its postings the inbox match is for)',
  })
  posting: MatchPostingDto;

  @ApiProperty({ minimum: 0, maximum: 1 })
  score: number;

  @ApiProperty({
    enum: FIT_LEVELS,
    description:
      'The score calibrated per pair type: high 高, medium 中, fair 一般 (the score stays behind it)',
  })
  fitLevel: FitLevel;

  @ApiProperty({ description: 'The fit level in the request language: 高 / 中 / 一般, High / Medium / Fair' })
  fitLabel: string;

  @ApiProperty({
    description:
      'A re-score or the other posting’s closing dropped this match after the parties were told about it: ' +
      'it stays reachable here and in the inbox, but no longer on the posting’s ranked list',
  })
  superseded: boolean;

  @ApiProperty({
    type: [String],
    description:
      'Why it fits, in the request language; of a confidential other side, only what the caller may see of it',
  })
  reasons: string[];

  @ApiProperty({
    type: [String],
    description: 'What does not fit (TRL short, amounts apart, region required), in the request language',
  })
  warnings: string[];

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'number', nullable: true },
    description:
      'Feature → 0–1; null where the pair carries no evidence (or none the caller may see of a confidential side)',
  })
  features: Record<string, number | null>;

  @ApiProperty({ enum: MATCH_STATUSES })
  status: MatchStatus;

  @ApiPropertyOptional({ enum: DECLINE_REASONS, nullable: true })
  declineReasonCode: DeclineReason | null;

  @ApiProperty({ format: 'date-time' })
  updatedAt: string;
}

/** How the other side has answered this posting's matches: "3 of 5 declined: budget mismatch". */
export class DeclineSummaryDto {
  @ApiProperty({ description: 'Matches the other side has answered (viewed or beyond)' })
  answered: number;

  @ApiProperty()
  declined: number;

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'integer' },
    description: 'Decline reason code → count',
  })
  byReason: Partial<Record<DeclineReason, number>>;

  @ApiProperty({ description: 'The summary in the request language; empty when nothing was declined' })
  text: string;
}

export class MatchListDto {
  @ApiProperty({ type: [MatchDto], description: 'Best first; one page of them' })
  items: MatchDto[];

  @ApiProperty({ type: DeclineSummaryDto })
  declines: DeclineSummaryDto;

  @ApiProperty({
    type: 'string',
    nullable: true,
    description: 'Pass as `cursor` for the next page; null at the end',
  })
  nextCursor: string | null;
}

/** A page of a posting's matches (or of the inbox): best first (the inbox: newest first). */
export class MatchPageQueryDto {
  @PageLimitField(100) limit?: number;

  @PageCursorField() cursor?: string;

  @EnumField(POSTING_KINDS, { optional: true, description: 'Only matches whose other side is of this kind' })
  kind?: PostingKind;
}

export class DeclineMatchDto {
  @EnumField(DECLINE_REASONS)
  reasonCode: DeclineReason;

  @TextField({ max: 500, optional: true, description: 'Required with reason code `other`' })
  text?: string;
}

// A thread opened from a match shows it as this DTO (see ConversationDetailDto).
showMatchesAs(MatchDto);

export class ContactMatchDto {
  @TextField({
    max: MESSAGE_MAX_LENGTH,
    optional: true,
    description: 'A first message for the conversation the contact opens',
  })
  message?: string;
}

export class ContactedMatchDto extends MatchDto {
  @ApiProperty({ format: 'uuid', description: 'The match’s conversation: opened now, or the one it has' })
  conversationId: string;
}
