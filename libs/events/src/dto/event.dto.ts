import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsISO8601,
  IsOptional,
  IsUUID,
  Matches,
  ValidateNested,
} from 'class-validator';
import {
  BooleanField,
  DateField,
  EnumField,
  IntField,
  POSTING_KINDS,
  RegionCodeField,
  TechFieldField,
  TechFieldsField,
  TextField,
  type PostingKind,
} from '#core';
import {
  EVENT_FORMATS,
  EVENT_KINDS,
  EVENT_STATUSES,
  REQUEST_MODES,
  SCHEDULING_MODES,
  type EventFormat,
  type EventKind,
  type EventStatus,
  type RequestMode,
  type SchedulingMode,
} from '../domain/event-terms.js';

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;

export class LocalSpanDto {
  @ApiProperty({ example: '09:00', pattern: HH_MM.source })
  @Matches(HH_MM)
  start: string;

  @ApiProperty({ example: '12:00', pattern: HH_MM.source })
  @Matches(HH_MM)
  end: string;
}

export class BreakDto extends LocalSpanDto {
  @DateField({ optional: true, description: 'The day of the break; without it, every day' })
  date?: string;
}

export class EventDayDto {
  @DateField({ description: 'A day of the event (local, 北京时间)' })
  date: string;

  @ApiProperty({ type: [LocalSpanDto], minItems: 1, maxItems: 4, description: 'Sessions of the day' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(4)
  @ValidateNested({ each: true })
  @Type(() => LocalSpanDto)
  sessions: LocalSpanDto[];
}

export class EventTableDto {
  @ApiProperty({ example: 'A3', pattern: '^[A-Za-z0-9-]{1,40}$', description: 'Stable id meetings keep' })
  @Matches(/^[A-Za-z0-9-]{1,40}$/)
  id: string;

  @TextField({ max: 100, description: 'Shown on agendas: A 区 3 号桌, 路演厅' })
  name: string;

  @TextField({ max: 500, optional: true, description: 'Online events: the meeting link of this room' })
  link?: string;
}

export class PairingRuleDto {
  @EnumField(POSTING_KINDS)
  a: PostingKind;

  @EnumField(POSTING_KINDS)
  b: PostingKind;
}

/** What an organizer sets; every field required on creation, each optional in an edit. */
export class CreateEventDto {
  @TextField({ max: 200, description: 'Title (活动名称)' })
  title: string;

  @TextField({ max: 5000, optional: true })
  description?: string;

  @EnumField(EVENT_KINDS, { description: 'one-to-one 1:1 对接会, roadshow 路演, both' })
  kind: EventKind;

  @EnumField(EVENT_FORMATS, { description: 'onsite (a venue) or online (a link per table/room)' })
  format: EventFormat;

  @TextField({ max: 200, optional: true, description: 'Venue (on site); required on site' })
  venueName?: string;

  @TextField({ max: 500, optional: true })
  venueAddress?: string;

  @RegionCodeField({ description: 'Where it takes place (GB/T 2260)' })
  regionCode: string;

  @TechFieldsField({ minItems: 0, maxItems: 5, optional: true, description: 'Technology fields it is about' })
  techFields?: string[];

  @ApiProperty({ type: [EventDayDto], minItems: 1, maxItems: 7 })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(7)
  @ValidateNested({ each: true })
  @Type(() => EventDayDto)
  days: EventDayDto[];

  @ApiPropertyOptional({ type: [BreakDto], maxItems: 20 })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => BreakDto)
  breaks?: BreakDto[];

  @IntField({ min: 5, max: 240, description: 'Minutes per meeting' })
  meetingMinutes: number;

  @IntField({ min: 0, max: 60, optional: true, description: 'Minutes between meetings (changing tables)' })
  gapMinutes?: number;

  @ApiProperty({ type: [EventTableDto], minItems: 1, maxItems: 500 })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => EventTableDto)
  tables: EventTableDto[];

