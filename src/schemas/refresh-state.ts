/** `data/refresh-state.yaml`: what the refresher last read from each source. Written by the refresher. */
import { z } from 'astro/zod';
import { expected, SourceId, Timestamp } from './fields.ts';

const SourceState = z.strictObject({
  last_success: Timestamp.describe('When this source was last read successfully.'),
  models: z
    .int(expected('a whole number'))
    .nonnegative(expected('a count of 0 or more'))
    .describe('How many models it returned then.'),
  offers_matched: z
    .int(expected('a whole number'))
    .nonnegative(expected('a count of 0 or more'))
    .optional()
    .describe('How many of our offers it had prices for.'),
});

export const RefreshState = z
  .strictObject({
    last_run: Timestamp.optional().describe(
      'When the refresher last finished a run; absent until it first runs.',
    ),
    sources: z
      .partialRecord(SourceId, SourceState)
      .describe('Per source, its last successful read.'),
  })
  .describe('When each price source was last read. Written by the refresher; not edited by hand.');

export type RefreshState = z.infer<typeof RefreshState>;
