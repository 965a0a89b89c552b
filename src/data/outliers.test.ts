import { describe, expect, it } from 'vitest';
import { checkOutliers, OUTLIER_FACTOR } from './outliers.ts';
import type { FileRef } from './references.ts';
import { parseYamlFile } from './yaml-file.ts';

/** A provider file offering model "m" at this input price, parsed as the loader parses it. */
function provider(id: string, input: number, extra = ''): FileRef {
  const text = `name: ${id}\noffers:\n  - model: m\n    price:\n      input: ${input}\n      output: 1\n${extra}`;
  const parsed = parseYamlFile(`providers/${id}.yaml`, text);
  if (!parsed.ok) throw new Error('fixture does not parse');
  return { id, file: `providers/${id}.yaml`, yaml: parsed.yaml };
}

const usual = [provider('a', 0.35), provider('b', 0.3), provider('c', 0.4)];

describe('checkOutliers', () => {
  it('refuses a price ten times the others’ median, at its line, and names the median', () => {
    const problems = checkOutliers([...usual, provider('typo', 35)]);
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'providers/typo.yaml',
        line: 5,
        path: 'offers[0].price.input',
        message: expect.stringMatching(/^35 is 100× the median of the other 3 providers' input price \(0\.35\)/),
      }),
    ]);
  });

  it('refuses a price a tenth of the others’ too', () => {
    const problems = checkOutliers([...usual, provider('slip', 0.035)]);
    expect(problems.map((p) => p.file)).toEqual(['providers/slip.yaml']);
    expect(problems[0]?.message).toMatch(/^0\.035 is 1\/10 the median/);
  });

  it('lets a price three times the others’ through: resellers and fast tiers cost more', () => {
    expect(checkOutliers([...usual, provider('dear', 1.05)])).toEqual([]);
    expect(OUTLIER_FACTOR).toBe(10);
  });

  it('lets an outlier through when the offer’s note says why', () => {
    const noted = provider('promo', 0.02, '    note: A launch promotion until the end of the month.\n');
    expect(checkOutliers([...usual, noted])).toEqual([]);
  });

  it('needs two others to judge by: with one, neither price can be told the slip', () => {
    expect(checkOutliers([provider('a', 0.35), provider('typo', 35)])).toEqual([]);
  });

  it('leaves free and unknown prices and withdrawn offers out of the median', () => {
    const free = provider('free', 0);
    const gone = provider('gone', 99, '    withdrawn: 2026-01-01\n');
    expect(checkOutliers([...usual, free, gone])).toEqual([]);
  });
});
