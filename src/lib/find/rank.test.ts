import { describe, expect, it } from 'vitest';
import { catalog, model, offer, provider } from '../../../test/helpers/catalog.ts';
import { TYPICAL_WORKLOAD } from '../pricing/workload.ts';
import { findData } from './data.ts';
import { pack } from './pack.ts';
import { ANY, queryFromParams, queryToParams, type FindQuery } from './query.ts';
import { rank } from './rank.ts';

const TODAY = '2026-07-10';
// Four models at three providers: cached, batch and long-context prices, a capability nobody has
// published, a free tier, and two models that cost the same.
const built = catalog(
  [
    model('alpha', {
      name: 'Alpha',
      creator: 'acme',
      capabilities: { tool_calling: true },
      modalities: { input: ['text', 'image'], output: ['text'] },
      context_window: 200_000,
      released: '2026-05-01',
    }),
    model('beta', {
      name: 'Beta',
      creator: 'globex',
      capabilities: { tool_calling: true },
      context_window: 128_000,
      released: '2026-06-01',
    }),
    // Nobody has said whether Gamma calls tools.
    model('gamma', { name: 'Gamma', creator: 'initech', context_window: 1_000_000 }),
    model('delta', {
      name: 'Delta',
      creator: 'acme',
      capabilities: { tool_calling: true },
      context_window: 128_000,
      released: '2026-01-01',
    }),
  ],
  [
    provider('east', [
      offer('alpha', 1, 4, {
        price: { input: 1, output: 4, cached_input: 0.1, batch_input: 0.5, batch_output: 2 },
      }),
      offer('beta', 2, 2, { updated: '2026-01-01' }),
      offer('gamma', 0.1, 0.1),
      offer('delta', 0, 0),
    ]),
    provider('west', [
      offer('alpha', 3, 4, {
        price: {
          input: 3,
          output: 4,
          long_context: { threshold: 100_000, input: 6, output: 8 },
        },
      }),
      offer('beta', 1, 2.5),
    ]),
  ],
);
const data = pack(findData(built, TODAY, 14));
const ask = (fields: Partial<FindQuery['work']>, needs: Partial<FindQuery['needs']> = {}) =>
  rank(data, {
    work: { ...TYPICAL_WORKLOAD, ...fields },
    needs: { ...ANY, ...needs },
    sort: 'cost',
  });

