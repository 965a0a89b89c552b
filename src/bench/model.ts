/** One synthetic model record, in the shape of data/models/<creator>/<id>.yaml. */
import type { Model } from '../schemas/model.ts';
import { TIERS } from '../schemas/model.ts';
import type { Random } from './random.ts';
import { day, monthOf } from './dates.ts';
import { syntheticScores, type SyntheticBenchmark } from './scores.ts';

const CONTEXTS = [8192, 32768, 128000, 131072, 200000, 262144, 1000000] as const;
const EXTRA_INPUTS = ['image', 'audio', 'video', 'pdf'] as const;
const API_TYPES = ['chat-completions', 'responses', 'messages', 'batch'] as const;
const LICENSES = ['Apache-2.0', 'MIT', 'Synth Community Licence'] as const;
const WORDS = ['coding', 'agents', 'long documents', 'vision', 'chat', 'extraction', 'math'];

function editorial(random: Random, name: string) {
  const focus = random.sample(WORDS, 3);
  return {
    summary: `${name} is a synthetic model for ${focus.join(', ')}, generated for the benchmark.`,
    description: `${name} does not exist: the benchmark generated it to give the site a realistic amount of text. It is described as good at ${focus[0]} and ${focus[1]}, with a context window and prices drawn at random.\n\nA second paragraph, as real descriptions have, mentions ${focus[2]} and how it compares with its synthetic siblings, so that search has words to index.`,
    strengths: focus.map((w) => `Synthetic strength at ${w}`),
    limitations: ['Synthetic: no real benchmark results', 'Prices drawn at random'],
    key_features: [`Made-up feature for ${focus[0]}`, 'Generated context window'],
    use_cases: focus.map((w) => `Benchmarking pages about ${w}`),
  };
}

const SYLLABLES = [
  'ka',
  'lo',
  'ri',
  'ven',
  'ta',
  'mor',
  'zi',
  'pel',
  'dra',
  'nu',
  'sol',
  'vex',
  'qui',
  'bra',
  'tor',
  'lys',
];
const FAMILIES_PER_MAKER = 8;
const SIZES = ['Mini', 'Pro', '8B', '70B', 'Lite', 'Max', 'Flash', '32B'];

/**
 * An invented family name for family `f`, two syllables ("Kalo", "Venri"), distinct for the first
 * 256 families. Real catalogs name models by family, version and size, and a search for one model
 * shares its words with its family rather than with every model in the catalog.
 */
export function familyName(f: number): string {
  const word = `${SYLLABLES[f % 16] ?? ''}${SYLLABLES[Math.floor(f / 16) % 16] ?? ''}`;
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/**
 * Model n's name: made by maker (n - 1) % makers, in one of that maker's families, with a version
 * that rises through the family ("Venri 2.3 70B"); names are distinct for any n.
 */
export function syntheticName(n: number, makers: number): string {
  const maker = (n - 1) % makers;
  const round = Math.floor((n - 1) / makers);
  const family = maker * FAMILIES_PER_MAKER + (round % FAMILIES_PER_MAKER);
  const k = Math.floor(round / FAMILIES_PER_MAKER);
  return `${familyName(family)} ${1 + Math.floor(k / 10)}.${k % 10} ${SIZES[n % SIZES.length] ?? ''}`;
}

/** Where a model stands among its peers, 0 to 1: by tier, newer models ahead, and its own luck. */
const TIER_STRENGTH = { flagship: 0.7, balanced: 0.5, specialized: 0.4, lightweight: 0.3 } as const;

/**
 * What scoring a model takes: its own generator, so adding scores left every other draw of the
 * catalog (models, offers, prices) as it was, and the benchmarks to score on.
 */
export interface Scoring {
  random: Random;
  benchmarks: readonly SyntheticBenchmark[];
}

export function syntheticModel(
  random: Random,
  n: number,
  ids: readonly string[],
  makers: number,
  scoring?: Scoring,
): Model {
  const name = syntheticName(n, makers);
  const released = day(random.int(0, 1400));
  const context = random.pick(CONTEXTS);
  const open = random.chance(0.35);
  const status = random.pick([
    'active',
    'active',
    'active',
    'active',
    'active',
    'active',
    'preview',
    'deprecated',
    'retired',
  ] as const);
  const tier = random.pick(TIERS);
  const model: Model = {
    name,
    family: name.split(' ')[0]?.toLowerCase() ?? 'synth',
    tier,
    released,
    ...(random.chance(0.7) ? { knowledge_cutoff: monthOf(released, random.int(1, 12)) } : {}),
    context_window: context,
    ...(random.chance(0.8)
      ? { max_output: Math.min(context, random.pick([4096, 8192, 32768, 65536])) }
      : {}),
    modalities: {
      input: ['text', ...random.sample(EXTRA_INPUTS, random.int(0, 3))],
      output: random.chance(0.05) ? ['text', 'image'] : ['text'],
    },
    capabilities: {
      tool_calling: random.chance(0.8),
      streaming: true,
      ...(random.chance(0.6) ? { structured_output: random.chance(0.7) } : {}),
      ...(random.chance(0.6) ? { parallel_tool_calls: random.chance(0.6) } : {}),
      ...(random.chance(0.7) ? { reasoning: random.chance(0.4) } : {}),
      ...(random.chance(0.3) ? { batch: true } : {}),
      ...(random.chance(0.2) ? { fine_tuning: random.chance(0.5) } : {}),
    },
    ...(random.chance(0.6) ? { api_types: random.sample(API_TYPES, random.int(1, 3)) } : {}),
    open_weights: open,
    ...(open ? { license: random.pick(LICENSES) } : {}),
    links: { docs: `https://docs.example.com/synth/${n}` },
    status,
    ...(status === 'deprecated' ? { deprecated: day(1400 + random.int(1, 200)) } : {}),
    ...(status === 'retired' ? { retired: day(1400 + random.int(1, 200)) } : {}),
    ...(status !== 'active' && status !== 'preview' && n > 1
      ? { replaced_by: `synth-${random.int(1, n - 1)}` }
      : {}),
    ...(random.chance(0.2) ? { aliases: [`synth-${n}-${released}`] } : {}),
    ...(random.chance(0.3) ? editorial(random, name) : {}),
  };
  if (ids.length > 4 && random.chance(0.3)) {
    const others = random.sample(ids, 5).filter((id) => id !== `synth-${n}`);
    model.competitors = others.slice(0, random.int(2, 4));
  }
  if (scoring) {
    const age = Number(released.slice(0, 4)) - 2023;
    const strength = Math.min(
      1,
      TIER_STRENGTH[tier] + age * 0.06 + (scoring.random.next() - 0.5) * 0.3,
    );
    const scores = syntheticScores(scoring.random, n, Math.max(0, strength), scoring.benchmarks);
    if (scores.length > 0) model.scores = scores;
  }
  return model;
}
