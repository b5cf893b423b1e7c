export { startSmtpMailbox, type ReceivedMail, type SmtpMailbox } from './smtp-mailbox.js';
export { testConfig } from './test-config.js';
export { createTestDatabase, type TestDatabase } from './test-database.js';
