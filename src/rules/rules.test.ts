import { describe, expect, it } from 'vitest';
import { model, offer, provider } from '../../test/helpers/catalog.ts';
import type { CreatorRecord, ModelRecord, ProviderRecord } from '../schemas/records.ts';
import { checkRules } from './all.ts';
import { RULES, type RuleId } from './rule.ts';

const TODAY = '2026-12-02';
const creators: CreatorRecord[] = [
  { id: 'openai', name: 'OpenAI', url: 'https://openai.com', country: 'US' },
  { id: 'anthropic', name: 'Anthropic', url: 'https://anthropic.com', country: 'US' },
];

// A small catalog that keeps every rule: each test below breaks one thing in a copy of it.
const good = (): { models: ModelRecord[]; providers: ProviderRecord[] } => ({
  models: [
    model('gpt-5.4', { creator: 'openai', name: 'GPT-5.4', family: 'gpt-5', tier: 'flagship' }),
    model('gpt-5.4-mini', {
      creator: 'openai',
      name: 'GPT-5.4 mini',
      family: 'gpt-5',
      tier: 'lightweight',
    }),
    model('gpt-5-mini', {
      creator: 'openai',
      name: 'GPT-5 mini',
      family: 'gpt-5',
      tier: 'lightweight',
    }),
    model('gpt-oss-120b', { creator: 'openai', name: 'gpt-oss-120b', family: 'gpt-oss' }),
    model('gpt-oss-20b', { creator: 'openai', name: 'gpt-oss-20b', family: 'gpt-oss' }),
    model('claude-opus-4.6', {
      creator: 'anthropic',
      name: 'Claude Opus 4.6',
      family: 'claude-opus',
      tier: 'flagship',
      context_window: 1_000_000,
      max_output: 131_072,
    }),
  ],
  providers: [
    provider('openai', [
      offer('gpt-5.4', 2.5, 15),
      offer('gpt-5.4-mini', 0.75, 4.5),
      offer('gpt-5-mini', 0.25, 2),
      offer('gpt-oss-120b', 0.1, 0.5),
    ]),
    provider('amazon-bedrock', [
      offer('claude-opus-4.6', 5, 25, { provider_model_id: 'global.anthropic.claude-opus-4-6-v1' }),
    ]),
    provider('openrouter', [offer('gpt-5.4', 2.5, 15, { provider_model_id: 'openai/gpt-5.4' })]),
  ],
});

const run = (data: ReturnType<typeof good>) => checkRules({ creators, ...data }, { today: TODAY });
const only = (data: ReturnType<typeof good>, rule: RuleId) =>
  run(data).filter((f) => f.rule === rule);
const renamed = (data: ReturnType<typeof good>, id: string, fields: Partial<ModelRecord>) => {
  const m = data.models.find((x) => x.id === id);
  if (m) Object.assign(m, fields);
  return data;
};
const offerOf = (data: ReturnType<typeof good>, providerId: string, modelId: string) => {
  const o = data.providers
    .find((p) => p.id === providerId)
    ?.offers.find((x) => x.model === modelId);
  if (!o) throw new Error(`no ${providerId} offer of ${modelId}`);
  return o;
};

