import { Column, Entity, ForeignKey, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * What a society (学会) says about itself beyond the organization record (which holds its name, region
 * and description): the disciplines it covers and its site.
 */
@Entity('society_profiles')
export class SocietyProfile {
  @PrimaryColumn({ type: 'uuid' })
  @ForeignKey('Organization', { onDelete: 'CASCADE' })
  organizationId: string;

  @Column({ type: 'text', array: true, default: () => `'{}'` })
  fields: string[];

  @Column({ type: 'varchar', length: 200, nullable: true })
  website: string | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