describe('rank', () => {
  it('ranks every model by its cheapest offer for the workload, a month of it', () => {
    // 60K in, 40K out: Gamma at East $0.01 a request; Beta at West 0.06 + 0.10 = $0.16 (East:
    // $0.20); Alpha at East 0.06 + 0.16 = $0.22 (West: $0.34).
    const answer = ask({ inputTokens: 60_000, outputTokens: 40_000, requestsPerDay: 1 });
    expect(answer.results.map((r) => [r.model.id, r.best.provider.id])).toEqual([
      ['gamma', 'east'],
      ['beta', 'west'],
      ['alpha', 'east'],
    ]);
    expect(answer.results.map((r) => r.best.cost.perMonth)).toEqual([
      expect.closeTo(0.3, 9),
      expect.closeTo(4.8, 9),
      expect.closeTo(6.6, 9),
    ]);
  });

  it('leaves out an offer whose window the prompt and its answer do not fit', () => {
    const answer = ask({ inputTokens: 150_000, outputTokens: 10_000 });
    expect(answer.results.map((r) => r.model.id)).toEqual(['gamma', 'alpha']);
  });

  it('splits the cost into fresh input, cached input, output and batch', () => {
    const answer = ask(
      {
        ...TYPICAL_WORKLOAD,
        inputTokens: 100_000,
        outputTokens: 10_000,
        cachedShare: 0.5,
        batchShare: 0.5,
        requestsPerDay: 1,
      },
      { tools: true, input: ['image'] },
    );
    const [alpha] = answer.results;
    expect(alpha?.model.id).toBe('alpha');
    // Half the requests live: 50K fresh × $1 + 50K cached × $0.10 + 10K out × $4, halved;
    // half through batch: 50K × $0.50 + 50K × $0.10 + 10K × $2, halved.
    expect(alpha?.best.cost.parts.input).toBeCloseTo(0.025, 12);
    expect(alpha?.best.cost.parts.cached).toBeCloseTo(0.0025, 12);
    expect(alpha?.best.cost.parts.output).toBeCloseTo(0.02, 12);
    expect(alpha?.best.cost.parts.batch).toBeCloseTo(0.025, 12);
    expect(alpha?.best.cost.perMonth).toBeCloseTo(30 * 0.0725, 9);
  });

  it('uses long-context prices past the threshold, which can change the cheapest provider', () => {
    const short = ask({ inputTokens: 50_000, outputTokens: 0 }, { input: ['image'] });
    const long = ask({ inputTokens: 150_000, outputTokens: 0 }, { input: ['image'] });
    expect(short.results[0]?.others.map((o) => o.provider.id)).toEqual(['west']);
    expect(long.results[0]?.others[0]?.cost.longContext).toBe(true);
  });

  it('leaves out a model whose required capability is unpublished, and counts it', () => {
    const answer = ask({}, { tools: true });
    expect(answer.results.map((r) => r.model.id)).not.toContain('gamma');
    expect(answer.unknownCount).toBe(1);
    // Without the requirement it is ranked, flagged as unknown.
    expect(ask({}).results.find((r) => r.model.id === 'gamma')?.unknown).toEqual([
      'tool calling',
      'structured output',
      'reasoning',
    ]);
  });

  it('lists a model sold only on a free, rate-limited tier apart, never as the cheapest', () => {
    const answer = ask({});
    expect(answer.results.map((r) => r.model.id)).not.toContain('delta');
    expect(answer.freeOnly.map((f) => [f.model.id, f.providers])).toEqual([['delta', ['East']]]);
  });

  it('needs the context at the provider, the makers and the budget asked for', () => {
    expect(ask({}, { minContext: 150_000 }).results.map((r) => r.model.id)).toEqual([
      'gamma',
      'alpha',
    ]);
    expect(ask({}, { makers: ['globex'] }).results.map((r) => r.model.id)).toEqual(['beta']);
    expect(ask({}, { notMakers: ['acme', 'initech'] }).results.map((r) => r.model.id)).toEqual([
      'beta',
    ]);
    // Gamma costs $0.0075 a month at one request a day, Beta $0.0975, Alpha $0.12.
    const tight = ask({ requestsPerDay: 1 }, { budget: 0.05 });
    expect(tight.results.map((r) => r.model.id)).toEqual(['gamma']);
    expect(tight.overBudget).toBe(2);
  });

  it('breaks a tie in cost by name, and sorts by newest or context when asked', () => {
    const base = { work: { ...TYPICAL_WORKLOAD }, needs: { ...ANY, tools: true } };
    expect(rank(data, { ...base, sort: 'newest' }).results.map((r) => r.model.id)).toEqual([
      'beta',
      'alpha',
    ]);
    expect(rank(data, { ...base, sort: 'context' }).results.map((r) => r.model.id)).toEqual([
      'alpha',
      'beta',
    ]);
  });

  it('flags a price that has not been confirmed recently', () => {
    const beta = ask({}).results.find((r) => r.model.id === 'beta');
    const east = [beta?.best, ...(beta?.others ?? [])].find((p) => p?.provider.id === 'east');
    expect(east?.offer.stale).toBe(true);
  });
});

