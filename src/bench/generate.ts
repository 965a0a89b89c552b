/**
 * Synthetic catalogs for the benchmark: `size` models in the real data format (every file valid,
 * schema line first), with several offers per model across providers, price history on some
 * offers, units beside the token prices on a share of offers (units.ts), editorial text and
 * competitors on a share of models, and benchmark scores on most (scores.ts). Ids, makers and providers say they are
 * synthetic (synth-1234, "Synth Lab 3", "Synth Cloud 7"); models carry invented family names
 * ("Venri 2.3 70B", see model.ts), so a search for one shares words with its family, not with the
 * whole catalog; every link points at example.com. Seeded: the same size and
 * seed give the same files.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { stringify } from 'yaml';
import { schemaLine, type DataSchema } from '../data/schema-line.ts';
import { seeded, type Random } from './random.ts';
import { syntheticModel } from './model.ts';
import { syntheticOffer } from './offer.ts';
import { SYNTHETIC_EVALUATOR, syntheticBenchmarks } from './scores.ts';

/** Offers per model unless told otherwise: data/'s average on 2026-12-02 (until then, 10). */
export const OFFERS_PER_MODEL = 6.6;

/** How many model makers a catalog has unless told otherwise. */
export const MAKERS = 20;

export interface SyntheticOptions {
  size: number;
  providers?: number;
  creators?: number;
  /**
   * Average offers per model. Models get 1 to `providers` offers, most of them few, as in data/
   * (measured 2026-12-02: 2,400 offers on sale for 366 models, 6.6 a model, 47 models at one
   * provider and one at 23).
   */
  offersPerModel?: number;
  seed?: number;
}

const KINDS = ['first-party', 'cloud', 'inference-platform', 'aggregator'] as const;
const COUNTRIES = ['US', 'FR', 'CN', 'DE', 'GB', 'CA', 'JP', 'KR'] as const;

function file(kind: DataSchema, record: object): string {
  return `${schemaLine(kind)}\n${stringify(record, { lineWidth: 0 })}`;
}

/** Every file of the catalog, by its path relative to the data folder. */
export function syntheticCatalog(options: SyntheticOptions): Map<string, string> {
  const { size, seed = 1 } = options;
  const providerCount = options.providers ?? 40;
  const creatorCount = options.creators ?? MAKERS;
  const perModel = options.offersPerModel ?? OFFERS_PER_MODEL;
  const random: Random = seeded(seed);
  const files = new Map<string, string>();

  const creatorIds = Array.from({ length: creatorCount }, (_, i) => `synth-lab-${i + 1}`);
  creatorIds.forEach((id, i) => {
    files.set(
      `creators/${id}.yaml`,
      file('creator', {
        name: `Synth Lab ${i + 1}`,
        url: `https://lab-${i + 1}.example.com`,
        country: random.pick(COUNTRIES),
        summary: `A synthetic model maker, generated for the benchmark.`,
      }),
    );
  });

  const benchmarks = syntheticBenchmarks();
  for (const b of benchmarks) files.set(`benchmarks/${b.id}.yaml`, file('benchmark', b.record));
  files.set(
    `evaluators/${SYNTHETIC_EVALUATOR.id}.yaml`,
    file('evaluator', SYNTHETIC_EVALUATOR.record),
  );
  // Scores draw from a generator of their own: every other draw stays as it was before scores.
  const scoring = { random: seeded(seed + 7919), benchmarks };

  const modelIds = Array.from({ length: size }, (_, i) => `synth-${i + 1}`);
  const models = modelIds.map((id, i) => {
    const model = syntheticModel(random, i + 1, modelIds, creatorCount, scoring);
    const creator = creatorIds[i % creatorCount] as string;
    files.set(`models/${creator}/${id}.yaml`, file('model', model));
    return { id, model, creator };
  });
  // No synthetic model names the pages of its limits and dates: all are listed as predating the
  // rule, as data/'s older models are (data/unsourced-models.txt), so validation passes.
  files.set('unsourced-models.txt', `${models.map((m) => `${m.creator}/${m.id}`).join('\n')}\n`);

  const providers = Array.from({ length: providerCount }, (_, i) => ({
    id: `synth-cloud-${i + 1}`,
    n: i + 1,
    offers: [] as object[],
  }));
  // The units beside token prices draw from a generator of their own too (units.ts).
  const billing = seeded(seed + 104_729);
  for (const { id, model } of models) {
    // Skewed as in data/ (most models at one to a few providers, a few at twenty), mean `perModel`.
    const count = Math.min(
      providerCount,
      1 + Math.floor(-Math.log(1 - random.next()) * (perModel - 1)),
    );
    for (const provider of random.sample(providers, count)) {
      provider.offers.push(syntheticOffer(random, id, model, provider.n, billing));
    }
  }
  for (const { id, n, offers } of providers) {
    files.set(
      `providers/${id}.yaml`,
      file('provider', {
        name: `Synth Cloud ${n}`,
        url: `https://cloud-${n}.example.com`,
        pricing_url: `https://cloud-${n}.example.com/pricing`,
        kind: random.pick(KINDS),
        summary: 'A synthetic API provider, generated for the benchmark.',
        offers,
      }),
    );
  }
  return files;
}

/** Writes the catalog into `dir` (a temporary folder, never data/); returns how many files. */
export async function writeSyntheticCatalog(dir: string, options: SyntheticOptions) {
  const files = syntheticCatalog(options);
  for (const [relative, text] of files) {
    const full = path.join(dir, relative);
    await mkdir(path.dirname(full), { recursive: true });
    await writeFile(full, text);
  }
  return files.size;
}
