import { describe, expect, it } from 'vitest';
import { CANCELLED, fill, FormError, type Asker, type Field } from './form.ts';
import { accept, parseYesNo, refuse } from './parse.ts';

const number = (key: string, optional = false): Field => ({
  key,
  flag: key,
  message: key,
  hint: 'a number',
  optional,
  parse: (text) => (/^\d+$/.test(text) ? accept(Number(text)) : refuse(`not a number: ${text}`)),
});
const fields: Field[] = [
  number('a'),
  { ...number('b'), suggest: (x) => ({ value: String(Number(x['a']) * 2), why: 'twice a' }) },
  number('c', true),
  { key: 'd', flag: 'd', message: 'd', hint: 'yes or no', parse: parseYesNo },
  {
    ...number('e'),
    when: { holds: (x) => x['d'] === true, only: 'only with --d yes' },
  },
];

/** An asker that answers from a script of typed texts, keeping what it was asked. */
function scripted(
  answers: (string | typeof CANCELLED)[],
): Asker & { asked: string[]; said: string[] } {
  const asked: string[] = [];
  const said: string[] = [];
  return {
    asked,
    said,
    ask(field) {
      asked.push(field.key);
      return Promise.resolve(answers.shift() ?? '');
    },
    say: (m) => said.push(m),
  };
}

describe('fill', () => {
  it('takes flags, then suggestions, leaving out optional fields not given', async () => {
    expect(await fill('x', fields, { a: '2', d: 'no' })).toEqual({
      answers: { a: 2, b: 4, d: false },
      notes: ['--b 4 (twice a)'],
    });
  });

  it('reports every missing or refused flag at once when it may not ask, not what follows', async () => {
    const error = await fill('x', fields, { a: 'two', e: '1' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FormError);
    // b's suggestion is drawn from the refused a: it is not a second problem.
    expect((error as FormError).problems).toEqual([
      '--a: not a number: two',
      'x needs --d (yes or no)',
      '--e: only with --d yes',
    ]);
  });

  it('asks only for what the flags did not give, and a refused flag again', async () => {
    const asker = scripted(['3', '', '', 'yes', '5']);
    const filled = await fill('x', fields, { a: 'two' }, asker);
    expect(asker.said).toEqual(['--a: not a number: two']);
    expect(asker.asked).toEqual(['a', 'b', 'c', 'd', 'e']);
    // An empty answer takes the suggestion, or leaves an optional field out.
    expect(filled).toEqual({ answers: { a: 3, b: 6, d: true, e: 5 }, notes: [] });
  });

  it('stops at a cancelled question', async () => {
    expect(await fill('x', fields, {}, scripted(['1', CANCELLED]))).toBe(CANCELLED);
  });
});
