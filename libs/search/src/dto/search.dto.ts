import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  DecimalField,
  EnumField,
  IndustryCodeField,
  IntField,
  POSTING_KINDS,
  RegionCodeField,
  TextField,
  UuidField,
  type PostingKind,
} from '#core';
import { SEARCH_SORTS, type SearchSort } from '../search-engine.js';

/** Longest query accepted: enough for a sentence, short enough that a query is never a document. */
export const MAX_QUERY_LENGTH = 100;
/** Deepest result reachable by paging: the ranked candidate set. */
export const MAX_RESULT_DEPTH = 1_000;

const WAN = { min: 0, max: 10_000_000, decimals: 4 } as const;

class QueryText {
  @TextField({ max: MAX_QUERY_LENGTH, example: '锂电池 回收', description: 'Words in Chinese or English' })
  q: string;
}

export class SearchQueryDto extends QueryText {
  @EnumField(POSTING_KINDS, { optional: true, description: 'One kind only; every kind when absent' })
  kind?: PostingKind;

  @TextField({
    max: 30,
    optional: true,
    description: 'A demand’s category: common, chokepoint, shortboard, efficiency',
  })
  category?: string;

  @TextField({
    max: 30,
    optional: true,
    description: 'An achievement’s maturity: lab, bench, pilot, industrial',
  })
  maturity?: string;

  @IndustryCodeField({ optional: true, description: 'GB/T 4754 section letter or division' })
  industryCode?: string;

  @TextField({
    max: 20,
    optional: true,
    description: 'Technology field code; a top field includes its subfields',
  })
  field?: string;

  @RegionCodeField({ optional: true, description: 'GB/T 2260; a province includes its cities and counties' })
  regionCode?: string;

  @Type(() => Number)
  @IntField({ min: 1, max: 9, optional: true })
  trlMin?: number;

  @Type(() => Number)
  @IntField({ min: 1, max: 9, optional: true })
  trlMax?: number;

  @Type(() => Number)
  @DecimalField({
    ...WAN,
    optional: true,
    description: 'Budget, ticket or price range overlapping this (万元)',
  })
  amountMinWan?: number;

  @Type(() => Number)
  @DecimalField({ ...WAN, optional: true, description: '万元' })
  amountMaxWan?: number;

  @TextField({ max: 20, optional: true, description: 'A listed status of the kind' })
  status?: string;

  @TextField({ max: 30, optional: true })
  stage?: string;

  @TextField({ max: 30, optional: true })
  instrument?: string;

  @UuidField({ optional: true, description: 'Experts of this society' })
  societyId?: string;

  @EnumField(SEARCH_SORTS, { optional: true, description: 'relevance by default' })
  sort?: SearchSort;

  @Type(() => Number)
  @IntField({ min: 1, max: 50, optional: true, description: '20 by default' })
  limit?: number;

  @Type(() => Number)
  @IntField({ min: 1, max: MAX_RESULT_DEPTH, optional: true, description: '1-based; 1 by default' })
  page?: number;
}

export class SuggestQueryDto extends QueryText {
  @EnumField(POSTING_KINDS, { optional: true })
  kind?: PostingKind;
}

export class SearchHitDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: POSTING_KINDS }) kind: PostingKind;
  @ApiProperty() title: string;
  @ApiProperty({ description: 'The title, HTML-escaped, matched terms in <mark>' }) titleHighlight: string;
  @ApiProperty({
    description:
      'Text around the first match, HTML-escaped, matched terms in <mark>; a confidential posting’s teaser',
  })
  snippet: string;
  @ApiProperty({ description: 'Relevance; comparable within one response only' }) score: number;
}

export class FacetValueDto {
  @ApiProperty({ example: 'EV-BATTERY' }) value: string;
  @ApiProperty() count: number;
  @ApiPropertyOptional({ description: 'Display name of a taxonomy or region code' }) label?: string;
}

export class SearchFacetsDto {
  @ApiProperty({ type: [FacetValueDto] }) kind: FacetValueDto[];
  @ApiProperty({ type: [FacetValueDto], description: 'Demand categories' }) category: FacetValueDto[];
  @ApiProperty({ type: [FacetValueDto], description: 'Achievement maturities' }) maturity: FacetValueDto[];
  @ApiProperty({ type: [FacetValueDto] }) industry: FacetValueDto[];
  @ApiProperty({ type: [FacetValueDto], description: 'Technology fields, top fields included' })
  field: FacetValueDto[];
  @ApiProperty({ type: [FacetValueDto], description: 'Provinces' }) region: FacetValueDto[];
  @ApiPropertyOptional({ type: [FacetValueDto], description: 'Cities, when a region is filtered' })
  city?: FacetValueDto[];
  @ApiProperty({ type: [FacetValueDto] }) trl: FacetValueDto[];
  @ApiProperty({ type: [FacetValueDto] }) status: FacetValueDto[];
  @ApiProperty({
    type: [FacetValueDto],
    description: 'Budget / ticket buckets in 万元: 0-50, 50-100, …, 1000+',
  })
  amount: FacetValueDto[];
}

export class SearchResponseDto {
  @ApiProperty({ description: 'Matches counted, up to the candidate cap' }) total: number;
  @ApiProperty({ description: 'More matched than counted: total is a lower bound' }) totalCapped: boolean;
  @ApiProperty({ type: [SearchHitDto] }) hits: SearchHitDto[];
  @ApiProperty({ type: SearchFacetsDto, description: 'Counts over the matches, filters applied' })
  facets: SearchFacetsDto;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string' },
    description: 'Query words taken as typos, with the known term searched as well',
    example: { lithum: 'lithium' },
  })
  corrections: Record<string, string>;
}

export class SuggestionDto {
  @ApiProperty({ description: 'Completed text to search for' }) text: string;
  @ApiProperty({ enum: ['term', 'posting'] }) type: 'term' | 'posting';
  @ApiPropertyOptional({ enum: POSTING_KINDS }) kind?: PostingKind;
  @ApiPropertyOptional({ format: 'uuid' }) id?: string;
}

export class SuggestResponseDto {
  @ApiProperty({ type: [SuggestionDto] }) suggestions: SuggestionDto[];
}
