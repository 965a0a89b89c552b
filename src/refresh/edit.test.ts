import { describe, expect, it } from 'vitest';
import { editProviderFile, nextState, stateFileText } from './edit.ts';
import { emptyPlan } from './plan/plan.ts';

const TODAY = '2026-11-24';
const FILE = `# yaml-language-server: $schema=../../schema/provider.json
name: Acme # the display name
offers:
  # The flagship, at list price.
  - model: big
    provider_model_id: big-1
    price:
      input: 1 # per 1M
      output: 4
    updated: 2026-07-01
    source: litellm@00035b69
  - model: small
    provider_model_id: small-1
    price: {input: 0.1, output: 0.4}
    quantization: fp8
    updated: 2026-07-01
    source: modelsdev@f3fc692
`;

const empty = emptyPlan(TODAY);

describe('editProviderFile', () => {
  it('returns the very same text when the plan has nothing for the file', () => {
    expect(editProviderFile(FILE, 'acme', empty)).toBe(FILE);
  });

  it('edits only the values the plan names, keeping comments, order and flow style', () => {
    const edited = editProviderFile(FILE, 'acme', {
      ...empty,
      changes: [
        {
          offer: { provider: 'acme', index: 0, model: 'big' },
          before: { input: 1, output: 4 },
          after: { input: 0.8, output: 4 },
          ref: `litellm@${TODAY}`,
          previousRef: 'litellm@00035b69',
          previousUpdated: '2026-07-01',
        },
      ],
      confirmations: [{ offer: { provider: 'acme', index: 1, model: 'small' }, write: true }],
      speeds: [
        {
          offer: { provider: 'acme', index: 1, model: 'small' },
          speed: { tokens_per_second: 120.5, measured: TODAY, source: `openrouter@${TODAY}` },
        },
      ],
    });
    expect(edited).toBe(`# yaml-language-server: $schema=../../schema/provider.json
name: Acme # the display name
offers:
  # The flagship, at list price.
  - model: big
    provider_model_id: big-1
    price:
      input: 0.8 # per 1M
      output: 4
    updated: ${TODAY}
    source: litellm@${TODAY}
    history:
      - price:
          input: 1
          output: 4
        from: 2026-07-01
        until: ${TODAY}
        source: litellm@00035b69
  - model: small
    provider_model_id: small-1
    price: {input: 0.1, output: 0.4}
    quantization: fp8
    speed:
      tokens_per_second: 120.5
      measured: ${TODAY}
      source: openrouter@${TODAY}
    updated: 2026-07-01
    checked: ${TODAY}
    source: modelsdev@f3fc692
`);
  });
});

describe('editProviderFile and the units', () => {
  it('writes a moved tier price in place and a new unit or image list under the price', () => {
    const text = `offers:
  - model: big
    provider_model_id: big-1
    price:
      input: 1
      output: 4
      tiers:
        priority: {input: 2, output: 8} # from the provider's page
    updated: 2026-07-01
    source: litellm@00035b69
`;
    const before = { input: 1, output: 4, tiers: { priority: { input: 2, output: 8 } } };
    const after = {
      ...before,
      tiers: { priority: { input: 2.5, output: 8 } },
      fees: { web_search_per_1k: 10 },
      image: { per_image: [{ size: '1024x1024', usd: 0.04 }] },
    };
    const edited = editProviderFile(text, 'acme', {
      ...empty,
      changes: [
        {
          offer: { provider: 'acme', index: 0, model: 'big' },
          before,
          after,
          ref: `litellm@${TODAY}`,
          previousRef: 'litellm@00035b69',
          previousUpdated: '2026-07-01',
        },
      ],
    });
    expect(edited).toContain(`    price:
      input: 1
      output: 4
      tiers:
        priority: {input: 2.5, output: 8} # from the provider's page
      image:
        per_image:
          - size: 1024x1024
            usd: 0.04
      fees:
        web_search_per_1k: 10
    updated: ${TODAY}`);
    // The old prices, units and all, go to the history.
    expect(edited).toContain(`    history:
      - price:
          input: 1
          output: 4
          tiers:
            priority:
              input: 2
              output: 8`);
  });
});

describe('editProviderFile and a unit stated for the first time', () => {
  it('adds it and dates the offer, but appends no history: no price ended', () => {
    const edited = editProviderFile(FILE, 'acme', {
      ...empty,
      changes: [
        {
          offer: { provider: 'acme', index: 0, model: 'big' },
          before: { input: 1, output: 4 },
          after: { input: 1, output: 4, fees: { web_search_per_1k: 10 } },
          ref: `litellm@${TODAY}`,
          previousRef: 'litellm@00035b69',
          previousUpdated: '2026-07-01',
        },
      ],
    });
    expect(edited).toContain(`      output: 4
      fees:
        web_search_per_1k: 10
    updated: ${TODAY}
    source: litellm@${TODAY}
  - model: small`);
    expect(edited).not.toContain('history');
  });
});

describe('nextState and stateFileText', () => {
  const read = {
    ...empty,
    sources: [{ id: 'litellm' as const, ok: true, models: 10, matched: 3, notes: [] }],
  };

  it('keeps the old text on a second run the same day with the same counts', () => {
    const first = nextState(undefined, read, `${TODAY}T06:00:00Z`);
    const text = stateFileText(undefined, undefined, first);
    expect(text).toContain('last_success: 2026-11-24T06:00:00Z');
    expect(text.startsWith('# yaml-language-server: $schema=../schema/refresh-state.json\n')).toBe(
      true,
    );
    const second = nextState(first, read, `${TODAY}T09:00:00Z`);
    expect(second).toEqual(first);
    expect(stateFileText(text, first, second)).toBe(text);
  });

  it('records a new read, and keeps what it knew of a source that failed this time', () => {
    const first = nextState(undefined, read, `${TODAY}T06:00:00Z`);
    const failed = {
      ...empty,
      sources: [{ id: 'litellm' as const, ok: false, models: 0, matched: 0, notes: [] }],
    };
    expect(nextState(first, failed, '2026-11-25T06:00:00Z').sources).toEqual(first.sources);
    expect(nextState(first, read, '2026-11-25T06:00:00Z').sources.litellm?.last_success).toBe(
      '2026-11-25T06:00:00Z',
    );
  });
});