describe('the finder query in the URL', () => {
  it('round-trips a workload and requirements, leaving defaults out', () => {
    const query: FindQuery = {
      work: { ...TYPICAL_WORKLOAD, inputTokens: 40_000, cachedShare: 0.5, batchShare: 0.2 },
      needs: {
        ...ANY,
        input: ['image'],
        tools: true,
        minContext: 128_000,
        openWeights: true,
        budget: 200,
      },
      sort: 'context',
    };
    const params = queryToParams(query);
    expect(params.toString()).toBe(
      'in=40000&cached=50&batch=20&reads=image&tools=1&open=1&ctx=128000&budget=200&sort=context',
    );
    expect(queryFromParams(new URLSearchParams(params.toString()))).toEqual(query);
    expect(queryToParams({ work: TYPICAL_WORKLOAD, needs: ANY, sort: 'cost' }).toString()).toBe('');
  });

  it("takes a month's totals, split into prompts of the given length, and round-trips them", () => {
    const params = new URLSearchParams('in=2000&per=month&monthin=40000000&monthout=8000000');
    const query = queryFromParams(params);
    expect(query.month).toEqual({ input: 40_000_000, output: 8_000_000 });
    // 20,000 prompts a month of 2,000 tokens, each answered with 400.
    expect(query.work.inputTokens).toBe(2000);
    expect(query.work.outputTokens).toBe(400);
    expect(query.work.requestsPerDay * 30).toBeCloseTo(20_000, 9);
    // A month of it costs the totals at each price: Gamma 40 × 0.1 + 8 × 0.1; Beta at West
    // 40 × 1 + 8 × 2.5 (East: 40 × 2 + 8 × 2 = 96); Alpha at East 40 × 1 + 8 × 4.
    expect(
      rank(data, query).results.map((r) => [r.model.id, r.best.provider.id, r.best.cost.perMonth]),
    ).toEqual([
      ['gamma', 'east', expect.closeTo(4.8, 9)],
      ['beta', 'west', expect.closeTo(60, 9)],
      ['alpha', 'east', expect.closeTo(72, 9)],
    ]);
    expect(queryToParams(query).toString()).toBe(params.toString());
    expect(queryFromParams(queryToParams(query))).toEqual(query);
    // Totals with nothing to split, or without per=month, are a per-request question.
    expect(queryFromParams(new URLSearchParams('per=month&monthin=0')).month).toBeUndefined();
    expect(queryFromParams(new URLSearchParams('monthin=5000')).month).toBeUndefined();
  });

  it('ignores values it does not know', () => {
    const q = queryFromParams(new URLSearchParams('reads=<b>&ctx=-5&sort=best&budget=x'));
    expect(q.needs.input).toEqual([]);
    expect(q.needs.minContext).toBe(0);
    expect(q.needs.budget).toBeUndefined();
    expect(q.sort).toBe('cost');
  });
});

describe('retired and deprecated models', () => {
  // The same two prices: the retired model would rank first if it were not left out.
  const withStatus = pack(
    findData(
      catalog(
        [
          model('old', { name: 'Old', status: 'retired', retired: '2026-06-01' }),
          model('going', { name: 'Going', status: 'deprecated', retired: '2027-03-01' }),
          model('sold', { name: 'Sold' }),
        ],
        [provider('east', [offer('old', 0.1, 0.1), offer('going', 0.2, 0.2), offer('sold', 1, 1)])],
      ),
      TODAY,
      14,
    ),
  );
  const ranked = (needs: Partial<FindQuery['needs']>) =>
    rank(withStatus, { work: TYPICAL_WORKLOAD, needs: { ...ANY, ...needs }, sort: 'cost' });

  it('leaves a retired model out unless asked for, and keeps a deprecated one', () => {
    expect(ranked({}).results.map((r) => r.model.id)).toEqual(['going', 'sold']);
    expect(ranked({ withRetired: true }).results.map((r) => r.model.id)).toEqual([
      'old',
      'going',
      'sold',
    ]);
    expect(queryFromParams(new URLSearchParams('retired=1')).needs.withRetired).toBe(true);
  });

  it('says each status in words in its row, with the shutdown date', async () => {
    const { resultRows } = await import('./view.ts');
    const rows = resultRows(ranked({ withRetired: true }));
    expect(rows.slice(0, 2).map((r) => r.flags[0])).toEqual([
      'Retired 1 Jun 2026',
      'Deprecated, shuts down 1 Mar 2027',
    ]);
    // A model on sale carries no status words.
    expect(rows[2]?.flags.join(' ')).not.toMatch(/Retired|Deprecated|Preview/);
  });
});

