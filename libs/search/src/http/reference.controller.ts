import { applyDecorators, Controller, Get, Header, Headers, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ProblemResponses, Public, RequestLanguage } from '#http';
import { industryTree, negotiateLanguage, regionTree, techFieldTree, type Language } from '#core';
import { FieldSuggester } from '../suggest/field-suggester.js';
import { FieldSuggestionsDto, FieldSuggestQueryDto } from '../dto/field-suggest.dto.js';
import { CodeNodeDto } from './code-node.dto.js';

/**
 * A static code tree: public, and cached for a day by browsers and proxies, per language since the names
 * follow Accept-Language.
 */
const CodeTree = (path: string, description: string) =>
  applyDecorators(
    Get(path),
    Public(),
    Header('cache-control', 'public, max-age=86400'),
    Header('vary', 'accept-language'),
    ApiOkResponse({ type: [CodeNodeDto], description }),
  );

/**
 * Code lists the forms need: GB/T 2260 regions, GB/T 4754 industries and technology fields (static, so
 * cacheable), and the fields a text is about, which the posting forms suggest as the user types.
 */
@ApiTags('reference')
@Controller('api/v1/reference')
export class ReferenceController {
  constructor(private readonly fields: FieldSuggester) {}

  @CodeTree(
    'regions',
    'Province → city → district tree; named in zh-CN, or in en (provinces by name, the rest in pinyin)',
  )
  regions(@Headers('accept-language') acceptLanguage?: string) {
    return regionTree(negotiateLanguage(acceptLanguage));
  }

  @CodeTree(
    'industries',
    'GB/T 4754-2017 门类 → 大类 → 中类 → 小类 tree; 门类 and 大类 named in zh-CN or en, finer levels in Chinese',
  )
  industries(@Headers('accept-language') acceptLanguage?: string) {
    return industryTree(negotiateLanguage(acceptLanguage));
  }

  @CodeTree('tech-fields', 'Technology field → subfield tree')
  techFields(@Headers('accept-language') acceptLanguage?: string) {
    return techFieldTree(negotiateLanguage(acceptLanguage));
  }

  @Get('tech-fields/suggest')
  @Public()
  @Header('vary', 'accept-language')
  @ApiOkResponse({
    type: FieldSuggestionsDto,
    description:
      'Technology fields a title, description or keywords text is about, best first, with the GB/T 4754 ' +
      'division of the best one when it points at one; Chinese or English text, names in the asked language',
  })
  @ProblemResponses(400)
  suggestTechFields(
    @Query() query: FieldSuggestQueryDto,
    @RequestLanguage() lang: Language,
  ): FieldSuggestionsDto {
    return this.fields.suggest(query.text, lang);
  }
}
