import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { offer, provider } from '../../../test/helpers/catalog.ts';
import type { Price } from '../../schemas/offer.ts';
import { perTokenToPerMillion } from '../../util/decimal.ts';
import type { SourceEntry } from '../../sources/types.ts';
import { retryAfterMs } from '../http.ts';
import { readEndpoints } from '../sources/openrouter.ts';
import { guard, MAX_FACTOR, MAX_PRICE } from './guards.ts';
import { needsPerson, plan } from './plan.ts';
import { changedFields, mergePrice } from './prices.ts';
import { endpointIds } from './speed.ts';
import { RECHECK_DAYS, type SourceRead } from './types.ts';

const TODAY = '2026-11-24';

const entry = (provider: string, id: string, price: Price, source = 'litellm'): SourceEntry => ({
  source: source as SourceEntry['source'],
  ref: `${source}@${TODAY}`,
  asOf: TODAY,
  provider,
  id,
  price,
});
const read = (id: SourceRead['id'], entries: SourceEntry[]): SourceRead => ({
  id,
  ok: true,
  entries,
});
// A provider whose offers come from LiteLLM (as `acme`) and models.dev (as `acme-md`).
const acme = (offers = [offer('m', 1, 4, { source: 'litellm@00035b69' })]) =>
  provider('acme', offers, { sources: { litellm: ['acme', 'acme_alt'], modelsdev: 'acme-md' } });

const positive = fc.double({ min: 0.001, max: 1000, noNaN: true });

describe('guard', () => {
  it(`lets any price move by less than ${MAX_FACTOR}× either way`, () => {
    fc.assert(
      fc.property(
        positive,
        fc.double({ min: 1 / MAX_FACTOR, max: MAX_FACTOR, noNaN: true }),
        (old, f) => {
          const next = old * f;
          fc.pre(next / old <= MAX_FACTOR && old / next <= MAX_FACTOR);
          expect(guard({ input: old }, { input: next })).toBeUndefined();
        },
      ),
    );
  });

  it(`refuses any move of more than ${MAX_FACTOR}× either way`, () => {
    fc.assert(
      fc.property(
        positive,
        fc.double({ min: 3.0001, max: 1000, noNaN: true }),
        fc.boolean(),
        (old, f, up) => {
          const next = up ? old * f : old / f;
          fc.pre(next <= MAX_PRICE); // beyond that it is refused as no price at all
          expect(guard({ output: old }, { output: next })).toMatch(/more than 3× in one step/);
        },
      ),
    );
  });

  it('refuses paid to free, free to paid, negative and absurd prices, and a cache dearer than input', () => {
    expect(guard({ input: 1 }, { input: 0 })).toBe('input: 1 → 0, paid to free');
    expect(guard({ input: 0 }, { input: 1 })).toBe('input: 0 → 1, free to paid');
    expect(guard({ input: 1 }, { input: -1 })).toBe('input: -1 is not a price per 1M tokens');
    expect(guard({ input: 1 }, { input: 1, output: 90_000 })).toMatch(
      /output: 90000 is not a price/,
    );
    expect(
      guard(
        { input: 3, long_context: { threshold: 200_000, input: 6 } },
        { input: 3, long_context: { threshold: 128_000, input: 6 } },
      ),
    ).toBe(
      'long_context.threshold: 200000 → 128000, the long-context prices would start elsewhere',
    );
    const peak = { hours: ['01:00-04:00'], input: 0.44 };
    expect(guard({ input: 0.22, peak }, { input: 0.25, peak })).toBe(
      'the offer also has peak prices, which no source states; change them together by hand',
    );
    expect(guard({ input: 0.22, peak }, { input: 0.22, peak })).toBeUndefined();
    expect(guard({ input: 1 }, { input: 1, cached_input: 2 })).toBe(
      'cached_input 2 is dearer than input 1',
    );
  });
});

describe('mergePrice and changedFields', () => {
  const price = fc.record(
    {
      input: fc.option(positive, { nil: undefined }),
      output: fc.option(positive, { nil: undefined }),
      cached_input: fc.option(positive, { nil: undefined }),
      batch_input: fc.option(positive, { nil: undefined }),
    },
    { requiredKeys: [] },
  ) as fc.Arbitrary<Price>;

  it('keeps what a source leaves out, and merging twice is merging once', () => {
    fc.assert(
      fc.property(price, price, (current, stated) => {
        const once = mergePrice(current, stated);
        expect(mergePrice(once, stated)).toEqual(once);
        expect(changedFields(once, mergePrice(once, {}))).toEqual([]);
        for (const field of ['input', 'output', 'cached_input', 'batch_input'] as const) {
          expect(once[field]).toBe(stated[field] ?? current[field]);
        }
      }),
    );
  });

  it('names exactly the fields that differ, long-context ones by their path', () => {
    expect(
      changedFields(
        { input: 1, output: 2, long_context: { threshold: 200_000, input: 2 } },
        { input: 1, output: 3, long_context: { threshold: 200_000, input: 2.5 } },
      ),
    ).toEqual(['output', 'long_context.input']);
  });
});

