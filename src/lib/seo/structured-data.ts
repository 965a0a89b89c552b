/**
 * JSON-LD for search engines, typed with schema-dts (Google's TypeScript rendering of the
 * schema.org vocabulary), so a misspelt property or a type that does not exist fails the type
 * check. The rules search engines add on top (two crumbs at least, a URL on each, an answer to each
 * question) are checked on the built site by test/seo.test.ts.
 */
import type { BreadcrumbList, FAQPage, Thing, WebSite, WithContext } from 'schema-dts';

export interface TrailItem {
  name: string;
  /** Absolute address of the crumb's page. */
  url: string;
}

export function breadcrumbList(trail: readonly TrailItem[]): WithContext<BreadcrumbList> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((item, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: item.name,
      item: item.url,
    })),
  };
}

export function faqPage(faq: readonly { q: string; a: string }[]): WithContext<FAQPage> {
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    mainEntity: faq.map(({ q, a }) => ({
      '@type': 'Question',
      name: q,
      acceptedAnswer: { '@type': 'Answer', text: a },
    })),
  };
}

/**
 * The site itself, which search engines use for the site name in results. No SearchAction: Google
 * retired the sitelinks search box it fed in November 2024.
 */
export function webSite(name: string, url: string): WithContext<WebSite> {
  return { '@context': 'https://schema.org', '@type': 'WebSite', name, url };
}

/** The JSON for a `<script type="application/ld+json">`; `<` escaped so no text can close it. */
export function jsonLdText(data: WithContext<Thing>): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
