import { describe, expect, it } from 'vitest';
import { escapeMarkup } from '../escape.ts';
import { recordHtml, type SearchRecord } from './documents.ts';

const record: SearchRecord = {
  url: '/models/x/',
  body: '<h1>X &amp; Y</h1>',
  more: '<p>Prose about X.</p>',
  filters: [['tier', 'balanced']],
  sorts: { price: 0.15 },
  meta: { title: 'X & "Y" <beta>', price: '' },
};

describe('recordHtml', () => {
  it('escapes the text it writes, so a name cannot break the document', () => {
    expect(escapeMarkup(`a<b>&"c"`)).toBe('a&lt;b&gt;&amp;&quot;c&quot;');
    const html = recordHtml(record, { full: true });
    expect(html).toContain('<title>X &amp; &quot;Y&quot; &lt;beta&gt;</title>');
    expect(html).toContain('data-pagefind-meta="title">X &amp; &quot;Y&quot; &lt;beta&gt;</span>');
  });

  it('writes filters, sort keys and prose only in full, and no empty result field', () => {
    const full = recordHtml(record, { full: true });
    expect(full).toContain('<span data-pagefind-filter="tier">balanced</span>');
    expect(full).toContain('<span data-pagefind-sort="price">0.15</span>');
    const quick = recordHtml(record, { full: false });
    expect(quick).not.toMatch(/data-pagefind-(filter|sort)/);
    expect(full).toContain('<p>Prose about X.</p>');
    expect(quick).not.toContain('Prose about X.');
    expect(quick).toContain('<h1>X &amp; Y</h1>');
    expect(quick).toContain('data-pagefind-meta="title"');
    expect(full).not.toContain('data-pagefind-meta="price"');
  });
});
