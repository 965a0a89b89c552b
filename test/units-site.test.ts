/**
 * The units beside the token prices on the built real catalog: a service tier, a one-hour cache
 * write, audio prices and a web search fee, each picked from the YAML and found on its pages as the
 * YAML gives it (written as the tables write every price, with `usd`).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { loadData } from '../src/data/load.ts';
import { usd, usdRounded } from '../src/lib/format.ts';
import type { Offer } from '../src/schemas/offer.ts';
import { between, cells, text } from './helpers/html.ts';

const dist = inject('siteDir');
const { data } = await loadData('data');
const page = (p: string) => readFile(path.join(dist, p), 'utf8');

/** The first offer on sale, of one provider's, that has what is asked for; with its provider. */
function pick(has: (o: Offer) => boolean) {
  for (const provider of data.providers) {
    const offer = provider.offers.find((o) => !o.withdrawn && !o.variant && has(o));
    if (offer) return { provider, offer };
  }
  throw new Error('no offer in data/ has it');
}

/** A provider's row in a model page's price table, cell by cell. */
async function modelRow(model: string, provider: string): Promise<string[]> {
  const html = await page(`models/${model}/index.html`);
  const table = between(html, '<table class="prices"', '</table>');
  const row = cells(table).find((r) => r[0] === provider || r[0]?.startsWith(`${provider} `));
  if (!row) throw new Error(`no ${provider} row on the ${model} page`);
  return row;
}

/** A model's row in a provider page's table that starts at `marker`. */
async function providerRow(provider: string, marker: string, model: string): Promise<string[]> {
  const html = await page(`providers/${provider}/index.html`);
  const name = data.models.find((m) => m.id === model)?.name ?? model;
  const row = cells(between(html, marker, '</table>')).find(
    (r) => r[0] === name || r[0]?.startsWith(`${name} `),
  );
  if (!row) throw new Error(`no ${name} row at ${marker} on the ${provider} page`);
  return row;
}

describe('the units on the built site', () => {
  it('shows a priority tier under the input, output and cached input it is sold at', async () => {
    const { provider, offer } = pick((o) => o.price.tiers?.priority?.input != null);
    const priority = offer.price.tiers?.priority;
    const [, input, output, cached] = await modelRow(offer.model, provider.name);
    expect(input).toContain(`priority ${usd(priority?.input)}`);
    if (priority?.output != null) expect(output).toContain(`priority ${usd(priority.output)}`);
    if (priority?.cached_input != null)
      expect(cached).toContain(`priority ${usd(priority.cached_input)}`);
    // The same lines on the provider's own page.
    const [, atProvider] = await providerRow(provider.id, 'id="offers-caption"', offer.model);
    expect(atProvider).toContain(`priority ${usd(priority?.input)}`);
    const html = await page(`models/${offer.model}/index.html`);
    expect(html).toContain('“priority” prices are for priority processing');
  });

  it('shows a one-hour cache write beside the default one, under the cached input', async () => {
    const { provider, offer } = pick((o) => o.price.cache_write_1h != null);
    const [, , , cached] = await modelRow(offer.model, provider.name);
    expect(cached).toContain(`1-hour write ${usd(offer.price.cache_write_1h)}`);
    if (offer.price.cache_write != null)
      expect(cached).toContain(
        `cache write ${usd(offer.price.cache_write)} · 1-hour write ${usd(offer.price.cache_write_1h)}`,
      );
  });

  it("lists a web search fee on the provider's page, with its model, date and source", async () => {
    const { provider, offer } = pick((o) => o.price.fees?.web_search_per_1k != null);
    const html = await page(`providers/${provider.id}/index.html`);
    expect(html).toContain('<h2 id="fees">Fees per request</h2>');
    const row = await providerRow(provider.id, 'id="fees-caption"', offer.model);
    expect(row[1]).toContain(usd(offer.price.fees?.web_search_per_1k));
    // Its date as the YAML has it, and its source.
    const name = data.models.find((m) => m.id === offer.model)?.name ?? offer.model;
    const rowHtml = [
      ...between(html, 'id="fees-caption"', '</table>').matchAll(/<tr[^>]*>(.*?)<\/tr>/gs),
    ]
      .map((m) => m[1] ?? '')
      .find((r) => text(r).startsWith(name));
    expect(rowHtml).toContain(`datetime="${offer.updated}"`);
    expect(row.at(-1)).not.toBe('');
    // Its age in words under the date, as the model's price table gives the same offer's.
    expect(row.at(-2)).toMatch(/ old$/);
    expect(row.at(-2)).toBe((await modelRow(offer.model, provider.name)).at(-2));
    // A provider without any fee has no such section.
    const without = data.providers.find((p) => p.offers.every((o) => o.price.fees === undefined));
    expect(without).toBeDefined();
    expect(await page(`providers/${without?.id}/index.html`)).not.toContain('id="fees"');
  });

  it("lists each provider's web search fee on the model's page too", async () => {
    const { provider, offer } = pick((o) => o.price.fees?.web_search_per_1k != null);
    const html = await page(`models/${offer.model}/index.html`);
    const name = data.models.find((m) => m.id === offer.model)?.name ?? offer.model;
    expect(html).toContain(`Fees for ${name} beside the token prices`);
    const row = cells(between(html, 'id="fees-caption"', '</table>')).find(
      (r) => r[0] === provider.name,
    );
    expect(row?.[1]).toContain(usd(offer.price.fees?.web_search_per_1k));
  });

  it("shows an audio model's audio prices first: in its price fact and in its table's cells", async () => {
    const audioModels = new Set(
      data.models.filter((m) => m.modalities.output.includes('audio')).map((m) => m.id),
    );
    const { provider, offer } = pick(
      (o) => audioModels.has(o.model) && o.price.audio?.input != null && o.price.input != null,
    );
    const audio = offer.price.audio;
    const [, input, output] = await modelRow(offer.model, provider.name);
    expect(input?.indexOf(`audio ${usd(audio?.input)}`)).toBe(0);
    expect(input).toContain(`text ${usd(offer.price.input)}`);
    if (audio?.output != null) expect(output?.indexOf(`audio ${usd(audio.output)}`)).toBe(0);
    // The fact names the lowest audio input any provider of the model sells, before the text one.
    const inputs = data.providers.flatMap((p) =>
      p.offers
        .filter((o) => o.model === offer.model && !o.withdrawn && o.price.audio?.input != null)
        .map((o) => o.price.audio?.input ?? 0),
    );
    const lowest = usdRounded(Math.min(...inputs));
    const html = await page(`models/${offer.model}/index.html`);
    const fact = between(html, '<dt>Price</dt>', '</dd>');
    const audioAt = fact.search(new RegExp(`Audio input (from )?\\${lowest} / 1M`));
    expect(audioAt).toBeGreaterThan(0);
    expect(fact.indexOf('Text input from')).toBeGreaterThan(audioAt);
  });

  it('shows audio input under the text input of a model bought for its text', async () => {
    const { provider, offer } = pick(
      (o) =>
        o.price.audio?.input != null &&
        data.models.find((m) => m.id === o.model)?.modalities.output.join() === 'text',
    );
    const [, input] = await modelRow(offer.model, provider.name);
    expect(input?.startsWith(usd(offer.price.input))).toBe(true);
    expect(input).toContain(`audio ${usd(offer.price.audio?.input)}`);
  });
});
