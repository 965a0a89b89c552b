import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { Offer } from '../schemas/offer.ts';
import { appendOffer } from './offer.ts';

const offer: Offer = {
  model: 'gpt-4o',
  provider_model_id: 'gpt-4o',
  price: { input: 2.5, output: 10 },
  updated: '2026-12-02',
  source: 'modelsdev@f3fc692',
};
const item = [
  '- model: gpt-4o',
  '  provider_model_id: gpt-4o',
  '  price:',
  '    input: 2.5',
  '    output: 10',
  '  updated: 2026-12-02',
  '  source: modelsdev@f3fc692',
  '',
];
const read = (text: string) => parse(text, { version: '1.2', schema: 'core' }) as unknown;

describe('appendOffer', () => {
  it('appends after every byte of a file whose layout the YAML library would redraw', () => {
    // Items at column 0, a padded flow map and a comment after the last item.
    const text = 'name: A\noffers:\n- model: x\n  price: { input: 1 }\n# the end\n';
    const out = appendOffer(text, offer);
    expect(out).toBe(text + item.join('\n'));
    expect(read(out)).toEqual({ name: 'A', offers: [{ model: 'x', price: { input: 1 } }, offer] });
  });

  it('indents the new item as the list indents its own', () => {
    const text = 'name: A\noffers:\n    - model: x\n      price: { input: 1 }';
    const out = appendOffer(text, offer);
    expect(out).toBe(`${text}\n${item.map((l) => (l === '' ? l : `    ${l}`)).join('\n')}`);
    expect((read(out) as { offers: unknown[] }).offers).toHaveLength(2);
  });

  it("falls back to the library's own text where lines at the end would not extend the list", () => {
    const later = 'offers:\n  - model: x\n    price: { input: 1 }\nsources: { litellm: a }\n';
    expect(read(appendOffer(later, offer))).toEqual({
      offers: [{ model: 'x', price: { input: 1 } }, offer],
      sources: { litellm: 'a' },
    });
    const empty = 'name: A\noffers: []\n';
    expect(appendOffer(empty, offer)).toBe(
      `name: A\noffers:\n${item.map((l) => (l === '' ? l : `  ${l}`)).join('\n')}`,
    );
  });
});