describe('perTokenToPerMillion', () => {
  it('converts any decimal string of USD per token exactly, with no float noise', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 99_999_999 }),
        fc.integer({ min: 7, max: 12 }),
        (digits, places) => {
          const text = `0.${String(digits).padStart(places, '0')}`; // USD per token
          const perMillion = perTokenToPerMillion(text);
          // The same digits with the point moved six places: what a person would write.
          const expected = Number(
            `${String(digits).padStart(places, '0').slice(0, 6)}.${String(digits).padStart(places, '0').slice(6)}`,
          );
          expect(perMillion).toBe(expected);
        },
      ),
    );
  });
});

describe('retryAfterMs', () => {
  it('reads seconds and HTTP dates, and nothing else', () => {
    const now = Date.parse('2026-11-24T12:00:00Z');
    expect(retryAfterMs('2', now)).toBe(2000);
    expect(retryAfterMs('Tue, 24 Nov 2026 12:00:30 GMT', now)).toBe(30_000);
    expect(retryAfterMs(null, now)).toBeUndefined();
    expect(retryAfterMs('soon', now)).toBeUndefined();
  });
});

describe('plan', () => {
  it('confirms an unchanged price, and rewrites `checked` only once it is a week old', () => {
    const fresh = acme([offer('m', 1, 4, { source: 'litellm@x', updated: '2026-11-20' })]);
    const old = acme([offer('m', 1, 4, { source: 'litellm@x', updated: '2026-11-01' })]);
    const reads = [read('litellm', [entry('acme', 'm', { input: 1, output: 4 })])];
    expect(
      plan({ providers: [fresh], reads, state: undefined, today: TODAY }).confirmations,
    ).toEqual([{ offer: { provider: 'acme', index: 0, model: 'm' }, write: false }]);
    const p = plan({ providers: [old], reads, state: undefined, today: TODAY });
    expect(p.confirmations[0]?.write).toBe(true);
    expect(RECHECK_DAYS).toBe(7);
    expect(needsPerson(p)).toBe(false);
  });

  it('plans a change from the source the offer cites, with what it replaces', () => {
    const p = plan({
      providers: [acme()],
      reads: [read('litellm', [entry('acme', 'm', { input: 0.8 })])],
      state: undefined,
      today: TODAY,
    });
    expect(p.changes).toEqual([
      {
        offer: { provider: 'acme', index: 0, model: 'm' },
        before: { input: 1, output: 4 },
        after: { input: 0.8, output: 4 },
        ref: `litellm@${TODAY}`,
        previousRef: 'litellm@00035b69',
        previousUpdated: '2026-07-01',
      },
    ]);
  });

  it('finds an offer by its source id and any of the names the provider goes by there', () => {
    const p = plan({
      providers: [
        acme([offer('m', 1, 4, { source: 'litellm@x', source_ids: { litellm: 'route/m' } })]),
      ],
      reads: [read('litellm', [entry('acme_alt', 'route/m', { input: 1, output: 4 })])],
      state: undefined,
      today: TODAY,
    });
    expect(p.confirmations).toHaveLength(1);
    expect(p.unlisted).toEqual([]);
  });

  it('flags an offer its source no longer lists, and leaves prices from a page alone', () => {
    const p = plan({
      providers: [
        acme([
          offer('m', 1, 4, { source: 'litellm@x' }),
          offer('n', 1, 4, { source: 'https://acme.example.com/pricing' }),
        ]),
      ],
      reads: [read('litellm', [entry('acme', 'other', { input: 1 })])],
      state: undefined,
      today: TODAY,
    });
    expect(p.unlisted).toEqual([
      { offer: { provider: 'acme', index: 0, model: 'm' }, source: 'litellm' },
    ]);
    expect(p.checked).toBe(1);
    expect(p.changes).toEqual([]);
  });

  it('holds a change another source contradicts, and one its own source lists two ways', () => {
    const contradicted = plan({
      providers: [acme()],
      reads: [
        read('litellm', [entry('acme', 'm', { input: 0.8 })]),
        read('modelsdev', [entry('acme-md', 'm', { input: 1 }, 'modelsdev')]),
      ],
      state: undefined,
      today: TODAY,
    });
    expect(contradicted.changes).toEqual([]);
    expect(contradicted.conflicts).toEqual([
      {
        offer: { provider: 'acme', index: 0, model: 'm' },
        field: 'input',
        before: 1,
        says: { [`litellm@${TODAY}`]: 0.8, [`modelsdev@${TODAY}`]: 1 },
      },
    ]);
    const twice = plan({
      providers: [acme()],
      reads: [
        read('litellm', [
          entry('acme', 'm', { input: 0.8 }),
          entry('acme_alt', 'm', { input: 0.9 }),
        ]),
      ],
      state: undefined,
      today: TODAY,
    });
    expect(twice.conflicts.map((c) => c.says)).toEqual([
      { [`litellm@${TODAY} (acme)`]: 0.8, [`litellm@${TODAY} (acme_alt)`]: 0.9 },
    ]);
    // Listed twice, once at the file's price: that is the entry the file was taken from.
    const agreeing = plan({
      providers: [acme()],
      reads: [
        read('litellm', [entry('acme', 'm', { input: 0.8 }), entry('acme_alt', 'm', { input: 1 })]),
      ],
      state: undefined,
      today: TODAY,
    });
    expect(agreeing.confirmations).toHaveLength(1);
    expect(needsPerson(contradicted)).toBe(true);
  });

  it('uses nothing from a source that failed, or that shrank to less than half of last time', () => {
    const state = { sources: { litellm: { last_success: `${TODAY}T00:00:00Z`, models: 10 } } };
    const shrunk = plan({
      providers: [acme()],
      reads: [read('litellm', [entry('acme', 'm', { input: 0.8 })])],
      state,
      today: TODAY,
    });
    expect(shrunk.changes).toEqual([]);
    expect(shrunk.refusals[0]?.reason).toBe(
      'litellm returned 1 models, against 10 last time: none of its prices were used',
    );
    const failed = plan({
      providers: [acme()],
      reads: [{ id: 'litellm', ok: false, error: 'HTTP 503 after 4 attempts' }],
      state,
      today: TODAY,
    });
    expect(failed.checked).toBe(0);
    expect(failed.sources).toEqual([
      {
        id: 'litellm',
        ok: false,
        models: 0,
        matched: 0,
        error: 'HTTP 503 after 4 attempts',
        notes: [],
      },
    ]);
  });

  it("writes OpenRouter's measured uptime to the offer of the provider it measured", () => {
    const json: unknown = JSON.parse(
      readFileSync('reference/openrouter/endpoints-qwen--qwen3.8-max-2026-08-04.json', 'utf8'),
    );
    const endpoints = readEndpoints(json, `openrouter@${TODAY}`, TODAY);
    const router = provider(
      'openrouter',
      [
        offer('qwen3.8-max', 2, 6, {
          provider_model_id: 'qwen/qwen3.8-max',
          source: 'openrouter@x',
        }),
      ],
      {
        sources: { openrouter: 'OpenRouter' },
      },
    );
    const alibaba = provider(
      'alibaba',
      [offer('qwen3.8-max', 2, 6, { provider_model_id: 'qwen3.8-max' })],
      {
        sources: { openrouter: 'Alibaba' },
      },
    );
    const p = plan({
      providers: [router, alibaba],
      reads: [
        {
          id: 'openrouter',
          ok: true,
          entries: [entry('OpenRouter', 'qwen/qwen3.8-max', { input: 2, output: 6 }, 'openrouter')],
          endpoints,
        },
      ],
      state: undefined,
      today: TODAY,
    });
    const uptime = endpoints[0]?.uptimePct;
    expect(uptime).toBeGreaterThan(0);
    expect(endpointIds([router, alibaba])).toEqual(['qwen/qwen3.8-max']);
    expect(endpointIds([router])).toEqual([]);
    expect(p.speeds).toEqual([
      {
        offer: { provider: 'alibaba', index: 0, model: 'qwen3.8-max' },
        speed: {
          measured: TODAY,
          source: `openrouter@${TODAY}`,
          uptime_pct: Math.round((uptime ?? 0) * 100) / 100,
        },
      },
    ]);
  });
});

describe('readEndpoints', () => {
  it('reads the median throughput and latency as tokens/s and time to first token', () => {
    const json = JSON.parse(
      readFileSync('reference/openrouter/endpoints-qwen--qwen3.8-max-2026-08-04.json', 'utf8'),
    ) as { data: { endpoints: Record<string, unknown>[] } };
    // The recording has none measured; the fields as the API documents them when it has.
    const endpoint = json.data.endpoints[0] ?? {};
    endpoint['throughput_last_30m'] = { p50: 42.37, p75: 38 };
    endpoint['latency_last_30m'] = { p50: 851.6, p75: 1200 };
    const [reading] = readEndpoints(json, `openrouter@${TODAY}`, TODAY);
    expect(reading).toMatchObject({
      provider: 'Alibaba',
      id: 'qwen/qwen3.8-max',
      price: { input: 2, output: 6, cached_input: 0.25 },
      tokensPerSecond: 42.37,
      ttftMs: 851.6,
    });
  });
});
