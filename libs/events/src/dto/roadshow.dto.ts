import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsArray, IsUUID } from 'class-validator';
import { EnumField, UuidField } from '#core';
import { INVESTOR_MARKS, type InvestorMark } from '#matching';

export class SetRoadshowProgrammeDto {
  @ApiProperty({
    type: [String],
    maxItems: 200,
    description: 'Project ids in pitching order: published projects the approved participants brought',
  })
  @IsArray()
  @ArrayMaxSize(200)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  projectIds: string[];
}

export class RoadshowPitchDto {
  @ApiProperty({ description: '1 for the first pitch' }) position: number;
  @ApiProperty({ format: 'uuid' }) projectId: string;
  @ApiProperty({ description: 'The project’s title, or its teaser when confidential' }) title: string;
  @ApiProperty({ format: 'uuid' }) registrationId: string;
  @ApiProperty() organizationName: string;
  @ApiProperty({
    enum: INVESTOR_MARKS,
    nullable: true,
    description: 'The caller’s own mark (investor participants); null otherwise',
  })
  myMark: InvestorMark | null;
}

export class MarkProjectDto {
  @EnumField(INVESTOR_MARKS, { description: '感兴趣 / 约谈 (proposes a follow-up meeting) / 不感兴趣' })
  mark: InvestorMark;

  @UuidField({
    optional: true,
    description: 'Which of the investor’s registered financing offers; required when it brought several',
  })
  offerId?: string;
}

export class RoadshowMarkDto {
  @ApiProperty({ format: 'uuid' }) projectId: string;
  @ApiProperty({ format: 'uuid' }) offerId: string;
  @ApiProperty({ enum: INVESTOR_MARKS }) mark: InvestorMark;
  @ApiProperty({ format: 'uuid', description: 'The project ↔ offer match the mark was written onto' })
  matchId: string;
  @ApiProperty({
    type: String,
    nullable: true,
    format: 'uuid',
    description: 'The follow-up meeting request a 约谈 mark proposed (or the open one between the two)',
  })
  meetingRequestId: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Why no follow-up request could be proposed (a request rule’s code, e.g. cap-reached)',
  })
  meetingRequestRefused: string | null;
  @ApiProperty() markedAt: Date;
}

export class RoadshowRankingDto {
  @ApiProperty() position: number;
  @ApiProperty({ format: 'uuid' }) projectId: string;
  @ApiProperty({ description: 'The project’s title, or its teaser when confidential' }) title: string;
  @ApiProperty() organizationName: string;
  @ApiProperty() meeting: number;
  @ApiProperty() interested: number;
  @ApiProperty() notInterested: number;
}
