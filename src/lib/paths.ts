/** Internal links, prefixed with the configured base so the site also works under a project path. */
const base = import.meta.env.BASE_URL.replace(/\/$/, '');

export function href(path: string): string {
  return `${base}${path}`;
}

export const modelHref = (id: string) => href(`/models/${id}/`);
export const providerHref = (id: string) => href(`/providers/${id}/`);
export const creatorHref = (id: string) => href(`/creators/${id}/`);
/** A comparison page, by its slug from `pairSlug` in src/lib/compare/pairs.ts. */
export const compareHref = (slug: string) => href(`/compare/${slug}/`);

/** Turns a site path (`/models/gpt-4o/`) into the full address that files published beside the site give. */
export type Absolute = (path: string) => string;

/** The full address of a site path, for the API, feeds, canonical and social links. */
export function absoluteUrl(path: string, site: URL | undefined): string {
  if (!site) throw new Error('astro.config.mjs sets `site`; absolute links need it');
  return new URL(href(path), site).href;
}
