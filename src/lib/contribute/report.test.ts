import { describe, expect, it } from 'vitest';
import { catalog, model } from '../../../test/helpers/catalog.ts';
import { modelReport } from './report.ts';

const DOCS = 'https://docs.example.com/models/example';
const current = (id: string, models = catalog([], [])) => {
  const found = models.models.find((m) => m.id === id);
  return new URL(found ? modelReport(found) : 'https://x.example').searchParams.get('current');
};

describe("the report link for a model's facts", () => {
  it('quotes each page the facts were read on, with its day and facts', () => {
    const sourced = model('example', {
      sources: [{ url: DOCS, read: '2026-12-07', fields: ['released', 'context_window'] }],
    });
    expect(current('example', catalog([sourced, model('bare')], []))).toBe(
      `context 128K, released 15 Jan 2026, status active; sources: ${DOCS} (read 2026-12-07: released, context_window)`,
    );
  });

  it('says when no page is recorded', () => {
    expect(current('bare', catalog([model('bare')], []))).toMatch(/; sources: none recorded$/);
  });
});
