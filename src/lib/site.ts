/**
 * Build-time settings that are not Astro's own. Each has one environment variable, so the deploy
 * workflow and the tests set them the same way.
 */

export const SITE_NAME = 'Model Atlas';

/** The repository people send pull requests to; "edit this page" links open its files. */
export const REPO_URL = (
  process.env['ATLAS_REPO'] ?? 'https://github.com/model-atlas/model-atlas'
).replace(/\/$/, '');
export const REPO_BRANCH = process.env['ATLAS_BRANCH'] ?? 'main';

/**
 * The day the site is built for: staleness and "price over time" charts end here. Fixed by
 * ATLAS_TODAY in tests so their output does not move with the calendar.
 */
export const TODAY = process.env['ATLAS_TODAY'] ?? new Date().toISOString().slice(0, 10);

/** Days after which an unconfirmed price is flagged on the page. */
export const STALE_AFTER_DAYS = 14;

/** The GitHub page that edits one data file, for the footer's "edit this page" link. */
export function editUrl(dataPath: string): string {
  return `${REPO_URL}/edit/${REPO_BRANCH}/${dataPath}`;
}

/** When this build ran, to the second, as the API files and the feed state it. */
export const BUILT_AT = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
