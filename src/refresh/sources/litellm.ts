/** LiteLLM's `model_prices_and_context_window.json`, read live (USD per token, exactly converted). */
import { readLiteLLM } from '../../sources/litellm.ts';
import type { FetchOptions } from '../http.ts';
import { readCatalogue } from './catalogue.ts';

export const readLiteLLMLive = (url: string, ref: string, asOf: string, o: FetchOptions) =>
  readCatalogue(url, (json) => readLiteLLM(json, ref, asOf), o);