describe('rank over the packed columns', async () => {
  const { mkdtemp, rm } = await import('node:fs/promises');
  const { tmpdir } = await import('node:os');
  const path = await import('node:path');
  const { loadData } = await import('../../data/load.ts');
  const { buildCatalog } = await import('../catalog/build.ts');
  const { writeSyntheticCatalog } = await import('../../bench/generate.ts');
  const { seeded } = await import('../../bench/random.ts');
  const { MODALITIES } = await import('../../schemas/vocabulary.ts');
  const { SORTS } = await import('./query.ts');
  const { unpack } = await import('./read.ts');
  const { rankReference } = await import('../../../test/helpers/rank-reference.ts');

  const real = pack(findData(buildCatalog((await loadData('data')).data), '2026-12-02', 14));
  const dir = await mkdtemp(path.join(tmpdir(), 'atlas-rank-'));
  await writeSyntheticCatalog(dir, { size: 300, providers: 12 });
  const synthetic = pack(findData(buildCatalog((await loadData(dir)).data), '2026-11-24', 14));
  await rm(dir, { recursive: true, force: true });

  /** A question of every kind: each requirement and each part of the workload drawn at random. */
  function question(r: ReturnType<typeof seeded>, packed: typeof real): FindQuery {
    const some = <T>(list: readonly T[], most: number) => r.sample(list, r.int(0, most));
    const makers = packed.makers.map(([id]) => id);
    const kinds = [...new Set(packed.providers.map(([, , kind]) => kind))];
    return {
      work: {
        ...TYPICAL_WORKLOAD,
        inputTokens: r.pick([0, 500, 2_000, 60_000, 150_000, 300_000, 1_500_000]),
        outputTokens: r.pick([0, 200, 4_000]),
        cachedShare: r.pick([0, 0.5, 1]),
        batchShare: r.pick([0, 0.3, 1]),
        requestsPerDay: r.pick([1, 1_000]),
        timing: r.pick(['spread', 'peak', 'off-peak'] as const),
        place: r.pick(['global', 'in-region'] as const),
        // The units beside tokens, now and then: tiers, cache writes, searches.
        tier: r.chance(0.1) ? r.pick(['priority', 'flex'] as const) : 'standard',
        cacheWriteShare: r.pick([0, 0, 0.3]),
        cacheLifetime: r.pick(['5m', '1h'] as const),
        searchesPerRequest: r.chance(0.08) ? 2 : 0,
      },
      needs: {
        // Now and then a modality no model has: it rules every model out.
        input: r.chance(0.05) ? ['smell'] : some(MODALITIES, 2),
        output: some(MODALITIES, 1),
        tools: r.chance(0.3),
        json: r.chance(0.2),
        reasoning: r.chance(0.2),
        minContext: r.pick([0, 0, 32_000, 128_000, 400_000, 1_000_000]),
        minOutput: r.pick([0, 0, 8_192, 64_000]),
        openWeights: r.chance(0.2),
        activeOnly: r.chance(0.3),
        withRetired: r.chance(0.3),
        makers: r.chance(0.2) ? some(makers, 3) : [],
        notMakers: r.chance(0.2) ? some(makers, 3) : [],
        kinds: r.chance(0.2) ? some(kinds, 2) : [],
        direct: r.chance(0.2),
        budget: r.pick([undefined, undefined, 1, 100]),
        ...scoreNeeds(r, packed),
      },
      sort: r.pick(SORTS),
    };
  }

  /**
   * Half the time a benchmark (now and then one the data does not have), and then often a score
   * to reach: one some model has exactly, so the boundary is asked about too.
   */
  function scoreNeeds(r: ReturnType<typeof seeded>, packed: typeof real) {
    if (r.chance(0.5)) return { benchmark: '', minScore: undefined };
    if (r.chance(0.05)) return { benchmark: 'no-such-benchmark', minScore: 50 };
    const b = r.int(0, packed.benchmarks.length - 1);
    const values = packed.scores?.[b]?.[1] ?? [];
    return {
      benchmark: packed.benchmarks[b]?.[0] ?? '',
      minScore: r.chance(0.6) && values.length > 0 ? r.pick(values) : undefined,
    };
  }

  for (const [name, packed, seed] of [
    ['the real catalog', real, 1],
    ['a synthetic catalog of 300 models', synthetic, 2],
  ] as const) {
    it(`gives the plain record-by-record ranking's answer on ${name}, for 300 questions`, () => {
      const records = unpack(packed);
      const r = seeded(seed);
      let ranked = 0;
      for (let i = 0; i < 300; i++) {
        const q = question(r, packed);
        const answer = rank(packed, q);
        expect(answer, JSON.stringify(queryToParams(q).toString())).toEqual(
          rankReference(records, q),
        );
        ranked += answer.count;
      }
      // The questions are not all too strict to answer.
      expect(ranked).toBeGreaterThan(300 * 5);
    });
  }

  it('builds records only for the results asked for, counting them all, in every order', () => {
    for (const sort of SORTS) {
      const q: FindQuery = { work: TYPICAL_WORKLOAD, needs: ANY, sort };
      const all = rank(real, q);
      expect(all.count).toBe(all.results.length);
      expect(all.count).toBeGreaterThan(100);
      for (const limit of [1, 5, 50]) {
        const first = rank(real, q, limit);
        expect(first.results, `${sort}, ${limit}`).toEqual(all.results.slice(0, limit));
        expect(first.count).toBe(all.count);
      }
    }
  });
});
