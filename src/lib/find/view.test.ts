import { describe, expect, it } from 'vitest';
import { fingerprint } from './view.ts';

describe('fingerprint', () => {
  it('is the same for the same HTML and differs for a change of one character', () => {
    const table = '<table><tr><td>$1.20</td></tr></table>';
    expect(fingerprint(table)).toBe(fingerprint(`${table}`));
    expect(fingerprint(table)).not.toBe(fingerprint(table.replace('1.20', '1.21')));
    expect(fingerprint(table)).not.toBe(fingerprint(table.replace('1.20', '2.10')));
  });

  it('tells apart strings of different lengths, and the empty string from others', () => {
    expect(fingerprint('')).not.toBe(fingerprint(' '));
    expect(fingerprint('ab')).not.toBe(fingerprint('ab '));
    expect(fingerprint('x'.repeat(36))).toMatch(/\.10$/);
  });

  it('seldom collides over many near-identical answers', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 20_000; i++) seen.add(fingerprint(`<td>$${i / 100}</td>`));
    expect(seen.size).toBe(20_000);
  });
});
