import { Controller, Get, Header, Headers } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { industryTree, negotiateLanguage, regionTree, techFieldTree } from '#core';
import { Public } from '../http/auth.guard.js';
import { CodeNodeDto } from './code-node.dto.js';

/** Code lists the forms need: GB/T 2260 regions and GB/T 4754 industries. Static, so cacheable. */
@ApiTags('reference')
@Controller('api/v1/reference')
export class ReferenceController {
  @Get('regions')
  @Public()
  @Header('cache-control', 'public, max-age=86400')
  @ApiOkResponse({ type: [CodeNodeDto], description: 'Province → city → district tree' })
  regions() {
    return regionTree();
  }

  @Get('industries')
  @Public()
  @Header('cache-control', 'public, max-age=86400')
  @Header('vary', 'accept-language')
  @ApiOkResponse({ type: [CodeNodeDto], description: 'Section → division tree, named in zh-CN or en' })
  industries(@Headers('accept-language') acceptLanguage?: string) {
    return industryTree(negotiateLanguage(acceptLanguage));
  }

  @Get('tech-fields')
  @Public()
  @Header('cache-control', 'public, max-age=86400')
  @Header('vary', 'accept-language')
  @ApiOkResponse({ type: [CodeNodeDto], description: 'Technology field → subfield tree' })
  techFields(@Headers('accept-language') acceptLanguage?: string) {
    return techFieldTree(negotiateLanguage(acceptLanguage));
  }
}
