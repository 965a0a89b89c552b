/** Internal links, prefixed with the configured base so the site also works under a project path. */
const base = import.meta.env.BASE_URL.replace(/\/$/, '');

export function href(path: string): string {
  return `${base}${path}`;
}

export const modelHref = (id: string) => href(`/models/${id}/`);
export const providerHref = (id: string) => href(`/providers/${id}/`);
export const creatorHref = (id: string) => href(`/creators/${id}/`);
