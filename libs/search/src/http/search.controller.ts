import { Get, Query } from '@nestjs/common';
import { ApiOkResponse } from '@nestjs/swagger';
import { ApiController, OptionalActor, ProblemResponses, Public, ReadRoute, RequestLanguage } from '#http';
import type { Language } from '#core';
import type { Actor } from '#identity';
import { SearchQueryDto, SearchResponseDto, SuggestQueryDto, SuggestResponseDto } from '../dto/search.dto.js';
import { SearchService } from '../search.service.js';

/** One search box over every kind of posting, and its suggestions. */
@ApiController('search', 'api/v1/search')
export class SearchController {
  constructor(private readonly search: SearchService) {}

  @Get()
  @Public()
  @ApiOkResponse({
    type: SearchResponseDto,
    description:
      'Listed postings matching the words (Chinese or English, through the thesaurus), ranked, with facet ' +
      'counts. Signed-out callers never see registered-only postings; confidential ones show their teaser.',
  })
  @ProblemResponses(400)
  find(
    @OptionalActor() actor: Actor | null,
    @Query() query: SearchQueryDto,
    @RequestLanguage() lang: Language,
  ) {
    return this.search.search(query, actor ? 'signed-in' : 'anonymous', lang);
  }

  @ReadRoute('suggest', SuggestResponseDto, {
    public: true,
    problems: [400],
    description: 'Up to 10 completions: domain terms, then titles',
  })
  suggest(@OptionalActor() actor: Actor | null, @Query() query: SuggestQueryDto) {
    return this.search.suggest(query, actor ? 'signed-in' : 'anonymous');
  }
}
