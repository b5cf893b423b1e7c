import { describe, expect, it } from '@jest/globals';
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import tseslint from 'typescript-eslint';
import { entitiesByLib, libBoundaries } from '../../../eslint.boundaries.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/** The boundary blocks of eslint.config.js alone (no type information needed), run on a snippet. */
async function problems(filePath: string, code: string): Promise<string[]> {
  const eslint = new ESLint({
    cwd: root,
    overrideConfigFile: true,
    overrideConfig: [
      {
        files: ['**/*.ts'],
        languageOptions: { parser: tseslint.parser },
        plugins: { '@typescript-eslint': tseslint.plugin },
      },
      ...libBoundaries(root),
    ],
  });
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((message) => `${message.ruleId}: ${message.message}`);
}

describe('the lib boundary lint rule', () => {
  it('finds the entity classes of each lib', () => {
    const entities = entitiesByLib(root);
    expect(entities.get('identity')).toEqual(expect.arrayContaining(['Organization', 'User']));
    expect(entities.get('conversations')).toEqual([
      'Conversation',
      'ConversationMessage',
      'ConversationRead',
    ]);
  });

  it('rejects a lib importing another lib’s entity class', async () => {
    const found = await problems(
      'libs/postings/src/demands/example.ts',
      `import { AuditService, Organization } from '#identity';\nexport const used = [AuditService, Organization];\n`,
    );
    expect(found).toEqual([expect.stringMatching(/'Organization' import from '#identity' is restricted/)]);
  });

  it('rejects a lib importing another lib’s files by relative path', async () => {
    const found = await problems(
      'libs/matching/src/example.ts',
      `import { DemandService } from '../../postings/src/demands/demand.service.js';\nexport const used = DemandService;\n`,
    );
    expect(found).toEqual([expect.stringMatching(/Another lib’s internals/)]);
  });

  it('allows services, type-only imports of entities, a lib’s own entities and its own files', async () => {
    const found = await problems(
      'libs/postings/src/demands/example.ts',
      [
        `import { OrganizationDirectory } from '#identity';`,
        `import type { Organization } from '#identity';`,
        `import { Demand } from './demand.entity.js';`,
        `import { CataloguePosting } from '../catalogue/catalogue-posting.entity.js';`,
        `export const used: [unknown, Organization | null] = [[OrganizationDirectory, Demand, CataloguePosting], null];`,
        '',
      ].join('\n'),
    );
    expect(found).toEqual([]);
  });

  it('leaves files outside libs alone (seeders and white-box tests)', async () => {
    const found = await problems(
      'apps/api/src/cli/example.ts',
      `import { Organization } from '#identity';\nimport { x } from '../../../../libs/core/src/x.js';\nexport const used = [Organization, x];\n`,
    );
    expect(found).toEqual([]);
  });
});
