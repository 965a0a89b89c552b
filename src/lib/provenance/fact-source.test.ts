import { describe, expect, it } from 'vitest';
import { model } from '../../../test/helpers/catalog.ts';
import { factSourceNote } from './fact-source.ts';

const DOCS = 'https://www.example.com/docs/models';
const BLOG = 'https://blog.example.org/launch';
const sourced = model('example', {
  sources: [
    { url: BLOG, read: '2026-12-01', secondary: true, fields: ['released', 'context_window'] },
    { url: DOCS, read: '2026-12-07', fields: ['context_window', 'modalities'] },
  ],
});

describe('factSourceNote', () => {
  it("names the maker's page before a secondary one, by its host, with the day read", () => {
    expect(factSourceNote(sourced, 'context_window')).toEqual({
      url: DOCS,
      label: 'example.com',
      read: '7 Dec 2026',
      secondary: false,
    });
    expect(factSourceNote(sourced, 'modalities.input')?.url).toBe(DOCS);
  });

  it('says when the only page is a secondary one, and gives nothing for an unsourced fact', () => {
    expect(factSourceNote(sourced, 'released')?.secondary).toBe(true);
    expect(factSourceNote(sourced, 'max_output')).toBeUndefined();
  });
});
