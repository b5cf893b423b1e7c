import { describe, expect, it } from '@jest/globals';
import { JobName } from '#queue';
import { assertEveryJobHandled } from './handler-coverage.js';

const every = Object.values(JobName);

describe('the start-up check of job handlers', () => {
  it('accepts every job handled exactly once', () => {
    expect(() => assertEveryJobHandled(every)).not.toThrow();
  });

  it('refuses a job nobody handles', () => {
    expect(() => assertEveryJobHandled(every.slice(1))).toThrow(`No processor handles: ${every[0]}`);
  });

  it('refuses a job two processors handle', () => {
    expect(() => assertEveryJobHandled([...every, every[0]!])).toThrow(
      `More than one processor handles: ${every[0]}`,
    );
  });

  it('refuses a handler for a job that does not exist', () => {
    expect(() => assertEveryJobHandled([...every, 'no-such-job'])).toThrow('do not exist: no-such-job');
  });
});
