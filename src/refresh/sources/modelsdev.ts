/** models.dev's `api.json`, read live (USD per 1M tokens). */
import { readModelsDevApi } from '../../sources/modelsdev.ts';
import type { FetchOptions } from '../http.ts';
import { readCatalogue } from './catalogue.ts';

export const readModelsDevLive = (url: string, ref: string, asOf: string, o: FetchOptions) =>
  readCatalogue(url, (json) => readModelsDevApi(json, ref, asOf), o);
