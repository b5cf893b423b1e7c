import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsOptional, IsString, ValidateNested } from 'class-validator';
import { DateField, EnumField, POSTING_KINDS, TextField, UuidField, type PostingKind } from '#core';
import {
  AGENDA_PDF_GROUPS,
  CHECK_IN_METHODS,
  MEETING_OUTCOMES,
  MEETING_STATUSES,
  REGISTRATION_STATUSES,
  REQUEST_STATUSES,
  type AgendaPdfGroup,
  type MeetingOutcome,
  type MeetingStatus,
  type RegistrationStatus,
  type RequestStatus,
} from '../domain/event-terms.js';

export class PostingRefDto {
  @EnumField(POSTING_KINDS) kind: PostingKind;
  @UuidField() id: string;
}

export class AttendeeDto {
  @TextField({ max: 50 }) name: string;
  @TextField({ max: 50, optional: true }) title?: string;
}

export class RegisterForEventDto {
  @ApiProperty({
    type: [PostingRefDto],
    minItems: 1,
    maxItems: 20,
    description: 'Published postings it brings',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => PostingRefDto)
  postings: PostingRefDto[];

  @ApiPropertyOptional({ type: [AttendeeDto], maxItems: 10 })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => AttendeeDto)
  attendees?: AttendeeDto[];

  @TextField({ max: 1000, optional: true, description: '对接需求: what it hopes to find' })
  note?: string;

  @ApiPropertyOptional({ type: [String], description: 'Slot ids it is present for; none: the whole event' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @IsString({ each: true })
  availableSlotIds?: string[];
}

export class RegistrationDecisionDto {
  @EnumField(['approved', 'refused'] as const) status: 'approved' | 'refused';
}

export class RegistrationPostingDto {
  @ApiProperty({ enum: POSTING_KINDS }) kind: PostingKind;
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: 'Title, or the teaser of a confidential posting' }) title: string;
}

export class RegistrationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) eventId: string;
  @ApiProperty({ format: 'uuid' }) organizationId: string;
  @ApiProperty() organizationName: string;
  @ApiProperty({ enum: REGISTRATION_STATUSES }) status: RegistrationStatus;
  @ApiProperty({ type: [RegistrationPostingDto] }) postings: RegistrationPostingDto[];
  @ApiProperty({ type: [AttendeeDto] }) attendees: AttendeeDto[];
  @ApiProperty() note: string;
  @ApiProperty({ type: [String], nullable: true }) availableSlotIds: string[] | null;
  @ApiProperty({ type: String, nullable: true }) checkedInAt: Date | null;
  @ApiProperty() createdAt: Date;
}

export class PairSuggestionDto {
  @ApiProperty({ format: 'uuid' }) matchId: string;
  @ApiProperty() score: number;
  @ApiProperty({ type: RegistrationPostingDto }) from: RegistrationPostingDto;
  @ApiProperty({ type: RegistrationPostingDto }) to: RegistrationPostingDto;
  @ApiProperty({ format: 'uuid' }) fromRegistrationId: string;
  @ApiProperty({ format: 'uuid' }) toRegistrationId: string;
  @ApiProperty() fromOrganizationName: string;
  @ApiProperty() toOrganizationName: string;
  @ApiProperty({ type: [String], description: 'Reasons in the caller’s language' }) reasons: string[];
  @ApiProperty({ enum: REQUEST_STATUSES, nullable: true, description: 'An open request between them' })
  requestStatus: RequestStatus | null;
}

export class SendRequestDto {
  @UuidField({ description: 'The registration asked' }) toRegistrationId: string;
  @ApiProperty({ type: PostingRefDto })
  @ValidateNested()
  @Type(() => PostingRefDto)
  fromPosting: PostingRefDto;
  @ApiProperty({ type: PostingRefDto }) @ValidateNested() @Type(() => PostingRefDto) toPosting: PostingRefDto;
  @TextField({ max: 1000, optional: true }) message?: string;
}

export class DeclineRequestDto {
  @TextField({ max: 500, optional: true }) reason?: string;
}

export class MeetingRequestDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) fromRegistrationId: string;
  @ApiProperty({ format: 'uuid' }) toRegistrationId: string;
  @ApiProperty() fromOrganizationName: string;
  @ApiProperty() toOrganizationName: string;
  @ApiProperty({ type: PostingRefDto }) fromPosting: PostingRefDto;
  @ApiProperty({ type: PostingRefDto }) toPosting: PostingRefDto;
  @ApiProperty() score: number;
  @ApiProperty() message: string;
  @ApiProperty({ enum: REQUEST_STATUSES }) status: RequestStatus;
  @ApiProperty({ type: String, nullable: true }) declineReason: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) conversationId: string | null;
  @ApiProperty() expiresAt: Date;
  @ApiProperty() createdAt: Date;
}

