import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsEmail, MaxLength } from 'class-validator';
import { TextField } from '#core';

export class InviteToEventDto {
  @ApiProperty({
    type: [String],
    minItems: 1,
    maxItems: 100,
    description:
      'Addresses to invite (an organization’s contact; an account is not needed). Case is ignored.',
    example: ['zhang.wei@example.com'],
  })
  @Transform(({ value }: { value: unknown }) =>
    Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? v.trim().toLowerCase() : v)) : value,
  )
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @MaxLength(254, { each: true })
  @IsEmail({}, { each: true })
  emails: string[];

  @TextField({
    max: 1000,
    optional: true,
    description: 'The organizer’s words to the invitees, above the link',
  })
  message?: string;
}

export class EventInvitationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'email' }) email: string;
  @ApiProperty() message: string;
  @ApiProperty({ description: 'Whether an organization this address belongs to has registered' })
  registered: boolean;
  @ApiProperty() createdAt: Date;
}

export class InvitationRunDto {
  @ApiProperty({ type: [EventInvitationDto], description: 'New invitations: one email each' })
  invited: EventInvitationDto[];
  @ApiProperty({ type: [String], description: 'Addresses invited before: nothing is sent again' })
  alreadyInvited: string[];
}
