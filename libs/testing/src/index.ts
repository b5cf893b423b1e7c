export { startSmtpMailbox, type ReceivedMail, type SmtpMailbox } from './smtp-mailbox.js';
export { testConfig } from './test-config.js';
export { createTestDatabase, type TestDatabase } from './test-database.js';
export { startS3Server, type S3TestServer } from './s3-server.js';
export { expectNoticeEmail, expectNoticeText } from './notice-email.js';
