import { simpleParser } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  messageId: string;
  /** Attached files, their content as UTF-8 text (agendas' `.ics`). */
  attachments: { filename: string; contentType: string; content: string }[];
  /** Raw header values by lower-case name (unfolded), e.g. `list-unsubscribe`. */
  headers: Record<string, string>;
}

export interface SmtpMailbox {
  url: string;
  messages: ReceivedMail[];
  /** Resolves with the first message to `to` (whose subject includes `subjectIncludes`), waiting if needed. */
  waitFor(to: string, subjectIncludes?: string, timeoutMs?: number): Promise<ReceivedMail>;
  /**
   * Makes the server answer the next `count` messages with this SMTP reply code; with `which`, only
   * messages it picks count (so a test refusing match emails is not spent on sign-up confirmations
   * sent at the same time).
   */
  refuseNext(count: number, responseCode: number, which?: (mail: ReceivedMail) => boolean): void;
  /**
   * Keeps every message from now on unanswered (its sender waits at the end of DATA) until the returned
   * function is called, then accepts them all.
   */
  hold(): () => void;
  close(): Promise<void>;
}

/**
 * A real SMTP server (the `smtp-server` package) in the test process, so tests receive the very
 * messages nodemailer sends, and can make the server refuse them for a while.
 */
export async function startSmtpMailbox(): Promise<SmtpMailbox> {
  const messages: ReceivedMail[] = [];
  const waiters = new Set<() => void>();
  let refusals: { count: number; code: number; which: (mail: ReceivedMail) => boolean } = {
    count: 0,
    code: 0,
    which: () => true,
  };
  let held: Promise<void> = Promise.resolve();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      Promise.all([simpleParser(stream), held])
        .then(([mail]) => {
          const received = session.envelope.rcptTo.map((rcpt) => ({
            to: rcpt.address.toLowerCase(),
            subject: mail.subject ?? '',
            text: mail.text ?? '',
            html: typeof mail.html === 'string' ? mail.html : '',
            messageId: mail.messageId ?? '',
            attachments: mail.attachments.map((a) => ({
              filename: a.filename ?? '',
              contentType: a.contentType,
              content: a.content.toString('utf8'),
            })),
            headers: Object.fromEntries(
              mail.headerLines.map((h) => [
                h.key,
                h.line
                  .slice(h.line.indexOf(':') + 1)
                  .replace(/\r?\n\s+/g, ' ')
                  .trim(),
              ]),
            ),
          }));
          if (refusals.count > 0 && received.some(refusals.which)) {
            refusals.count -= 1;
            callback(Object.assign(new Error('Refused by test'), { responseCode: refusals.code }));
            return;
          }
          messages.push(...received);
          for (const wake of waiters) wake();
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  // smtp-server re-emits each connection's socket errors on the server, and an unheard 'error' event
  // throws: a sender killed mid-message (the worker-kill test does that) resets its connection, which
  // is what a real mail server shrugs off too.
  server.on('error', () => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;

  const find = (to: string, subjectIncludes?: string) =>
    messages.find(
      (m) => m.to === to.toLowerCase() && (!subjectIncludes || m.subject.includes(subjectIncludes)),
    );

  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    waitFor(to, subjectIncludes, timeoutMs = 15_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = find(to, subjectIncludes);
          if (!found) return;
          clearTimeout(timer);
          waiters.delete(check);
          resolve(found);
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(
            new Error(
              `No mail to ${to} within ${timeoutMs} ms (received: ${messages.map((m) => m.to).join(', ')})`,
            ),
          );
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
    refuseNext(count, responseCode, which = () => true) {
      refusals = { count, code: responseCode, which };
    },
    hold() {
      let release!: () => void;
      held = new Promise((resolve) => (release = resolve));
      return () => {
        release();
        held = Promise.resolve();
      };
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
