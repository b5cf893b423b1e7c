import { JobName } from '#queue';

/**
 * Start-up refuses to run when a job name has no processor (such jobs would wait in Redis forever), when
 * two processors claim one (which of them runs it would depend on which queue it lands in) or when a
 * processor claims a name no job has (a typo that leaves the real job unhandled).
 */
export function assertEveryJobHandled(handled: readonly string[]): void {
  const known: readonly string[] = Object.values(JobName);
  const missing = known.filter((name) => !handled.includes(name));
  const twice = [...new Set(handled.filter((name, index) => handled.indexOf(name) !== index))];
  const unknown = handled.filter((name) => !known.includes(name));
  const problems = [
    missing.length > 0 ? `No processor handles: ${missing.join(', ')}` : '',
    twice.length > 0 ? `More than one processor handles: ${twice.join(', ')}` : '',
    unknown.length > 0 ? `Processors handle jobs that do not exist: ${unknown.join(', ')}` : '',
  ].filter(Boolean);
  if (problems.length > 0) throw new Error(problems.join('; '));
}
