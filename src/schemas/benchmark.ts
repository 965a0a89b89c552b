/**
 * `data/benchmarks/<id>.yaml`: one benchmark of the controlled list that scores refer to, and
 * `data/evaluators/<id>.yaml`: one independent evaluator whose published scores we take, with the
 * licence that allows it. The file name is the id.
 */
import { z } from 'astro/zod';
import { expected, HttpsUrl, oneLine, oneOf, prose } from './fields.ts';
import { BENCHMARK_CATEGORIES, SCORE_UNITS } from './vocabulary.ts';

export { BENCHMARK_CATEGORIES, SCORE_UNITS };

export const Scale = z
  .strictObject({
    unit: oneOf(SCORE_UNITS).describe(
      'percent (0 to 100, a share of tasks solved), rate (0 to 100, such as a hallucination rate), elo (a rating) or points (a benchmark’s own score).',
    ),
    min: z.number(expected('a number')).describe('The lowest score the benchmark can give.'),
    max: z.number(expected('a number')).describe('The highest score the benchmark can give.'),
    higher_is_better: z
      .boolean(expected('true or false'))
      .describe('false for a measure where less is better, such as a hallucination rate.'),
  })
  .refine((s) => s.min < s.max, {
    error: (issue) => {
      const s = issue.input as { min: number; max: number };
      return `expected min below max, got ${s.min} and ${s.max}`;
    },
  })
  .describe('What a score on this benchmark can be, and which way is better.');

export const Benchmark = z
  .strictObject({
    name: oneLine(80).describe(
      'The name as its authors write it, version included: "GPQA Diamond".',
    ),
    measures: prose(500).describe('What it measures, in our own words: one or two sentences.'),
    category: oneOf(BENCHMARK_CATEGORIES).describe(
      'The skill it stands for, which search and the finder use to pick a benchmark for a request ("best coding model").',
    ),
    scale: Scale,
    url: HttpsUrl.describe('The benchmark’s own page, paper or repository.'),
  })
  .describe('A benchmark of the controlled list. The file name is its id.');

export const Evaluator = z
  .strictObject({
    name: oneLine(80).describe('The evaluator’s name as it writes it: "Epoch AI".'),
    url: HttpsUrl.describe('Where it publishes the scores.'),
    licence: oneLine(80).describe(
      'The licence of the published scores, as an SPDX id where there is one: CC-BY-4.0, Apache-2.0, MIT.',
    ),
    licence_url: HttpsUrl.describe('The licence as the evaluator states it for its data.'),
    credit: oneLine(300).describe(
      'The credit the licence asks for, shown wherever its scores are.',
    ),
  })
  .describe(
    'An independent evaluator whose scores we take. Only evaluators whose data licence allows reuse.',
  );

export type Benchmark = z.infer<typeof Benchmark>;
export type Evaluator = z.infer<typeof Evaluator>;
export type Scale = z.infer<typeof Scale>;
