import type { LegalDocument } from './types';

/** The user agreement in English, a translation of terms.zh-CN.ts, which prevails. */
export const termsEn: LegalDocument = {
  title: 'User agreement',
  effective: '1 December 2026',
  preamble:
    'Welcome to this technology matchmaking platform (the “platform”). This agreement is between you and the platform’s operator, {{operator}} (“we”), and governs your use of the platform. Please read it before registering, in particular the clauses that limit our liability. By ticking the consent box and registering you confirm that you have read and agree to this agreement and to the Privacy policy. The Chinese text prevails over this translation.',
  sections: [
    {
      heading: '1. The service',
      paragraphs: [
        'The platform lets enterprises, universities and institutes, investors, service organizations and societies publish, search and be matched on technology demands, achievements, experts, projects and financing, talk to each other, run open calls (揭榜挂帅) and organize events.',
        'The platform brokers information. It is not a party to any technology contract, investment or other transaction between users and does not guarantee that one is concluded, performed or successful.',
      ],
    },
    {
      heading: '2. Accounts and organization verification',
      paragraphs: [
        'Register with your own valid email address and keep your password safe; what is done through your account is deemed done by you. If your account is misused, change your password and tell us at once.',
        'Before publishing on behalf of an organization, the organization submits its unified social credit code and business licence for verification by the platform. You confirm that you may act for it and that what you submit is true and valid.',
      ],
    },
    {
      heading: '3. Publishing',
      paragraphs: [
        'What you publish must be true, accurate and lawful; it must not endanger national security or the public interest, infringe anyone’s intellectual property, trade secrets or other rights, or be false, exaggerated or unrelated to you.',
        'Postings are reviewed. Review does not mean that we vouch for a posting’s truth, technical feasibility or commercial value; judge them yourself and bear the risk.',
        'We may refuse, ask you to change or withdraw postings that breach this agreement or the law, and suspend or close the accounts involved.',
      ],
    },
    {
      heading: '4. Confidential postings and access grants',
      paragraphs: [
        'A publisher may mark a posting confidential; only its summary is then public. Others must request access and accept the publisher’s confidentiality terms, and see the full text and files only once the publisher grants access, which the publisher may revoke at any time.',
        'Confidential information you receive may be used only to assess and pursue cooperation with its publisher and must not be disclosed or used otherwise; this duty survives revocation. Grants and views are kept in an audit log as evidence in case of dispute.',
      ],
    },
    {
      heading: '5. Reaching other users',
      paragraphs: [
        '“I’m interested” opens or continues a conversation with a posting’s owner and notifies them. Do not use it for advertising, harassment or anything unrelated; the number of such requests per organization is limited, and owners may block or report abuse.',
      ],
    },
    {
      heading: '6. API keys and imports',
      paragraphs: [
        'An organization’s admins may create API keys for other platforms to read changes to public postings or to import the organization’s own postings. Keep keys secret and do not pass them on; we may limit request rates and revoke keys that are misused.',
        'Data obtained through the API is public information or summaries of confidential postings. Name its source, and do not use it for purposes unrelated to technology transfer or sell it.',
      ],
    },
    {
      heading: '7. Intellectual property',
      paragraphs: [
        'You keep all rights in what you publish and give the platform a free, non-exclusive licence to use it as needed to provide the service (display, search, matching, notices, and showing it to users you grant access to).',
        'The platform’s software, design, marks and the database it compiles are protected; do not copy, scrape or otherwise exploit them without permission.',
      ],
    },
    {
      heading: '8. Limitation of liability',
      paragraphs: [
        'The service is provided with current technology and may be interrupted by maintenance, network failures or force majeure; we will try to announce interruptions and restore service promptly.',
        'Disputes arising from cooperation or transactions between users, or from what users publish, are for the users concerned to settle; to the extent the law allows, we are not liable for indirect losses arising from them.',
      ],
    },
    {
      heading: '9. Changes and termination',
      paragraphs: [
        'We may revise this agreement when the law or the service changes. A revision is published under a new version; material changes are announced in the app or by email, and your consent is asked again.',
        'You may close your account at any time. Your personal information is then handled as the Privacy policy says; audit records of access to your postings are kept as the law requires.',
      ],
    },
    {
      heading: '10. Governing law and disputes',
      paragraphs: [
        'This agreement is governed by the law of the People’s Republic of China (excluding Hong Kong, Macao and Taiwan). Disputes are first to be settled amicably; failing that, they go to the competent people’s court where the operator is located.',
      ],
    },
  ],
};
