import type { LegalDocument } from './types';

/** The privacy policy in English, a translation of privacy.zh-CN.ts, which prevails. */
export const privacyEn: LegalDocument = {
  title: 'Privacy policy',
  effective: '1 December 2026',
  preamble:
    'The platform’s operator, {{operator}} (“we”), handles your personal information as a personal information handler under the Personal Information Protection Law (PIPL), the Cybersecurity Law and the Data Security Law of the People’s Republic of China. This policy says what we handle, why and how, and what your rights are. The Chinese text prevails over this translation.',
  sections: [
    {
      heading: '1. What we handle',
      paragraphs: [
        'Registration and sign-in: email, name, password (only an irreversible hash is kept), sign-in times and IP addresses, to create your account, confirm who you are and keep the account secure.',
        'Organization: your organization’s name, unified social credit code, region and verification documents such as its business licence, and your role in it. A licence may show the legal representative’s name; it is used only for verification and seen only by the platform’s reviewers.',
        'Postings and conversations: contact names, phone numbers and emails in the demands, achievements, experts and projects you publish, the messages you exchange, and access requests and grants.',
        'Experts: name, title, affiliation, fields and contact details entered by the expert or by their society. A society entering an expert must have the expert’s consent; the expert may claim the profile and manage it.',
        'We do not collect sensitive personal information such as ID numbers, biometrics, precise location or financial accounts, and we do not read contacts or photos from your device.',
      ],
    },
    {
      heading: '2. Purposes and legal basis',
      paragraphs: [
        'We handle this information because it is necessary to conclude and perform the user agreement (PIPL art. 13(1)(2)): to publish and search postings; to recommend matches from what you publish and the fields you follow; to notify you about your account, review results and matchmaking; to keep the platform secure and prevent abuse; and to keep records the law requires.',
        'We use it for no other purpose; if that ever becomes necessary we will ask for your consent again.',
      ],
    },
    {
      heading: '3. Automated decisions (match recommendations)',
      paragraphs: [
        'Matches are computed automatically from business factors such as technology fields, keywords, region and readiness level, never from personal traits unrelated to matchmaking. Each match states its reasons; you can turn match notices off in Notification settings and ignore or report unsuitable matches.',
      ],
    },
    {
      heading: '4. Sharing, processors and publication',
      paragraphs: [
        'To the other party: when you express interest, request access or grant someone access to a confidential posting, they see the organization name, name and message you give for it. Each is a separate act of yours; you may revoke a grant at any time.',
        'Publication: what you make public (never the full text of confidential postings) is shown to visitors and may be provided through the open API to platforms authorized by an organization. Do not put personal information you do not want published into public fields.',
        'Processors: an email service sends our notices and a cloud provider may store files. We bind them by contract to the purpose, duration, means and protection of the processing and supervise them.',
        'We do not sell personal information and do not provide it to third parties beyond the above, unless the law requires it or a competent authority lawfully demands it.',
      ],
    },
    {
      heading: '5. Where and how long',
      paragraphs: [
        'Your personal information is stored in the People’s Republic of China and is not transferred abroad.',
        'We keep it for the shortest time the purposes need: account data until you close your account; audit logs (including grants of and views on confidential postings) for at least three years as the law requires; after that it is deleted or anonymized.',
      ],
    },
    {
      heading: '6. Your rights',
      paragraphs: [
        'You may access, copy, correct and complete your personal information, withdraw consent, ask for deletion and close your account, correcting your profile in Account settings and turning notices off in Notification settings yourself, and asking us for anything else through the contact below; we answer within fifteen working days.',
        'Withdrawing consent does not affect processing done before. You may also complain to the cyberspace administration or another authority in charge of personal information protection.',
      ],
    },
    {
      heading: '7. Security',
      paragraphs: [
        'We protect personal information with encrypted transport, hashed passwords, access control, audit logs and backups. If a personal information security incident occurs, we will inform you and report to the authorities as the law requires.',
      ],
    },
    {
      heading: '8. Minors',
      paragraphs: [
        'The platform serves organizations and their staff. It is not offered to children under 14, and we do not knowingly collect their personal information.',
      ],
    },
    {
      heading: '9. Changes and contact',
      paragraphs: [
        'A revised policy is published under a new version; for material changes to the purposes, means or kinds of processing we will tell you and ask for your consent again. The version you consented to is recorded with the time of consent.',
        'For questions, comments or requests about this policy or your personal information, email our personal information protection officer at {{privacyContactEmail}}.',
      ],
    },
  ],
};
