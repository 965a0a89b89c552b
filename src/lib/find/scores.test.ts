import { describe, expect, it } from 'vitest';
import {
  benchmark,
  catalog,
  model,
  offer,
  provider,
  score,
} from '../../../test/helpers/catalog.ts';
import { TYPICAL_WORKLOAD } from '../pricing/workload.ts';
import { findData } from './data.ts';
import { pack } from './pack.ts';
import { unpack } from './read.ts';
import { ANY, queryFromParams, queryToParams, type FindQuery } from './query.ts';
import { rank } from './rank.ts';
import { scoreChartSvg } from './score-view.ts';
import { scoreColumn, withoutScores } from './scores.ts';
import { answerSummary, resultRows, tableHtml } from './view.ts';

const code = benchmark('code-bench');
const halluc = benchmark('halluc', {
  name: 'Halluc Rate',
  category: 'factuality',
  scale: { unit: 'rate', min: 0, max: 100, higher_is_better: false },
});
const gpqa = benchmark('gpqa-diamond', { name: 'GPQA Diamond', category: 'knowledge' });

// Six models at one provider. A workload of 100,000 input tokens ten times a day and nothing out
// costs a month 30 × the input price: Gamma $15, Alpha $30, Beta and Eps $60, Zeta $120, Delta $300.
const models = [
  model('alpha', {
    name: 'Alpha',
    // Two settings, two facts: the headline is the better one (74), never their mean (67.5).
    scores: [
      score('code-bench', 61, { settings: { reasoning: 'low' } }),
      score('code-bench', 74, { settings: { reasoning: 'high' } }),
      score('halluc', 5),
    ],
  }),
  model('beta', { name: 'Beta', scores: [score('code-bench', 70), score('halluc', 3)] }),
  model('delta', {
    name: 'Delta',
    scores: [score('code-bench', 90), score('gpqa-diamond', 88)],
  }),
  model('eps', { name: 'Eps', scores: [score('code-bench', 70)] }),
  // Nobody has scored Gamma on anything.
  model('gamma', { name: 'Gamma' }),
  model('zeta', { name: 'Zeta', scores: [score('code-bench', 72)] }),
];
const prices: [string, number][] = [
  ['alpha', 1],
  ['beta', 2],
  ['delta', 10],
  ['eps', 2],
  ['gamma', 0.5],
  ['zeta', 4],
];
const offers = [
  provider(
    'p',
    prices.map(([id, input]) => offer(id, input, 1)),
  ),
];
const data = pack(findData(catalog(models, offers, [code, halluc, gpqa]), '2026-07-10', 14));
const WORK = {
  ...TYPICAL_WORKLOAD,
  inputTokens: 100_000,
  outputTokens: 0,
  requestsPerDay: 10,
};
const query = (
  needs: Partial<FindQuery['needs']>,
  sort: FindQuery['sort'] = 'cost',
): FindQuery => ({
  work: WORK,
  needs: { ...ANY, ...needs },
  sort,
});
const ask = (needs: Partial<FindQuery['needs']>, sort: FindQuery['sort'] = 'cost') =>
  rank(data, query(needs, sort));
const ids = (answer: ReturnType<typeof rank>) => answer.results.map((r) => r.model.id);

describe('a score required on a benchmark', () => {
  it('is never met by a model nobody has scored on it, which is counted apart', () => {
    const answer = ask({ benchmark: 'code-bench', minScore: 72 });
    expect(ids(answer)).toEqual(['alpha', 'zeta', 'delta']);
    expect(answer.noScore).toBe(1);
    expect(answer.belowScore).toBe(2);
    expect(answerSummary(answer, query({ benchmark: 'code-bench', minScore: 72 }))).toContain(
      '3 models meet the requirements for this workload; 1 model left out for having no CODE-BENCH score; 2 below 72% on it.',
    );
  });

  it('takes the best score reported under any settings, and never averages two settings', () => {
    // Alpha scored 61 at low effort and 74 at high: it reaches 70 and 74, not 75.
    expect(ids(ask({ benchmark: 'code-bench', minScore: 70 }))).toContain('alpha');
    expect(ids(ask({ benchmark: 'code-bench', minScore: 74 }))).toContain('alpha');
    expect(ids(ask({ benchmark: 'code-bench', minScore: 75 }))).not.toContain('alpha');
    const alpha = ask({ benchmark: 'code-bench' }).results.find((r) => r.model.id === 'alpha');
    expect(alpha?.score).toBe(74);
  });

  it('reads "at most" on a benchmark where lower is better', () => {
    const answer = ask({ benchmark: 'halluc', minScore: 4 });
    expect(ids(answer)).toEqual(['beta']);
    expect(answer.belowScore).toBe(1);
    expect(answer.noScore).toBe(4);
    expect(answerSummary(answer, query({ benchmark: 'halluc', minScore: 4 }))).toContain(
      '4 models left out for having no Halluc Rate score; 1 above 4% on it',
    );
    // At most 5: Alpha's 5 is on the line and meets it.
    expect(ids(ask({ benchmark: 'halluc', minScore: 5 }))).toEqual(['alpha', 'beta']);
  });

  it('asks nothing of a benchmark the data does not have, and travels in the URL', () => {
    expect(ask({ benchmark: 'nope', minScore: 50 }).count).toBe(6);
    const q = query({ benchmark: 'code-bench', minScore: 72.5 }, 'value');
    const params = queryToParams(q);
    expect(params.toString()).toContain('bench=code-bench&atleast=72.5&sort=value');
    expect(queryFromParams(params)).toEqual(q);
    // A score without its benchmark means nothing.
    expect(queryFromParams(new URLSearchParams('atleast=70')).needs.minScore).toBeUndefined();
  });
});