describe('checkRules', () => {
  it('finds nothing in a catalog that keeps every rule', () => {
    expect(run(good())).toEqual([]);
  });

  it('has a rule for each kind of mistake, each described', () => {
    expect(Object.keys(RULES).sort()).toEqual(
      [
        'dates',
        'name-decoration',
        'name-style',
        'provider-ids',
        'tier-prices',
        'tier-words',
        'token-counts',
      ].sort(),
    );
  });

  describe('name-style', () => {
    it('catches a shared word cased two ways in one family', () => {
      const data = renamed(good(), 'gpt-5-mini', { name: 'GPT-5 Mini' });
      expect(only(data, 'name-style').map((f) => f.message)).toEqual([
        '"GPT-5.4 mini" writes "mini" where its family openai/gpt-5 writes "Mini" ("GPT-5 Mini")',
      ]);
    });

    it('catches two siblings that join the same words differently', () => {
      const data = renamed(good(), 'gpt-oss-120b', { name: 'GPT OSS 120B' });
      const messages = only(data, 'name-style').map((f) => f.message);
      expect(messages).toContain(
        '"gpt-oss-20b" joins "gpt" and "oss" with a hyphen where "GPT OSS 120B" uses a space',
      );
      expect(messages).toContain(
        '"gpt-oss-20b" writes "gpt" where its family openai/gpt-oss writes "GPT" ("GPT OSS 120B")',
      );
    });

    it('compares only within a family', () => {
      const data = good();
      data.models.push(
        model('o4-mini', {
          creator: 'openai',
          name: 'o4 Mini',
          family: 'o-series',
          tier: 'lightweight',
        }),
      );
      expect(only(data, 'name-style')).toEqual([]);
    });
  });

  describe('name-decoration', () => {
    it.each([
      ['Claude Opus 4.6 (latest)', '(latest)'],
      ['Claude Opus 4.6 (free)', '(free)'],
      ['Claude Opus 4.6 2026-02-05', '2026-02-05'],
    ])('catches "%s"', (name, bit) => {
      const found = only(renamed(good(), 'claude-opus-4.6', { name }), 'name-decoration');
      expect(found.map((f) => f.message)).toEqual([
        `"${name}" carries "${bit}", which belongs in an alias or offer, not the name`,
      ]);
    });

    it("catches a catalogue's maker prefix", () => {
      const found = only(
        renamed(good(), 'claude-opus-4.6', { name: 'Anthropic: Claude Opus 4.6' }),
        'name-decoration',
      );
      expect(found.map((f) => f.message)).toEqual([
        '"Anthropic: Claude Opus 4.6" starts with the maker "Anthropic:" as a catalogue lists it',
      ]);
    });
  });

  describe('dates', () => {
    it('catches a release in the future and a retirement that is not marked', () => {
      const data = renamed(good(), 'gpt-5-mini', { released: '2027-01-10' });
      renamed(data, 'gpt-oss-20b', { retired: '2026-10-01' });
      expect(only(data, 'dates').map((f) => `${f.where}: ${f.message}`)).toEqual([
        'models/openai/gpt-5-mini: released 2027-01-10 is after today (2026-12-02)',
        'models/openai/gpt-oss-20b: retired on 2026-10-01, but marked active',
        "providers/openai: gpt-5-mini: priced as of 2026-07-01, before the model's release 2027-01-10",
      ]);
    });

    it('catches deprecation without a date, and retirement before deprecation', () => {
      const data = renamed(good(), 'gpt-5-mini', { status: 'deprecated' });
      renamed(data, 'gpt-oss-20b', {
        status: 'retired',
        deprecated: '2026-09-01',
        retired: '2026-08-01',
      });
      expect(only(data, 'dates').map((f) => f.message)).toEqual([
        'marked deprecated without the date it was announced or the date it ends',
        'retired 2026-08-01 before its deprecation 2026-09-01',
      ]);
    });

    it('catches a price dated before its model, and history out of order', () => {
      const data = good();
      offerOf(data, 'openai', 'gpt-5.4').updated = '2025-12-01';
      offerOf(data, 'openai', 'gpt-5-mini').history = [
        { price: { input: 0.3 }, until: '2026-06-01' },
        { price: { input: 0.4 }, from: '2026-05-01', until: '2026-04-01' },
      ];
      expect(only(data, 'dates').map((f) => f.message)).toEqual([
        "priced as of 2025-12-01, before the model's release 2026-01-15",
        'history: from 2026-05-01 is not before until 2026-04-01',
        'history is not oldest first (2026-04-01 after 2026-06-01)',
      ]);
    });

    it("catches a retired model still on sale at its maker's own API, and only there", () => {
      const data = renamed(good(), 'gpt-5.4', { status: 'retired', retired: '2026-10-23' });
      expect(only(data, 'dates').map((f) => `${f.where}: ${f.message}`)).toEqual([
        "providers/openai: gpt-5.4: retired by its maker on 2026-10-23, but still on sale at the maker's own API",
      ]);
      offerOf(data, 'openai', 'gpt-5.4').withdrawn = '2026-10-23';
      expect(only(data, 'dates')).toEqual([]);
    });

    it('catches an offer dated after today', () => {
      const data = good();
      offerOf(data, 'openai', 'gpt-5.4').withdrawn = '2026-12-31';
      expect(only(data, 'dates').map((f) => f.message)).toEqual([
        'withdrawn 2026-12-31 is after today',
      ]);
    });

    it("catches a fact's source read after today", () => {
      const url = 'https://example.com/models';
      const data = renamed(good(), 'gpt-5.4', {
        sources: [{ url, read: '2026-12-03', fields: ['released'] }],
      });
      expect(only(data, 'dates').map((f) => f.message)).toEqual([
        `source ${url} read 2026-12-03, after today`,
      ]);
    });
  });

  describe('tier-words', () => {
    it('catches a mini flagship and an opus lightweight', () => {
      const data = renamed(good(), 'gpt-5.4-mini', { tier: 'flagship' });
      renamed(data, 'claude-opus-4.6', { tier: 'lightweight' });
      expect(only(data, 'tier-words').map((f) => f.message)).toEqual([
        '"GPT-5.4 mini" is a mini model, but its tier is flagship',
        '"Claude Opus 4.6" is an Opus model, but its tier is lightweight',
      ]);
    });
  });

  describe('tier-prices', () => {
    it('catches a flagship cheaper than a lighter sibling of its family', () => {
      const data = good();
      offerOf(data, 'openai', 'gpt-5.4').price = { input: 0.5, output: 1 };
      offerOf(data, 'openrouter', 'gpt-5.4').price = { input: 0.5, output: 1 };
      expect(only(data, 'tier-prices').map((f) => f.message)).toEqual([
        'flagship at a median $0.625 blended, cheaper than its lightweight sibling gpt-5.4-mini at $1.6875',
      ]);
    });

    it("catches tiers outside the market's price range", () => {
      const data = good();
      offerOf(data, 'amazon-bedrock', 'claude-opus-4.6').price = { input: 0.1, output: 0.2 };
      offerOf(data, 'openai', 'gpt-5-mini').price = { input: 4, output: 8 };
      renamed(data, 'gpt-5-mini', { tier: 'lightweight' });
      expect(only(data, 'tier-prices').map((f) => f.message)).toEqual(
        expect.arrayContaining([
          'lightweight at a median $5 blended per 1M, over the $3 above which a model is not a cheap tier',
          'flagship at a median $0.125 blended per 1M, under the $0.25 below which no maker sells its best model',
        ]),
      );
    });

    it('compares siblings of one generation only', () => {
      const data = good();
      data.models.push(
        model('gpt-5.6-terra', { creator: 'openai', name: 'GPT-5.6 Terra', family: 'gpt-5' }),
      );
      data.providers[0]?.offers.push(offer('gpt-5.6-terra', 10, 40));
      // Dearer than the flagship GPT-5.4, but of another generation: no finding.
      expect(only(data, 'tier-prices')).toEqual([]);
    });

    it('leaves withdrawn offers, free tiers and retired models out', () => {
      const data = good();
      offerOf(data, 'openai', 'gpt-5-mini').price = { input: 4, output: 8 };
      offerOf(data, 'openai', 'gpt-5-mini').withdrawn = '2026-11-01';
      expect(only(data, 'tier-prices')).toEqual([]);
    });
  });

  describe('token-counts', () => {
    it('catches a limit that would show as "131.1K"', () => {
      const data = renamed(good(), 'claude-opus-4.6', { max_output: 131_300 });
      expect(only(data, 'token-counts').map((f) => f.message)).toEqual([
        'max_output 131300 would show as "131.3K"; makers state limits as round counts (128K is 131,072 or 128,000), or cite the maker\'s page that states it',
      ]);
    });

    it("accepts an odd count the maker's own page is cited for, not one a catalogue gives", () => {
      const page = { url: 'https://docs.cloud.google.com/x', read: '2026-12-08' };
      const makers = renamed(good(), 'claude-opus-4.6', {
        max_output: 57_920,
        sources: [{ ...page, fields: ['max_output'] }],
      });
      expect(only(makers, 'token-counts')).toEqual([]);
      const catalogue = renamed(good(), 'claude-opus-4.6', {
        max_output: 57_920,
        sources: [{ ...page, secondary: true, fields: ['max_output'] }],
      });
      expect(only(catalogue, 'token-counts')).toHaveLength(1);
    });

    it('accepts the counts makers publish, binary or decimal', () => {
      for (const n of [131_072, 128_000, 204_800, 1_048_576, 1_050_000, 1_047_576, 65_535]) {
        expect(
          only(
            renamed(good(), 'claude-opus-4.6', { max_output: n, context_window: 2_000_000 }),
            'token-counts',
          ),
        ).toEqual([]);
      }
    });
  });

  describe('provider-ids', () => {
    it("catches a Bedrock id without its vendor, or with another maker's", () => {
      const data = good();
      offerOf(data, 'amazon-bedrock', 'claude-opus-4.6').provider_model_id = 'claude-opus-4-6-v1';
      expect(only(data, 'provider-ids').map((f) => f.message)).toEqual([
        '"claude-opus-4-6-v1" is not a Bedrock model id (<vendor>.<model>, with an optional us./eu./global. profile)',
      ]);
      offerOf(data, 'amazon-bedrock', 'claude-opus-4.6').provider_model_id =
        'us.meta.claude-opus-4-6-v1';
      expect(only(data, 'provider-ids').map((f) => f.message)).toEqual([
        '"us.meta.claude-opus-4-6-v1" has the vendor "meta"; Bedrock files anthropic models under "anthropic."',
      ]);
    });

    it("catches another maker's model at a maker's own API", () => {
      const data = good();
      const google = provider('google-gemini', [offer('claude-opus-4.6', 5, 25)], {
        kind: 'first-party',
      });
      data.providers.push(google);
      expect(only(data, 'provider-ids').map((f) => `${f.where}: ${f.message}`)).toEqual([
        "providers/google-gemini: claude-opus-4.6: a maker's own API sells only its own models, and this is a model by anthropic",
      ]);
    });

    it('catches an OpenRouter id without its maker', () => {
      const data = good();
      offerOf(data, 'openrouter', 'gpt-5.4').provider_model_id = 'gpt-5.4';
      expect(only(data, 'provider-ids').map((f) => f.message)).toEqual([
        '"gpt-5.4" is not an OpenRouter id (<maker>/<model>)',
      ]);
    });
  });
});
