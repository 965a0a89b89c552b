/**
 * Four common jobs, answered at build time so the finder says something useful before anyone
 * types, and without JavaScript: three ranked by cost, and one by value (benchmark score per
 * dollar).
 */
import { TYPICAL_WORKLOAD } from '../pricing/workload.ts';
import { ANY, type FindQuery } from './query.ts';

export interface Preset {
  id: string;
  title: string;
  about: string;
  query: FindQuery;
}

export const PRESETS: Preset[] = [
  {
    id: 'chat-assistant',
    title: 'A chat assistant with tools',
    about:
      '2,000 input tokens a turn, half of them a repeated system prompt read from the cache, 500 out, 10,000 turns a day, calling tools.',
    query: {
      work: {
        ...TYPICAL_WORKLOAD,
        inputTokens: 2_000,
        outputTokens: 500,
        cachedShare: 0.5,
        requestsPerDay: 10_000,
      },
      needs: { ...ANY, tools: true, activeOnly: true },
      sort: 'cost',
    },
  },
  {
    id: 'batch-extraction',
    title: 'A batch extraction job',
    about:
      '3,000 input tokens and 300 out per document, 100,000 documents a day, all through the batch API where there is one, as structured output.',
    query: {
      work: {
        ...TYPICAL_WORKLOAD,
        inputTokens: 3_000,
        outputTokens: 300,
        requestsPerDay: 100_000,
        batchShare: 1,
      },
      needs: { ...ANY, json: true, activeOnly: true },
      sort: 'cost',
    },
  },
  {
    id: 'long-documents',
    title: 'Questions over long documents',
    about:
      '150,000 input tokens of document and 2,000 out per question, 500 questions a day, with a context window of at least 200K.',
    query: {
      work: {
        ...TYPICAL_WORKLOAD,
        inputTokens: 150_000,
        outputTokens: 2_000,
        requestsPerDay: 500,
      },
      needs: { ...ANY, minContext: 200_000, activeOnly: true },
      sort: 'cost',
    },
  },
  {
    id: 'coding-value',
    title: 'Best coding score per dollar, with tools',
    about:
      'A coding agent: 30,000 input tokens a step, 80% of them repository context read from the cache, 1,500 out, 2,000 steps a day, calling tools; at least 70% on SWE-bench Verified, ranked by score per dollar.',
    query: {
      work: {
        ...TYPICAL_WORKLOAD,
        inputTokens: 30_000,
        outputTokens: 1_500,
        cachedShare: 0.8,
        requestsPerDay: 2_000,
      },
      needs: {
        ...ANY,
        tools: true,
        activeOnly: true,
        benchmark: 'swe-bench-verified',
        minScore: 70,
      },
      sort: 'value',
    },
  },
];

/** What a ready-made answer's table shows, by the order it is ranked in. */
export const PRESET_CAPTIONS: Partial<Record<FindQuery['sort'], string>> = {
  cost: 'the ten cheapest',
  value: 'the ten best by score per dollar',
};
