import { Column, Entity, Index } from 'typeorm';
import { OrganizationKey, UpdatedRow } from '#database';

/** A society's regional service station (服务站), through which its experts serve a city or county. */
@Entity('service_stations')
export class ServiceStation extends UpdatedRow {
  @Index()
  @OrganizationKey()
  societyId: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'char', length: 6 })
  regionCode: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  address: string | null;

  @Column({ type: 'varchar', length: 50, nullable: true })
  contactName: string | null;

  @Column({ type: 'varchar', length: 30, nullable: true })
  contactPhone: string | null;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  description: string | null;
}