export class MeetingDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) requestId: string | null;
  @ApiProperty({ format: 'uuid' }) registrationAId: string;
  @ApiProperty({ format: 'uuid' }) registrationBId: string;
  @ApiProperty() organizationAName: string;
  @ApiProperty() organizationBName: string;
  @ApiProperty() score: number;
  @ApiProperty({ type: String, nullable: true }) slotId: string | null;
  @ApiProperty({ type: String, nullable: true }) start: Date | null;
  @ApiProperty({ type: String, nullable: true }) end: Date | null;
  @ApiProperty({ type: String, nullable: true }) tableId: string | null;
  @ApiProperty({ type: String, nullable: true }) tableName: string | null;
  @ApiProperty() pinned: boolean;
  @ApiProperty({ type: String, nullable: true }) unplacedReason: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The reason, in the caller’s language' })
  unplacedText: string | null;
  @ApiProperty({ enum: MEETING_STATUSES }) status: MeetingStatus;
  @ApiProperty({ type: [String], description: 'Outcomes recorded by either side' })
  outcomes: MeetingOutcome[];
}

export class ScheduleRunDto {
  @ApiProperty({ type: [MeetingDto] }) placed: MeetingDto[];
  @ApiProperty({ type: [MeetingDto] }) unplaced: MeetingDto[];
  @ApiProperty({ description: 'Most meetings any valid schedule could place' }) upperBound: number;
  @ApiProperty({ enum: ['optimal', 'lp-relaxation', 'degree'] }) boundKind: string;
  @ApiProperty({ description: 'Placements of the previous schedule that changed' }) moved: number;
  @ApiProperty({ enum: ['exact', 'heuristic', 'greedy'] }) method: string;
}

export class MoveMeetingDto {
  @ApiProperty({ example: '2027-03-02T09:00' }) @IsString() slotId: string;
  @ApiProperty({ example: 'A3' }) @IsString() tableId: string;
  @ApiPropertyOptional({ description: 'Keep it there on re-runs (default true)' })
  @IsOptional()
  pinned?: boolean;
}

export class WalkInMeetingDto {
  @UuidField({ description: 'One side’s (approved) registration' }) registrationAId: string;
  @UuidField({ description: 'The other side’s (approved) registration' }) registrationBId: string;
  @ApiProperty({ example: '2027-03-02T09:00' }) @IsString() slotId: string;
  @ApiPropertyOptional({ example: 'A3', description: 'Default: the first table free in the slot' })
  @IsOptional()
  @IsString()
  tableId?: string;
}

export class AcceptRequestDto {
  @ApiPropertyOptional({
    example: '2027-03-02T09:00',
    description:
      'Events whose accepting side picks a slot: the slot chosen (required there, refused elsewhere)',
  })
  @IsOptional()
  @IsString()
  slotId?: string;
}

export class CheckInDto {
  @EnumField(CHECK_IN_METHODS) method: 'qr' | 'hand';
  @TextField({ max: 43, optional: true, description: 'The QR code’s token (method qr)' }) token?: string;
  @UuidField({ optional: true, description: 'The registration (method hand)' }) registrationId?: string;
  @UuidField({
    optional: true,
    description:
      'A walk-in (method hand): a verified organization that did not register is registered, approved and checked in',
  })
  walkInOrganizationId?: string;
  @DateField({
    optional: true,
    description:
      'The event day the arrival counts for (method hand, e.g. entered later from a paper sign-in sheet); by default the day it is, or the event’s next day',
  })
  day?: string;
}

export class OutcomeDto {
  @EnumField(MEETING_OUTCOMES, { description: 'held, no-show, follow-up (继续跟进), deal (达成意向/签约)' })
  outcome: MeetingOutcome;
  @TextField({ max: 1000, optional: true }) note?: string;
}

export class EventCountsDto {
  @ApiProperty() registrations: number;
  @ApiProperty({ type: Object, description: 'Registrations by organization type (each registration once)' })
  byOrganizationType: Record<string, number>;
  @ApiProperty({ type: Object, description: 'Registrations by the organization’s city (GB/T 2260 code)' })
  byRegion: Record<string, number>;
  @ApiProperty() approved: number;
  @ApiProperty({ description: 'Participants checked in on any day of the event, each once' })
  checkedIn: number;
  @ApiProperty({ type: Object, description: 'Check-ins per event day (`YYYY-MM-DD`)' })
  checkedInByDay: Record<string, number>;
  @ApiProperty({ type: Object, description: 'Requests by status' }) requests: Record<string, number>;
  @ApiProperty({
    type: 'number',
    nullable: true,
    description: 'Accepted requests among those accepted, declined or expired (0–1); null before any answer',
  })
  acceptanceRate: number | null;
  @ApiProperty() meetingsPlaced: number;
  @ApiProperty() meetingsUnplaced: number;
  @ApiProperty({ description: 'Meetings either side reports as held, followed up or a deal' })
  meetingsHeld: number;
  @ApiProperty({ description: 'Meetings reported only as a no-show' }) meetingsNoShow: number;
  @ApiProperty({ type: Object, description: 'Meetings by outcome (either side)' }) outcomes: Record<
    string,
    number
  >;
}

export class CheckInCodeDto {
  @ApiProperty({ description: 'The registration’s check-in QR code (of `url`) as an SVG image' }) svg: string;
  @ApiProperty() token: string;
  @ApiProperty({ description: 'The staff’s phone check-in page with the token in its fragment (`#token=…`)' })
  url: string;
}

export class AgendasPdfQueryDto {
  @EnumField(AGENDA_PDF_GROUPS, { description: 'One page per participant, or one per table' })
  by: AgendaPdfGroup;
}
