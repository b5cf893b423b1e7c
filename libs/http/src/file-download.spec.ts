import { describe, expect, it } from '@jest/globals';
import { attachment } from './file-download.decorator.js';

describe('attachment', () => {
  it('names the download in ASCII, and in UTF-8 too when given a display name', () => {
    const file = Buffer.from('%PDF');
    expect(
      attachment(file, 'application/pdf', 'report-2026Q1.pdf', '信息报送-2026Q1.pdf').getHeaders(),
    ).toEqual({
      type: 'application/pdf',
      disposition: `attachment; filename="report-2026Q1.pdf"; filename*=UTF-8''%E4%BF%A1%E6%81%AF%E6%8A%A5%E9%80%81-2026Q1.pdf`,
      length: 4,
    });
    expect(attachment(file, 'application/pdf', 'agenda-1.pdf').getHeaders().disposition).toBe(
      'attachment; filename="agenda-1.pdf"',
    );
  });
});
