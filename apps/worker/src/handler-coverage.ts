import { JobName } from '#queue';

/** Start-up refuses to run when a job name has no processor: such jobs would wait in Redis forever. */
export function assertEveryJobHandled(handled: readonly JobName[]): void {
  const missing = Object.values(JobName).filter((name) => !handled.includes(name));
  if (missing.length > 0) throw new Error(`No processor handles: ${missing.join(', ')}`);
}