describe('ranking by score', () => {
  it('puts the highest score first, equal scores cheaper first, and the unscored last by cost', () => {
    const answer = ask({ benchmark: 'code-bench' }, 'score');
    expect(ids(answer)).toEqual(['delta', 'alpha', 'zeta', 'beta', 'eps', 'gamma']);
    expect(answer.unscored).toBe(1);
    // Lower is better: the lowest rate first, then the unscored, cheapest first.
    expect(ids(ask({ benchmark: 'halluc' }, 'score'))).toEqual([
      'beta',
      'alpha',
      'gamma',
      'eps',
      'zeta',
      'delta',
    ]);
  });

  it('ranks by score per dollar: the score over the month, or (max − score) where lower is better', () => {
    const answer = ask({ benchmark: 'code-bench' }, 'value');
    // 74/30, 70/60, 70/60, 72/120, 90/300, then Gamma without a score.
    expect(ids(answer)).toEqual(['alpha', 'beta', 'eps', 'zeta', 'delta', 'gamma']);
    expect(answer.results[0]?.value).toBeCloseTo(74 / 30, 12);
    const rates = ask({ benchmark: 'halluc' }, 'value');
    // (100 − 5)/30 = 3.17 before (100 − 3)/60 = 1.62.
    expect(ids(rates).slice(0, 2)).toEqual(['alpha', 'beta']);
    expect(rates.results[1]?.value).toBeCloseTo(97 / 60, 12);
    expect(answerSummary(rates, query({ benchmark: 'halluc' }, 'value'))).toContain(
      'on Halluc Rate lower is better, so what counts is 100% minus each model',
    );
  });

  it('falls back on GPQA Diamond when the sort needs a benchmark and none is chosen, and says so', () => {
    const answer = ask({}, 'score');
    expect(answer.benchmark?.id).toBe('gpqa-diamond');
    expect(answer.defaulted).toBe(true);
    expect(ids(answer)[0]).toBe('delta');
    expect(answerSummary(answer, query({}, 'score'))).toContain(
      "No benchmark chosen, so the scores are GPQA Diamond's, the default.",
    );
    // Without GPQA Diamond in the data: the benchmark most models are scored on.
    const other = pack(findData(catalog(models, offers, [code, halluc]), '2026-07-10', 14));
    expect(rank(other, query({}, 'value')).benchmark?.id).toBe('code-bench');
    // A cost ranking needs none.
    expect(ask({}).benchmark).toBeUndefined();
  });
});

describe('the frontier', () => {
  const answer = ask({ benchmark: 'code-bench' }, 'score');

  it('flags the models no other beats on both cost and score', () => {
    // Alpha is the cheapest scored, Delta the best; Beta, Eps and Zeta cost more than Alpha for less.
    expect(answer.results.filter((r) => r.onFrontier).map((r) => r.model.id)).toEqual([
      'delta',
      'alpha',
    ]);
    expect(answer.frontier).toBe(2);
  });

  it('says so in words in the table, and draws those marks as squares on the chart', () => {
    const html = tableHtml(resultRows(answer, 10, 'score'), 'c', (id) => `/models/${id}/`, 'X');
    const rows = html.split('<tr>').slice(2);
    expect(rows.map((r) => r.includes('on the frontier'))).toEqual([
      true,
      true,
      false,
      false,
      false,
      false,
    ]);
    expect(rows[5]).toContain('<td class="num">—</td>');
    const svg = scoreChartSvg(answer);
    expect(
      [...svg.matchAll(/<g class="mark on-frontier"><title>([^<]+)</g)].map((m) => m[1]),
    ).toEqual([
      '1. Delta: 90% at $300.00, on the frontier',
      '2. Alpha: 74% at $30.00, on the frontier',
    ]);
  });
});

describe('the packed scores', () => {
  it('travel apart from the rest and come back exactly', () => {
    const json = JSON.parse(JSON.stringify(data)) as typeof data;
    expect(unpack(json).benchmarks.find((b) => b.id === 'code-bench')?.scores).toEqual([
      [0, 74],
      [1, 70],
      [2, 90],
      [3, 70],
      [5, 72],
    ]);
    const first = withoutScores(json);
    expect('scores' in first).toBe(false);
    expect(first.benchmarks).toEqual(json.benchmarks);
    // Ranked by a benchmark before the scores arrived: an error, not every model left out.
    expect(() => scoreColumn({ ...first }, 0)).toThrow(/not loaded/);
  });
});
