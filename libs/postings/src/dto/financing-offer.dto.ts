import { ApiProperty, PartialType } from '@nestjs/swagger';
import { OwnAccessRequestDto } from './demand.dto.js';
import { Type } from 'class-transformer';
import { DecimalField, EnumArrayField, EnumField, RegionCodesField, TechFieldsField, TextField } from '#core';
import {
  FINANCING_INSTRUMENTS,
  type FinancingInstrument,
} from '../financing-offers/financing-offer.entity.js';
import { PROJECT_STAGES, type ProjectStage } from '../projects/project.entity.js';
import { CatalogueQueryDto, CatalogueSummaryDto, TeaserField, WAN, WithVisibility } from './catalogue.dto.js';
import { ContactDto, ContactField } from './demand.dto.js';

const INSTRUMENT_NAMES = 'equity 股权, debt 债权, tech-loan 科技贷, guarantee 担保, insurance 保险';

class EditableFinancingOfferFields extends TeaserField {
  @TextField({ max: 100, example: '科技型中小企业知识产权质押贷' })
  title: string;

  @EnumField(FINANCING_INSTRUMENTS, { description: INSTRUMENT_NAMES })
  instrument: FinancingInstrument;

  @TechFieldsField({ minItems: 1, maxItems: 10, description: 'Sectors, as technology field codes' })
  sectors: string[];

  @EnumArrayField(PROJECT_STAGES, { minItems: 1 })
  stages: ProjectStage[];

  @DecimalField({ ...WAN, optional: true, description: '万元' })
  ticketMinWan?: number;

  @DecimalField({ ...WAN, optional: true, description: '万元' })
  ticketMaxWan?: number;

  @RegionCodesField({ maxItems: 34, optional: true, description: 'Regions served; empty is nationwide' })
  regionCodes?: string[];

  @TextField({ max: 2000, example: '重点支持拥有发明专利的高新技术企业……' })
  thesis: string;

  @ContactField()
  contact?: ContactDto;
}

export class CreateFinancingOfferDto extends WithVisibility(EditableFinancingOfferFields) {}

export class UpdateFinancingOfferDto extends PartialType(EditableFinancingOfferFields) {}

export class FinancingOfferQueryDto extends CatalogueQueryDto {
  @EnumField(FINANCING_INSTRUMENTS, { optional: true })
  instrument?: FinancingInstrument;

  @EnumField(PROJECT_STAGES, { optional: true })
  stage?: ProjectStage;

  @Type(() => Number)
  @DecimalField({ ...WAN, optional: true, description: 'Offers whose ticket range covers this many 万元' })
  amountWan?: number;
}

export class FinancingOfferSummaryDto extends CatalogueSummaryDto {
  @ApiProperty() title: string;
  @ApiProperty({ enum: FINANCING_INSTRUMENTS }) instrument: FinancingInstrument;
  @ApiProperty({ enum: PROJECT_STAGES, isArray: true }) stages: ProjectStage[];
  @ApiProperty({ type: 'number', nullable: true }) ticketMinWan: number | null;
  @ApiProperty({ type: 'number', nullable: true }) ticketMaxWan: number | null;
  @ApiProperty({ type: [String] }) regionCodes: string[];
  @ApiProperty({ type: [String], description: 'Empty is nationwide (全国)' }) regionNames: string[];
}

export class FinancingOfferDto extends FinancingOfferSummaryDto {
  @ApiProperty({ type: 'string', nullable: true }) thesis: string | null;
  @ApiProperty({ type: ContactDto, nullable: true }) contact: ContactDto | null;
  @ApiProperty({ type: 'string', nullable: true }) rejectionReason: string | null;
  @ApiProperty() canEdit: boolean;
  @ApiProperty({ type: 'string', nullable: true, description: 'The NDA an access request accepts' })
  ndaText: string | null;
  @ApiProperty({ type: OwnAccessRequestDto, nullable: true }) accessRequest: OwnAccessRequestDto | null;
}

export class FinancingOfferPageDto {
  @ApiProperty({ type: [FinancingOfferSummaryDto] }) items: FinancingOfferSummaryDto[];
  @ApiProperty({ type: 'string', nullable: true }) nextCursor: string | null;
}
