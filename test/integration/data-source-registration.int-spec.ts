import { describe, expect, it, jest } from '@jest/globals';
import { Logger } from '@nestjs/common';

describe('the TypeORM root module', () => {
  it('registers the default data source once in a process holding both the api and the worker', async () => {
    // @nestjs/typeorm registers the data source name when the module is declared, so the modules are
    // imported only after the spy is in place.
    const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    try {
      await import('../../apps/api/src/app.module.js');
      await import('../../apps/worker/src/worker.module.js');
      const warnings = warn.mock.calls.map((args) => String(args[0]));
      expect(warnings.filter((message) => message.includes('already registered'))).toEqual([]);
    } finally {
      warn.mockRestore();
    }
  });
});
