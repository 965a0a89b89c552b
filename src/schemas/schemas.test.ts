import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { Creator } from './creator.ts';
import { Model } from './model.ts';
import { Offer } from './offer.ts';
import { Provider } from './provider.ts';
import { RefreshState } from './refresh-state.ts';

const model = {
  name: 'GPT-4o mini',
  family: 'gpt-4o',
  tier: 'lightweight',
  released: '2024-07-18',
  knowledge_cutoff: '2023-09',
  context_window: 128000,
  max_output: 16384,
  modalities: { input: ['text', 'image'], output: ['text'] },
  capabilities: { tool_calling: true },
  open_weights: false,
  status: 'active',
};

const offer = {
  model: 'gpt-4o-mini',
  provider_model_id: 'gpt-4o-mini',
  price: { input: 0.15, output: 0.6, cached_input: 0.075 },
  updated: '2026-07-02',
  source: 'modelsdev@f3fc692',
};

/** The messages zod reports for `value`, keyed by dotted path. */
function errors(schema: z.ZodType, value: unknown): Record<string, string[]> {
  const result = schema.safeParse(value);
  const out: Record<string, string[]> = {};
  for (const issue of result.error?.issues ?? []) {
    const key = issue.path.join('.');
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

describe('Model', () => {
  it('accepts a complete model', () => {
    expect(Model.safeParse(model).success).toBe(true);
  });

  it('rejects an unknown key, so a typo cannot pass silently', () => {
    const result = Model.safeParse({ ...model, contex_window: 1 });
    expect(result.error?.issues[0]).toMatchObject({
      code: 'unrecognized_keys',
      keys: ['contex_window'],
    });
  });

  it('rejects an impossible release date and a malformed cutoff', () => {
    expect(errors(Model, { ...model, released: '2024-02-30' })).toEqual({
      released: [
        'expected a real calendar date as YYYY-MM-DD (or a month as YYYY-MM), got "2024-02-30"',
      ],
    });
    expect(errors(Model, { ...model, released: '2024/07/18' })['released']).toEqual([
      'expected a date as YYYY-MM-DD (or YYYY-MM when only the month is known), got "2024/07/18"',
    ]);
    expect(errors(Model, { ...model, knowledge_cutoff: '2023-13' })['knowledge_cutoff']).toEqual([
      'expected a month as YYYY-MM, got "2023-13"',
    ]);
  });

  it('accepts a release month when the day is not published, none when neither is, and checks the calendar', () => {
    expect(Model.safeParse({ ...model, released: '2025-04' }).success).toBe(true);
    // No page states the day: the key is left out, and a cutoff is then checked against nothing.
    const unknown: Record<string, unknown> = { ...model, knowledge_cutoff: '2025-01' };
    delete unknown['released'];
    expect(Model.safeParse(unknown).success).toBe(true);
    expect(errors(Model, { ...model, released: '2025-13' })['released']).toEqual([
      'expected a real calendar date as YYYY-MM-DD (or a month as YYYY-MM), got "2025-13"',
    ]);
    expect(errors(Model, { ...model, released: 'April 2025' })['released']).toEqual([
      'expected a date as YYYY-MM-DD (or YYYY-MM when only the month is known), got "April 2025"',
    ]);
  });

  it('rejects a repeated alias', () => {
    expect(errors(Model, { ...model, aliases: ['a-1', 'a-1'] })['aliases']).toEqual([
      'expected each of the aliases once, got "a-1" twice',
    ]);
  });

  it('rejects a context window that is not a positive whole number', () => {
    expect(errors(Model, { ...model, context_window: 0 })['context_window']).toEqual([
      'expected a positive whole number of tokens, got 0',
    ]);
    expect(errors(Model, { ...model, context_window: 1.5 })['context_window']).toEqual([
      'expected a whole number of tokens, got 1.5',
    ]);
    expect(errors(Model, { ...model, context_window: '128k' })['context_window']).toEqual([
      'expected a whole number of tokens, got "128k"',
    ]);
  });

  it('rejects a knowledge cutoff later than the release', () => {
    expect(
      errors(Model, { ...model, released: '2025-01-01', knowledge_cutoff: '2025-06' })[
        'knowledge_cutoff'
      ],
    ).toEqual(['expected a cutoff no later than the release (2025-01-01), got 2025-06']);
    expect(
      Model.safeParse({ ...model, released: '2025-06', knowledge_cutoff: '2025-06' }).success,
    ).toBe(true);
  });

  it('rejects a max output larger than the context window', () => {
    expect(errors(Model, { ...model, max_output: 200000 })['max_output']).toEqual([
      'expected at most the context window (128000), got 200000',
    ]);
  });

  it('takes open weights with or without a licence, and requires a date for retired models', () => {
    // A licence nobody has confirmed stays absent rather than guessed (check:data lists the model).
    expect(Model.safeParse({ ...model, open_weights: true }).success).toBe(true);
    expect(Model.safeParse({ ...model, open_weights: true, license: 'Apache-2.0' }).success).toBe(
      true,
    );
    // A deprecation whose announcement date was never published stays undated rather than guessed.
    expect(Model.safeParse({ ...model, status: 'deprecated' }).success).toBe(true);
    expect(errors(Model, { ...model, status: 'retired' })['retired']).toHaveLength(1);
    expect(Model.safeParse({ ...model, status: 'retired', retired: '2025-07-14' }).success).toBe(
      true,
    );
  });

  it('rejects unknown tiers, modalities and statuses with the allowed values', () => {
    expect(errors(Model, { ...model, tier: 'premium' })['tier']).toEqual([
      'expected one of flagship, balanced, lightweight, specialized, got "premium"',
    ]);
    expect(
      errors(Model, { ...model, modalities: { input: ['smell'], output: ['text'] } })[
        'modalities.input.0'
      ],
    ).toEqual(['expected one of text, image, audio, video, pdf, got "smell"']);
  });

  it('rejects a repeated modality and an empty modality list', () => {
    expect(
      errors(Model, { ...model, modalities: { input: ['text', 'text'], output: ['text'] } })[
        'modalities.input'
      ],
    ).toEqual(['expected each of the modalities once, got "text" twice']);
    expect(
      errors(Model, { ...model, modalities: { input: [], output: ['text'] } })['modalities.input'],
    ).toEqual(['expected at least one input modality, got a list']);
  });

  it('rejects a capability that is not a boolean', () => {
    expect(
      errors(Model, { ...model, capabilities: { tool_calling: 'yes' } })[
        'capabilities.tool_calling'
      ],
    ).toEqual(['expected true or false, got "yes"']);
  });

  it('rejects ids with capitals or spaces but keeps dots', () => {
    expect(
      Model.safeParse({ ...model, competitors: ['gpt-4.1', 'claude-sonnet-4.5'] }).success,
    ).toBe(true);
    expect(Object.keys(errors(Model, { ...model, competitors: ['GPT 4'] }))).toEqual([
      'competitors.0',
    ]);
  });

  it('rejects a summary with a line break', () => {
    expect(errors(Model, { ...model, summary: 'one\ntwo' })['summary']).toEqual([
      'expected one line of text, without line breaks, got "one\\ntwo"',
    ]);
  });
});

describe('links', () => {
  const withDocs = (docs: string) => ({ ...model, links: { docs } });

  it.each([
    'javascript:alert(1)',
    'http://openai.com',
    'data:text/html,hi',
    'ftp://x.org/a',
    'https://user:pw@x.org/',
    'https://localhost/',
    'openai.com',
  ])('rejects %s', (url) => {
    expect(errors(Model, withDocs(url))['links.docs']).toEqual([
      `expected an https:// link, got ${JSON.stringify(url)}`,
    ]);
  });

  it('accepts an https link', () => {
    expect(
      Model.safeParse(withDocs('https://platform.openai.com/docs/models/gpt-4o-mini')).success,
    ).toBe(true);
  });
});

describe('Offer', () => {
  it('accepts a complete offer', () => {
    expect(Offer.safeParse(offer).success).toBe(true);
  });

  it('rejects a price written with its unit', () => {
    expect(errors(Offer, { ...offer, price: { input: '0.15 USD', output: 0.6 } })).toEqual({
      'price.input': ['expected a non-negative number (USD per 1M tokens), got "0.15 USD"'],
    });
  });

  it('rejects a negative price once, with the bound in the message', () => {
    expect(errors(Offer, { ...offer, price: { input: -0.15, output: 0.6 } })).toEqual({
      'price.input': ['expected a non-negative number (USD per 1M tokens), got -0.15'],
    });
  });

  it('rejects floating-point noise, naming the price it stands for', () => {
    expect(
      errors(Offer, { ...offer, price: { input: 0.30000000000000004, output: 0.6 } })[
        'price.input'
      ],
    ).toEqual([
      'expected at most 6 decimal places, got 0.30000000000000004: floating-point noise? write 0.3',
    ]);
    expect(errors(Offer, { ...offer, price: { input: 0.0375, output: 27.2727 } })).toEqual({});
  });

  it('rejects a per-token price and an absurd one', () => {
    expect(
      errors(Offer, { ...offer, price: { input: 0.00000015, output: 0.6 } })['price.input']?.[0],
    ).toMatch(/looks like a price per token/);
    // Only that: rounding it to six places would advise "write 0", which means free.
    expect(
      errors(Offer, { ...offer, price: { input: 0.00000015, output: 0.6 } })['price.input'],
    ).toHaveLength(1);
    expect(
      errors(Offer, { ...offer, price: { input: 15000, output: 0.6 } })['price.input']?.[0],
    ).toMatch(/^expected at most 5000 USD per 1M tokens, got 15000/);
  });

  it('keeps unknown (null or absent) apart from free (0)', () => {
    const unknown = Offer.parse({ ...offer, price: { input: 0.15, output: null } });
    expect(unknown.price.output).toBeNull();
    expect(Offer.parse({ ...offer, price: { input: 0, output: 0 } }).price.input).toBe(0);
  });

  it('rejects a price with neither input nor output', () => {
    expect(errors(Offer, { ...offer, price: { cached_input: 0.075 } })['price']).toEqual([
      'missing: a price needs at least its input or its output per 1M tokens',
    ]);
  });

  it('requires updated and source', () => {
    const bare: Partial<typeof offer> = { ...offer };
    delete bare.updated;
    delete bare.source;
    expect(Object.keys(errors(Offer, bare)).sort()).toEqual(['source', 'updated']);
  });

  it('accepts a source id with a revision, and https pages, but nothing else', () => {
    expect(Offer.safeParse({ ...offer, source: 'litellm@00035b69' }).success).toBe(true);
    expect(Offer.safeParse({ ...offer, source: 'https://openai.com/api/pricing/' }).success).toBe(
      true,
    );
    expect(Offer.safeParse({ ...offer, source: 'my notes' }).success).toBe(false);
    expect(Offer.safeParse({ ...offer, source: 'javascript:alert(1)' }).success).toBe(false);
  });

  it('rejects a confirmation dated before the price it confirms', () => {
    expect(errors(Offer, { ...offer, checked: '2026-06-01' })['checked']).toEqual([
      'expected a date on or after updated (2026-07-02), got 2026-06-01',
    ]);
  });

  it('bounds speed measurements', () => {
    const speed = {
      tokens_per_second: 120,
      ttft_ms: 450,
      uptime_pct: 99.5,
      measured: '2026-08-01',
      source: 'openrouter',
    };
    expect(Offer.safeParse({ ...offer, speed }).success).toBe(true);
    expect(
      errors(Offer, { ...offer, speed: { ...speed, uptime_pct: 101 } })['speed.uptime_pct'],
    ).toEqual(['expected a percentage from 0 to 100, got 101']);
  });

  it('accepts long-context and batch prices and a dated history', () => {
    const rich = {
      ...offer,
      price: {
        ...offer.price,
        batch_input: 0.075,
        batch_output: 0.3,
        long_context: { threshold: 200000, input: 0.3, output: 1.2 },
      },
      history: [
        {
          price: { input: 0.3, output: 1.2 },
          from: '2024-07-18',
          until: '2025-01-01',
          source: 'litellm@00035b69',
        },
      ],
    };
    expect(Offer.safeParse(rich).success).toBe(true);
  });
});

describe('Provider', () => {
  const provider = {
    name: 'OpenAI',
    url: 'https://openai.com/api/',
    pricing_url: 'https://openai.com/api/pricing/',
    kind: 'first-party',
    sources: { litellm: 'openai', modelsdev: 'openai' },
    offers: [offer],
  };

  it('accepts a provider with offers', () => {
    expect(Provider.safeParse(provider).success).toBe(true);
  });

  it('rejects an unknown kind and an unknown source', () => {
    expect(errors(Provider, { ...provider, kind: 'reseller' })['kind']).toHaveLength(1);
    expect(Provider.safeParse({ ...provider, sources: { huggingface: 'x' } }).success).toBe(false);
  });

  it('takes one name or a list of names per source, never an empty list', () => {
    const both = { ...provider, sources: { modelsdev: ['azure', 'azure-cognitive-services'] } };
    expect(Provider.safeParse(both).success).toBe(true);
    expect(errors(Provider, { ...provider, sources: { modelsdev: [] } })).toHaveProperty([
      'sources.modelsdev',
    ]);
    expect(
      errors(Provider, { ...provider, sources: { modelsdev: 3 } })['sources.modelsdev'],
    ).toEqual(['expected a name, or a list of names, got 3']);
  });
});

describe('Creator', () => {
  it('accepts a creator and rejects a country name in place of its code', () => {
    expect(
      Creator.safeParse({ name: 'Mistral AI', url: 'https://mistral.ai', country: 'FR' }).success,
    ).toBe(true);
    expect(
      errors(Creator, { name: 'Mistral AI', url: 'https://mistral.ai', country: 'France' })[
        'country'
      ],
    ).toHaveLength(1);
  });
});

describe('RefreshState', () => {
  it('accepts an empty state and rejects a malformed timestamp', () => {
    expect(RefreshState.safeParse({ sources: {} }).success).toBe(true);
    expect(RefreshState.safeParse({ last_run: 'yesterday', sources: {} }).success).toBe(false);
  });
});

describe('documentation', () => {
  // Every field's description flows into the published JSON Schema and editors' hints.
  it.each([
    ['Creator', Creator],
    ['Model', Model],
    ['Provider', Provider],
    ['RefreshState', RefreshState],
  ] as const)('%s documents every field', (_name, schema) => {
    const undocumented: string[] = [];
    const walk = (node: unknown, where: string) => {
      if (node === null || typeof node !== 'object') return;
      const n = node as {
        properties?: Record<string, { description?: string }>;
        items?: unknown;
        anyOf?: unknown[];
        additionalProperties?: unknown;
      };
      for (const [key, prop] of Object.entries(n.properties ?? {})) {
        const described =
          prop.description ??
          (prop as { anyOf?: { description?: string }[] }).anyOf?.find((a) => a.description)
            ?.description;
        if (!described) undocumented.push(`${where}${key}`);
        walk(prop, `${where}${key}.`);
      }
      walk(n.items, where);
      for (const branch of n.anyOf ?? []) walk(branch, where);
      walk(n.additionalProperties, where);
    };
    walk(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }), '');
    expect(undocumented).toEqual([]);
  });
});
