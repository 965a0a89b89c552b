/**
 * The built site in Chromium for one test file: opened before its first test, and closed after its
 * last, when it also requires that no page it opened logged an error, threw or failed a request.
 */
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { browseSite, type SiteBrowser } from './browser.ts';

export function siteForFile(): Pick<SiteBrowser, 'open'> {
  let site: SiteBrowser | undefined;
  beforeAll(async () => {
    site = await browseSite(inject('siteDir'));
  });
  afterAll(async () => {
    expect(site?.problems).toEqual([]);
    await site?.close();
  });
  return {
    open(path, options) {
      if (!site) throw new Error('the site opens before the first test');
      return site.open(path, options);
    },
  };
}
