/**
 * The JSON API carries every billable unit of an offer (service tiers, the one-hour cache write,
 * reasoning, audio, image, fees), in its prices and its history, and the files still match the
 * schemas they name. The built site's files are checked against them in test/api.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { catalog, model, offer, provider } from '../../../test/helpers/catalog.ts';
import { ApiModelFile, ApiProviders } from '../../schemas/api.ts';
import type { Price } from '../../schemas/offer.ts';
import { modelFile, providersFile } from './files.ts';

const PRICE: Price = {
  input: 2.5,
  output: 10,
  cache_write_1h: 5,
  reasoning: 10,
  tiers: { priority: { input: 4.25, output: 17 }, flex: { input: 1.25, output: 5 } },
  audio: { input: 40, output: 80, input_per_minute: 0.006 },
  image: { output: 40, per_image: [{ size: '1024x1024', quality: 'high', usd: 0.167 }] },
  fees: { web_search_per_1k: 10, per_request: 0.005 },
};
const context = {
  absolute: (p: string) => `https://atlas.example${p}`,
  generated: '2026-12-07T00:00:00Z',
};

describe('the JSON API and the units', () => {
  const c = catalog(
    [model('a', { creator: 'acme' })],
    [
      provider('host', [
        offer('a', 2.5, 10, {
          price: PRICE,
          history: [{ price: { ...PRICE, fees: { web_search_per_1k: 25 } }, until: '2026-07-18' }],
        }),
      ]),
    ],
  );

  it("publishes each offer's units in its price and its history, as the schema describes", () => {
    const [m] = c.models;
    if (!m) throw new Error('no model');
    const file = ApiModelFile.parse(modelFile(m, c, context));
    expect(file.model.offers[0]?.price).toEqual(PRICE);
    expect(file.model.offers[0]?.history?.[0]?.price.fees).toEqual({ web_search_per_1k: 25 });
    const providers = ApiProviders.parse(providersFile(c, context));
    expect(providers.providers[0]?.models[0]?.price.tiers?.priority).toEqual({
      input: 4.25,
      output: 17,
    });
  });
});
