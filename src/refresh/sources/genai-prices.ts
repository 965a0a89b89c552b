/** Pydantic's genai-prices `prices/new_data/v2/data.json`, read live (USD per 1M tokens as given). */
import { readGenaiPrices } from '../../sources/genai-prices.ts';
import type { FetchOptions } from '../http.ts';
import { readCatalogue } from './catalogue.ts';

export const readGenaiPricesLive = (url: string, ref: string, asOf: string, o: FetchOptions) =>
  readCatalogue(url, (json) => readGenaiPrices(json, ref, asOf), o);
