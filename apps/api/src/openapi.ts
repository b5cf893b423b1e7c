import { ProblemDto } from '#http';
import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';

/** The OpenAPI document, built from the controllers and DTOs; committed as openapi.json. */
export function buildOpenApi(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Duijie (对接) API')
    .setDescription(
      'Technology supply-and-demand matchmaking. Errors are RFC 9457 application/problem+json, localised by ' +
        'Accept-Language (zh-CN default, en). A request acts for the organization named by X-Organization-Id.',
    )
    .setVersion('1')
    .addBearerAuth({
      type: 'http',
      scheme: 'bearer',
      description: 'Access token, personal access token (dj_pat_…) or an organization’s API key (dj_key_…)',
    })
    .addApiKey(
      {
        type: 'apiKey',
        in: 'header',
        name: 'X-Api-Key',
        description: 'An organization’s API key (dj_key_…)',
      },
      'api-key',
    )
    .addCookieAuth('duijie_refresh')
    .addGlobalParameters({
      name: 'X-Organization-Id',
      in: 'header',
      required: false,
      description: 'The organization the request acts for; must be one of the caller’s memberships',
      schema: { type: 'string', format: 'uuid' },
    })
    .build();
  return SwaggerModule.createDocument(app, config, { extraModels: [ProblemDto] });
}

export function serveOpenApi(app: INestApplication): void {
  SwaggerModule.setup('api/docs', app, () => buildOpenApi(app), { jsonDocumentUrl: 'api/docs-json' });
}
