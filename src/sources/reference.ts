/**
 * The vendored, dated snapshots in `reference/`, read into source entries. Used by the importer and
 * the data check; never by the site.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readGenaiPrices } from './genai-prices.ts';
import { readLiteLLM } from './litellm.ts';
import { readModelsDev, type ModelsDevData } from './modelsdev.ts';
import { readOpenRouterModels } from './openrouter.ts';
import type { SourceEntry } from './types.ts';

/** LiteLLM's file carries no revision; these are the commit and date it was taken at. */
export const LITELLM_SNAPSHOT = { ref: 'litellm@00035b69', asOf: '2026-07-18' };
export const OPENROUTER_SNAPSHOT = { ref: 'openrouter@2026-08-01', asOf: '2026-08-01' };
/** genai-prices' data as bundled in its npm package, priced at the package's publication date. */
export const GENAI_PRICES_SNAPSHOT = {
  ref: 'genai-prices@0.1.8',
  asOf: '2026-09-23',
  file: 'genai-prices-0.1.8.json',
};

export interface Reference {
  modelsdev: ModelsDevData;
  /** Every entry of every snapshot. */
  entries: SourceEntry[];
}

export function referenceDir(): string {
  return path.resolve(process.env['ATLAS_REFERENCE_DIR'] ?? 'reference');
}

const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));

export function loadReference(dir = referenceDir()): Reference {
  const modelsdev = readModelsDev(readJson(path.join(dir, 'modelsdev-snapshot.json')));
  const litellm = readLiteLLM(
    readJson(path.join(dir, 'litellm-model-prices.json')),
    LITELLM_SNAPSHOT.ref,
    LITELLM_SNAPSHOT.asOf,
  );
  const openrouter = readOpenRouterModels(
    readJson(path.join(dir, 'openrouter', 'models-2026-08-01.json')),
    OPENROUTER_SNAPSHOT.ref,
    OPENROUTER_SNAPSHOT.asOf,
  );
  const genaiPrices = readGenaiPrices(
    readJson(path.join(dir, GENAI_PRICES_SNAPSHOT.file)),
    GENAI_PRICES_SNAPSHOT.ref,
    GENAI_PRICES_SNAPSHOT.asOf,
  );
  return { modelsdev, entries: [...modelsdev.entries, ...litellm, ...openrouter, ...genaiPrices] };
}
