/**
 * Synthetic benchmarks and scores in the shape of data/ (measured on 2026-12-07: 54 benchmarks,
 * 2,342 scores on 212 of 366 models, so 58% of models scored, 11 scores each on average but from
 * 1 to 51; 8 distinct benchmarks per scored model, a quarter of them under two settings; GPQA
 * Diamond on 64% of the scored models and most others on 5 to 38%). A model's scores follow one
 * strength of its own, as real ones do, and are written as sources publish them: mostly one
 * decimal, some whole, a few with two.
 */
import type { Benchmark } from '../schemas/benchmark.ts';
import type { Score } from '../schemas/score.ts';
import type { Random } from './random.ts';
import { day } from './dates.ts';

export interface SyntheticBenchmark {
  id: string;
  record: Benchmark;
  /** The share of scored models that have a score on it, as its real counterpart has. */
  reach: number;
}

/** Per category, the reach of each of its benchmarks (data/'s, most scored first). */
const REACH: [Benchmark['category'], number[]][] = [
  ['knowledge', [0.64, 0.34, 0.27, 0.19, 0.17, 0.13, 0.08]],
  ['coding', [0.38, 0.36, 0.19, 0.17, 0.16, 0.15, 0.07]],
  ['math', [0.32, 0.26, 0.25, 0.18, 0.16, 0.14, 0.11, 0.11]],
  ['agentic', [0.17, 0.16, 0.1, 0.08, 0.08, 0.07]],
  ['factuality', [0.37, 0.15]],
  ['instruction-following', [0.25, 0.08]],
  ['multimodal', [0.15, 0.11, 0.06]],
  ['reasoning', [0.09, 0.08]],
];

/** The evaluator that measures some of the scores; the rest are the makers' own. */
export const SYNTHETIC_EVALUATOR = {
  id: 'synth-evals',
  record: {
    name: 'Synth Evals',
    url: 'https://evals.example.com',
    licence: 'CC-BY-4.0',
    licence_url: 'https://evals.example.com/licence',
    credit: 'Synth Evals, synthetic runs generated for the benchmark.',
  },
};

/**
 * The benchmarks: 37 of them over the eight categories, percentages but for one hallucination
 * rate (lower is better) and one Elo rating, as data/ has.
 */
export function syntheticBenchmarks(): SyntheticBenchmark[] {
  return REACH.flatMap(([category, reaches]) =>
    reaches.map((reach, i) => {
      const id = `synth-${category}-${i + 1}`;
      const scale: Benchmark['scale'] =
        category === 'factuality' && i === 0
          ? { unit: 'rate', min: 0, max: 100, higher_is_better: false }
          : category === 'coding' && i === 6
            ? { unit: 'elo', min: 0, max: 4000, higher_is_better: true }
            : { unit: 'percent', min: 0, max: 100, higher_is_better: true };
      return {
        id,
        reach,
        record: {
          name: `Synth ${category.charAt(0).toUpperCase()}${category.slice(1)} Bench ${i + 1}`,
          measures: `A synthetic ${category} benchmark, generated for the benchmark of the site.`,
          category,
          scale,
          url: `https://bench.example.com/${id}`,
        },
      };
    }),
  );
}

/** A score as sources write it: one decimal mostly, whole now and then, two decimals rarely. */
function written(random: Random, value: number): number {
  const r = random.next();
  const digits = r < 0.78 ? 1 : r < 0.97 ? 0 : 2;
  return Number(value.toFixed(digits));
}

/** Where on its scale a model of this strength lands, 0 to 1, a benchmark's difficulty applied. */
function share(random: Random, strength: number, hardness: number): number {
  const v = (0.15 + 0.8 * strength) * (1 - hardness) + (random.next() - 0.5) * 0.16;
  return Math.min(0.99, Math.max(0.01, v));
}

function scoreOn(random: Random, b: SyntheticBenchmark, fraction: number): number {
  const { min, max, higher_is_better: higher, unit } = b.record.scale;
  // A hallucination rate runs from about 1% to 30%; a rating is a whole number.
  if (!higher) return written(random, 1 + (1 - fraction) * 29);
  if (unit === 'elo') return Math.round(min + 800 + fraction * 2400);
  return written(random, min + fraction * (max - min));
}

const SECOND_SETTINGS = [
  [{ reasoning: 'high' as const }, { reasoning: 'low' as const }],
  [{ tools: true }, { tools: false }],
  [{ reasoning: 'thinking' as const }, { reasoning: 'non-thinking' as const }],
];

/**
 * Model n's scores, or none (42% of models). `strength` (0 to 1) moves all of a model's scores
 * together; how many benchmarks it has follows data/'s long tail (most a few, some dozens).
 */
export function syntheticScores(
  random: Random,
  n: number,
  strength: number,
  benchmarks: readonly SyntheticBenchmark[],
): Score[] {
  if (!random.chance(0.58)) return [];
  // Mean 1 with a long tail: a model that many benchmarks report on is reported on widely.
  const breadth = Math.min(4, -Math.log(1 - random.next()) * 1.3 + 0.05);
  const scores: Score[] = [];
  // Read before the bench's build day (2026-11-24), as every date of the catalog is.
  const read = day(1420);
  const scoreOnto = (b: SyntheticBenchmark, i: number) => {
    const hardness = ((i * 37) % 10) / 20;
    const fraction = share(random, strength, hardness);
    const byEvaluator = random.chance(0.25);
    const base: Omit<Score, 'score'> = {
      benchmark: b.id,
      measured_by: byEvaluator ? SYNTHETIC_EVALUATOR.id : 'maker',
      read,
      source: byEvaluator
        ? `https://evals.example.com/runs/${b.id}`
        : `https://docs.example.com/synth/${n}/evals`,
    };
    if (random.chance(0.35)) {
      // Two settings, two facts: the better setting scores higher, and neither is merged. Copies,
      // so the YAML writer does not join the two with an anchor, which no data file has.
      const [better, worse] = random.pick(SECOND_SETTINGS);
      scores.push({ ...base, score: scoreOn(random, b, fraction), settings: { ...better } });
      const lower = Math.max(0.01, fraction - 0.05 - random.next() * 0.15);
      scores.push({ ...base, score: scoreOn(random, b, lower), settings: { ...worse } });
    } else scores.push({ ...base, score: scoreOn(random, b, fraction) });
  };
  benchmarks.forEach((b, i) => {
    if (random.chance(Math.min(1, b.reach * breadth))) scoreOnto(b, i);
  });
  // A scored model has at least one score: the most reported benchmark's, as in data/.
  const first = benchmarks[0];
  if (scores.length === 0 && first) scoreOnto(first, 0);
  return scores;
}
