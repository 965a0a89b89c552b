/**
 * Every HTML page of the built site is valid HTML by the Nu Html Checker, run once over the whole
 * folder. A small bad page proves the check reports what it should, with file, line and column.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { htmlErrors } from './helpers/vnu.ts';

describe('the HTML of the built site', () => {
  it('has no errors by the Nu Html Checker on any page', () => {
    const dist = inject('siteDir');
    const errors = htmlErrors(dist, [dist]);
    expect(errors, `vnu found errors:\n${errors.join('\n')}`).toEqual([]);
  });

  it('reports an error in a bad page as file:line:col: message', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'atlas-vnu-'));
    try {
      await writeFile(
        path.join(dir, 'bad.html'),
        '<!doctype html>\n<html lang="en"><head><title>x</title></head>\n<body><p id="a"></p><p id="a"></p></body></html>\n',
      );
      const errors = htmlErrors(dir, [dir]);
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(/^bad\.html:3:\d+: Duplicate ID “a”/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
