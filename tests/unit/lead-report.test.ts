import { describe, expect, it } from 'vitest';
import { toCsv, type LeadReportRow } from '@/lib/leads/report';

const row = (overrides: Partial<LeadReportRow>): LeadReportRow => ({
  id: '1',
  kind: 'consultation',
  name: 'Jane',
  email: 'jane@example.com',
  createdAt: '2026-01-01T00:00:00.000Z',
  status: 'received',
  delivery: 'sent',
  mail: [],
  ...overrides,
});

describe('toCsv', () => {
  it('quotes commas, quotes and line breaks, and never lets a cell become a formula', () => {
    const csv = toCsv([
      row({ name: 'Doe, "JJ"' }),
      row({ name: '=HYPERLINK("x")' }),
      row({ name: '@cmd' }),
    ]);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[1]).toContain(',"Doe, ""JJ""",');
    expect(lines[2]).toContain(`,"'=HYPERLINK(""x"")",`);
    expect(lines[3]).toContain(",'@cmd,");
  });
});
