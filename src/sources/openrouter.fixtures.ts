/**
 * OpenRouter's responses for the tests of its readers (openrouter*.test.ts): the spec fixtures in
 * test/fixtures/openrouter/, built from OpenRouter's own API spec, read fresh for each use so a
 * test can change one field at a time, and the model list read as a refresh on DAY would read it.
 */
import { readFileSync } from 'node:fs';
import { readOpenRouterModelList } from './openrouter.ts';

export type Json = Record<string, unknown>;
export const load = (file: string): Json => JSON.parse(readFileSync(file, 'utf8')) as Json;
const SPEC_MODELS = 'test/fixtures/openrouter/models-spec.json';
const SPEC_ENDPOINTS = 'test/fixtures/openrouter/endpoints-spec.json';
export const REF = 'openrouter@2026-08-22';
export const DAY = '2026-08-22';

/** The spec fixture's models, to change one field at a time. */
export const specModels = () => load(SPEC_MODELS) as { data: Json[] } & Json;
export const gpt4 = (list: { data: Json[] }) =>
  list.data[0] as { pricing: Json & { overrides: Json[] } };
/** The spec fixture's endpoints: [0] is `openai/fast`, [1] the plain authenticated `openai`. */
export const specEndpoints = () => load(SPEC_ENDPOINTS) as { data: { endpoints: Json[] } & Json };

export const readModels = (json: unknown) => readOpenRouterModelList(json, REF, DAY);
export const priceOf = (json: unknown, id = 'openai/gpt-4') =>
  readModels(json).entries.find((e) => e.id === id)?.price;

/**
 * The units of the spec fixtures' `openai/gpt-4` pricing, per 1M tokens or as named: its
 * `input_cache_write_1h`, `internal_reasoning`, `audio`, `audio_output`, `input_audio_cache` and
 * `web_search` (USD per call, here per 1,000). Its `request`, `image`, `image_output` and
 * `image_token` are "0", which OpenRouter writes for a unit it does not bill: left out.
 */
export const GPT4_UNITS = {
  cache_write_1h: 60,
  reasoning: 60,
  audio: { input: 40, output: 80, cached_input: 4 },
  fees: { web_search_per_1k: 10 },
};
