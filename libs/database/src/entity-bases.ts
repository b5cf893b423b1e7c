import {
  Column,
  CreateDateColumn,
  ForeignKey,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  type ObjectType,
  type RelationOptions,
} from 'typeorm';

/**
 * Columns most tables share, declared once. TypeORM copies an abstract parent's columns into each entity's
 * own table, so a table's schema is what it was when each entity listed them itself (the drift test checks).
 */

/** A row keyed by a random uuid, with the time it was written. */
export abstract class CreatedRow {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/** A row that changes after it is written: also the time of its last change. */
export abstract class UpdatedRow extends CreatedRow {
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/** A changing row a user wrote, named in `createdBy`. */
export abstract class AuthoredRow extends UpdatedRow {
  @Column({ type: 'uuid' })
  createdBy: string;
}

/**
 * An organization's id, with a foreign key by entity name (identity's table; no lib loads identity's class):
 * deleting the organization deletes the row.
 */
export function OrganizationKey(): PropertyDecorator {
  return (target, property) => {
    Column({ type: 'uuid' })(target, property);
    ForeignKey('Organization', { onDelete: 'CASCADE' })(target, property as string);
  };
}

/**
 * What the row belongs to: a many-to-one relation through the foreign-key column `column`, which the
 * entity also declares as a uuid property of its own. The row goes with it unless `onDelete` says otherwise.
 */
export function BelongsTo<T>(
  type: () => ObjectType<T>,
  column: string,
  onDelete: RelationOptions['onDelete'] = 'CASCADE',
): PropertyDecorator {
  return (target, property) => {
    JoinColumn({ name: column })(target, property as string);
    ManyToOne(type, { onDelete })(target, property as string);
  };
}
