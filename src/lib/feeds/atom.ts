/**
 * An Atom 1.0 feed (RFC 4287) of price changes, as text. Small enough to write by hand: every
 * value passes through `escapeMarkup`, and the shape is checked against a RELAX NG grammar in the tests.
 */
import { changeKey, direction, headline, summary, type CatalogChange } from '../history/changes.ts';
import { date } from '../format.ts';
import type { Absolute } from '../paths.ts';
import { escapeMarkup } from '../escape.ts';

/** A change is recorded by day; the feed states it as midnight UTC of that day. */
const instant = (day: string) => `${day}T00:00:00Z`;

/** The most entries /changes.xml carries. */
export const FEED_LIMIT = 100;

export interface FeedOptions {
  title: string;
  absolute: Absolute;
  /** The author named at the feed level, so entries need not repeat it. */
  author: { name: string; uri: string };
  /** When nothing has changed yet, the feed is as new as the build. */
  builtAt: string;
  /** The most entries the feed carries; readers keep what they have seen. */
  limit: number;
}

export function changesFeed(changes: readonly CatalogChange[], o: FeedOptions): string {
  const self = o.absolute('/changes.xml');
  const page = o.absolute('/changes/');
  const shown = changes.slice(0, o.limit);
  const updated = shown[0] ? instant(shown[0].date) : o.builtAt;
  const entries = shown.map((c) => {
    const title = headline(c);
    const text = `${title} ${c.observed ? 'by' : 'on'} ${date(c.date)}: ${summary(c)}.`;
    return [
      '  <entry>',
      `    <id>${escapeMarkup(`${page}#${changeKey(c)}`)}</id>`,
      `    <title>${escapeMarkup(title)}</title>`,
      `    <updated>${instant(c.date)}</updated>`,
      `    <link rel="alternate" type="text/html" href="${escapeMarkup(`${page}#${changeKey(c)}`)}"/>`,
      `    <link rel="related" type="text/html" href="${escapeMarkup(o.absolute(`/models/${c.model.id}/`))}" title="${escapeMarkup(c.model.name)}"/>`,
      `    <category term="${direction(c)}"/>`,
      `    <summary type="text">${escapeMarkup(text)}</summary>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${escapeMarkup(self)}</id>`,
    `  <title>${escapeMarkup(o.title)}</title>`,
    `  <subtitle>Changes in what API providers charge for large language models, per 1M tokens.</subtitle>`,
    `  <updated>${updated}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeMarkup(self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeMarkup(page)}"/>`,
    `  <author><name>${escapeMarkup(o.author.name)}</name><uri>${escapeMarkup(o.author.uri)}</uri></author>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
