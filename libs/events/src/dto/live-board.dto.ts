import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional } from 'class-validator';
import { EventSlotDto } from './event.dto.js';

export class LiveBoardQueryDto {
  @ApiPropertyOptional({
    example: '2027-03-02T09:10:00+08:00',
    description: 'The instant the board is of; now when left out (a rehearsal or a look ahead)',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  at?: string;
}

export class LiveSideDto {
  @ApiProperty({ format: 'uuid' }) registrationId: string;
  @ApiProperty() organizationName: string;
  @ApiProperty() checkedIn: boolean;
}

export class LiveMeetingDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() tableId: string;
  @ApiProperty() tableName: string;
  @ApiProperty({ type: [LiveSideDto] }) sides: LiveSideDto[];
}

export class LiveTableDto {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
}

export class LiveParticipantDto {
  @ApiProperty({ format: 'uuid' }) registrationId: string;
  @ApiProperty() organizationName: string;
  @ApiProperty() checkedIn: boolean;
  @ApiProperty({ description: 'Its meetings the other side reported it did not come to' })
  noShows: number;
}

/** The organizers' board on the day: what runs now, where there is room, who came. */
export class LiveBoardDto {
  @ApiProperty() at: Date;
  @ApiProperty({ type: EventSlotDto, nullable: true, description: 'The slot running at `at`, if any' })
  currentSlot: EventSlotDto | null;
  @ApiProperty({ type: EventSlotDto, nullable: true, description: 'The first slot starting after `at`' })
  nextSlot: EventSlotDto | null;
  @ApiProperty({ type: [LiveMeetingDto], description: 'Meetings of the current slot, in table order' })
  running: LiveMeetingDto[];
  @ApiProperty({ type: [LiveTableDto], description: 'Tables without a meeting in the current slot' })
  freeNow: LiveTableDto[];
  @ApiProperty({ type: [LiveTableDto], description: 'Tables without a meeting in the next slot' })
  freeNext: LiveTableDto[];
  @ApiProperty() approved: number;
  @ApiProperty() checkedIn: number;
  @ApiProperty({ type: [LiveParticipantDto], description: 'Approved participants, not yet arrived first' })
  participants: LiveParticipantDto[];
}
