/**
 * A benchmark score on a model, as a fact like a price: the benchmark, the number, the settings
 * that change it, who measured it, and where and when it was read. Scores under different
 * settings are different facts and are never merged into one number.
 */
import { z } from 'astro/zod';
import { DateOrMonth, expected, HttpsUrl, Id, IsoDate, oneLine, oneOf } from './fields.ts';
import { REASONING_SETTINGS } from './vocabulary.ts';

const count = (what: string, min: number, max: number) =>
  z
    .number(expected(`a whole number (${what})`))
    .int(expected(`a whole number (${what})`))
    .min(min, expected(`at least ${min}`))
    .max(max, expected(`at most ${max}`));

export const ScoreSettings = z
  .strictObject({
    reasoning: oneOf(REASONING_SETTINGS)
      .optional()
      .describe('The reasoning effort or mode the score was run with, in the maker’s words.'),
    tools: z
      .boolean(expected('true or false'))
      .optional()
      .describe('true when the model could use tools (search, code, a terminal); false when not.'),
    pass_at: count('k of pass@k', 1, 1000)
      .optional()
      .describe('pass@k: solved when one of k tries passes.'),
    samples: count('samples averaged', 1, 1000)
      .optional()
      .describe('The score is the average over this many runs (avg@k).'),
    shots: count('examples in the prompt', 0, 100)
      .optional()
      .describe('Worked examples given in the prompt (0 for zero-shot).'),
    other: oneLine(200)
      .optional()
      .describe(
        'Anything else the source states that changes the number: a version, a harness, a subset.',
      ),
  })
  .describe('The settings the source states. Leave out what it does not say.');

export const Score = z
  .strictObject({
    benchmark: Id.describe('The benchmark: a file name in data/benchmarks/.'),
    score: z
      .number(expected('a number'))
      .describe('The score as published, on the benchmark’s scale.'),
    settings: ScoreSettings.optional(),
    measured_by: Id.describe(
      'Who ran it: `maker` when the model’s maker published it, an evaluator in data/evaluators/, or another maker’s creator id (a comparison table in its launch post).',
    ),
    published: DateOrMonth.optional().describe(
      'The date the source gives for the score, when it gives one: YYYY-MM-DD or YYYY-MM.',
    ),
    read: IsoDate.describe('The day we read the score at its source.'),
    source: HttpsUrl.describe(
      'Where it was read: the maker’s or evaluator’s own page, or a fixed commit of their repository.',
    ),
    secondary: z
      .literal(true, expected('true, or leave it out'))
      .optional()
      .describe(
        'true when the page read is not the measurer’s own (an article or a copy quoting it); `cites` then names the original.',
      ),
    cites: HttpsUrl.optional().describe('The original page a secondary source quotes.'),
    note: oneLine(300).optional().describe('Anything a reader needs to read the number right.'),
  })
  .describe('One benchmark score, dated and sourced like a price.');

export type Score = z.infer<typeof Score>;
export type ScoreSettings = z.infer<typeof ScoreSettings>;