  @ApiPropertyOptional({ type: [PairingRuleDto], maxItems: 15, description: 'Empty: any matched pair' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(15)
  @ValidateNested({ each: true })
  @Type(() => PairingRuleDto)
  pairingRules?: PairingRuleDto[];

  @IntField({ min: 1, max: 50, description: 'Cap on meetings per participant' })
  maxMeetingsPerParticipant: number;

  @ApiProperty({ example: '2027-03-01T18:00:00+08:00', description: 'Registration closes at this instant' })
  @IsISO8601({ strict: true })
  registrationDeadline: string;

  @IntField({ min: 1, max: 10_000, optional: true, description: 'Most registrations; none: no limit' })
  capacity?: number;

  @BooleanField({ description: 'Registrations wait for the organizer’s approval' })
  approvalRequired: boolean;

  @EnumField(REQUEST_MODES, { description: 'approval: the other side answers; automatic: accepted at once' })
  requestMode: RequestMode;

  @EnumField(SCHEDULING_MODES, { description: 'organizer: the scheduler places meetings' })
  schedulingMode: SchedulingMode;

  @IntField({ min: 1, max: 720, optional: true, description: 'Hours before an unanswered request expires' })
  requestExpiryHours?: number;

  @ApiPropertyOptional({ type: [String], format: 'uuid', maxItems: 10, description: 'Co-organizers' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsUUID('all', { each: true })
  coOrganizerIds?: string[];
}

/** An edit: the same fields, each optional. */
export class UpdateEventDto {
  @TextField({ max: 200, optional: true }) title?: string;
  @TextField({ max: 5000, optional: true }) description?: string;
  @TextField({ max: 200, optional: true }) venueName?: string;
  @TextField({ max: 500, optional: true }) venueAddress?: string;
  @TechFieldsField({ minItems: 0, maxItems: 5, optional: true }) techFields?: string[];

  @ApiPropertyOptional({ type: [EventTableDto], maxItems: 500 })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => EventTableDto)
  tables?: EventTableDto[];

  @IntField({ min: 1, max: 50, optional: true }) maxMeetingsPerParticipant?: number;

  @ApiPropertyOptional({ example: '2027-03-01T18:00:00+08:00' })
  @IsOptional()
  @IsISO8601({ strict: true })
  registrationDeadline?: string;

  @IntField({ min: 1, max: 10_000, optional: true }) capacity?: number;
  @BooleanField({ optional: true }) approvalRequired?: boolean;
  @EnumField(REQUEST_MODES, { optional: true }) requestMode?: RequestMode;
  @IntField({ min: 1, max: 720, optional: true }) requestExpiryHours?: number;
}

export class TransitionEventDto {
  @EnumField(EVENT_STATUSES, { description: 'The next status of the lifecycle' })
  status: EventStatus;
}

export class EventSlotDto {
  @ApiProperty({ example: '2027-03-02T09:00' }) id: string;
  @ApiProperty() start: Date;
  @ApiProperty() end: Date;
}

/** How anyone finds events (GET /events): every filter optional, all of them applying together. */
export class EventListQueryDto {
  @RegionCodeField({ optional: true, description: 'Events in this province, city or county (GB/T 2260)' })
  regionCode?: string;

  @TechFieldField({ optional: true, description: 'Events about this technology field or one under it' })
  techField?: string;

  @EnumField(EVENT_KINDS, {
    optional: true,
    description: 'Events of this kind; an event of kind `both` is found under either kind',
  })
  kind?: EventKind;

  @DateField({ optional: true, description: 'Events with a day on or after this date' })
  from?: string;

  @DateField({ optional: true, description: 'Events with a day on or before this date (on or after `from`)' })
  to?: string;
}

export class EventDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) organizerOrganizationId: string;
  @ApiProperty() organizerName: string;
  @ApiProperty({ type: [String] }) coOrganizerIds: string[];
  @ApiProperty() title: string;
  @ApiProperty() description: string;
  @ApiProperty({ enum: EVENT_KINDS }) kind: EventKind;
  @ApiProperty({ enum: EVENT_FORMATS }) format: EventFormat;
  @ApiProperty({ type: String, nullable: true }) venueName: string | null;
  @ApiProperty({ type: String, nullable: true }) venueAddress: string | null;
  @ApiProperty() regionCode: string;
  @ApiProperty({ type: [String] }) techFields: string[];
  @ApiProperty({ type: [EventDayDto] }) days: EventDayDto[];
  @ApiProperty({ type: [BreakDto] }) breaks: BreakDto[];
  @ApiProperty() meetingMinutes: number;
  @ApiProperty() gapMinutes: number;
  @ApiProperty({ type: [EventSlotDto] }) slots: EventSlotDto[];
  @ApiProperty({ type: [EventTableDto] }) tables: EventTableDto[];
  @ApiProperty({ type: [PairingRuleDto] }) pairingRules: PairingRuleDto[];
  @ApiProperty() maxMeetingsPerParticipant: number;
  @ApiProperty() registrationDeadline: Date;
  @ApiProperty({ type: Number, nullable: true }) capacity: number | null;
  @ApiProperty() approvalRequired: boolean;
  @ApiProperty({ enum: REQUEST_MODES }) requestMode: RequestMode;
  @ApiProperty({ enum: SCHEDULING_MODES }) schedulingMode: SchedulingMode;
  @ApiProperty() requestExpiryHours: number;
  @ApiProperty({ enum: EVENT_STATUSES }) status: EventStatus;
  @ApiProperty() agendaVersion: number;
  @ApiProperty({ description: 'The caller manages this event (organizer or co-organizer)' })
  manages: boolean;
  @ApiProperty({ type: String, nullable: true, format: 'uuid', description: 'The caller’s registration' })
  myRegistrationId: string | null;
}
