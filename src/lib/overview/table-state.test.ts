import { describe, expect, it } from 'vitest';
import {
  compareRows,
  countText,
  DEFAULT_BENCHMARK,
  DEFAULT_STATE,
  drawsOnLoad,
  FIRST_ROWS,
  listedCount,
  matches,
  nextSort,
  parseScores,
  rowFacts,
  scoresAttr,
  stateFromQuery,
  stateToQuery,
  type RowFacts,
  type TableState,
} from './table-state.ts';

const row = (
  name: string,
  values: RowFacts['values'],
  fields: Partial<RowFacts> = {},
): RowFacts => ({
  text: name.toLowerCase(),
  creator: 'openai',
  tier: 'lightweight',
  modalities: ['text'],
  caps: [],
  status: 'active',
  values: { name, ...values },
  ...fields,
});

describe('matches', () => {
  const mini = row(
    'GPT-4o mini gpt-4o-mini openai',
    {},
    { modalities: ['text', 'image'], caps: ['tools'] },
  );

  it('finds a model by every word of the query, in any order', () => {
    expect(matches(mini, { ...DEFAULT_STATE, q: '4o mini' })).toBe(true);
    expect(matches(mini, { ...DEFAULT_STATE, q: 'mini 4o' })).toBe(true);
    expect(matches(mini, { ...DEFAULT_STATE, q: '4o nano' })).toBe(false);
  });

  it('applies creator, tier, modality and every ticked capability', () => {
    expect(
      matches(mini, {
        ...DEFAULT_STATE,
        creator: 'openai',
        tier: 'lightweight',
        modality: 'image',
      }),
    ).toBe(true);
    expect(matches(mini, { ...DEFAULT_STATE, creator: 'google' })).toBe(false);
    expect(matches(mini, { ...DEFAULT_STATE, modality: 'audio' })).toBe(false);
    expect(matches(mini, { ...DEFAULT_STATE, caps: ['tools'] })).toBe(true);
    expect(matches(mini, { ...DEFAULT_STATE, caps: ['tools', 'open'] })).toBe(false);
  });
});

describe('the status filter', () => {
  const sold = row('Sold', {});
  const going = row('Going', {}, { status: 'deprecated' });
  const gone = row('Gone', {}, { status: 'retired' });
  const listed = (status: TableState['status']) =>
    [sold, going, gone]
      .filter((r) => matches(r, { ...DEFAULT_STATE, status }))
      .map((r) => r.values.name);

  it('leaves retired models out unless asked, and keeps deprecated ones', () => {
    expect(listed('')).toEqual(['Sold', 'Going']);
    expect(listed('all')).toEqual(['Sold', 'Going', 'Gone']);
    expect(listed('retired')).toEqual(['Gone']);
  });

  it('keeps the choice in the URL, and an unknown one falls back to models on sale', () => {
    const all = { ...DEFAULT_STATE, status: 'all' as const };
    expect(stateToQuery(all).toString()).toBe('status=all');
    expect(stateFromQuery(new URLSearchParams('status=all'))).toEqual(all);
    expect(stateFromQuery(new URLSearchParams('status=gone')).status).toBe('');
  });
});

describe('compareRows', () => {
  const cheap = row('A', { input: 0.1, context: 1_000_000 });
  const dear = row('B', { input: 5, context: 128_000 });
  const unknown = row('C', { context: 200_000 });

  it('sorts either way, with unknown prices last in both', () => {
    const asc = [dear, unknown, cheap].sort((a, b) => compareRows(a, b, 'input', 'asc'));
    const desc = [cheap, unknown, dear].sort((a, b) => compareRows(a, b, 'input', 'desc'));
    expect(asc.map((r) => r.values.name)).toEqual(['A', 'B', 'C']);
    expect(desc.map((r) => r.values.name)).toEqual(['B', 'A', 'C']);
  });

  it('sorts numbers as numbers', () => {
    const rows = [dear, cheap, unknown].sort((a, b) => compareRows(a, b, 'context', 'desc'));
    expect(rows.map((r) => r.values.name)).toEqual(['A', 'C', 'B']);
  });
});

describe('table state in the URL', () => {
  it('round-trips filters and sort', () => {
    const state = {
      ...DEFAULT_STATE,
      q: 'claude',
      tier: 'flagship',
      caps: ['tools' as const, 'open' as const],
      sort: 'context' as const,
      dir: 'desc' as const,
    };
    expect(stateFromQuery(new URLSearchParams(stateToQuery(state).toString()))).toEqual(state);
  });

  it('keeps the default out of the URL and ignores unknown values', () => {
    expect(stateToQuery(DEFAULT_STATE).toString()).toBe('');
    expect(stateFromQuery(new URLSearchParams('sort=price&dir=up&cap=magic'))).toEqual(
      DEFAULT_STATE,
    );
  });
});

describe('the score column', () => {
  const offered = [DEFAULT_BENCHMARK, 'livecodebench', 'vectara-hallucination-rate'];

  it('shows GPQA Diamond unless the URL names another benchmark it offers', () => {
    expect(stateFromQuery(new URLSearchParams(''), offered).bench).toBe('gpqa-diamond');
    expect(stateFromQuery(new URLSearchParams('bench=livecodebench'), offered).bench).toBe(
      'livecodebench',
    );
    expect(stateFromQuery(new URLSearchParams('bench=made-up'), offered).bench).toBe(
      DEFAULT_BENCHMARK,
    );
  });

  it('keeps the benchmark and the score sort in the URL, the default left out', () => {
    const state = {
      ...DEFAULT_STATE,
      bench: 'livecodebench',
      sort: 'score' as const,
      dir: 'desc' as const,
    };
    const query = stateToQuery(state);
    expect(query.toString()).toBe('bench=livecodebench&sort=score&dir=desc');
    expect(stateFromQuery(query, offered)).toEqual(state);
    expect(stateToQuery({ ...DEFAULT_STATE, bench: DEFAULT_BENCHMARK }).toString()).toBe('');
  });

  it('sorts unscored models last in both directions', () => {
    const high = row('High', { score: 90 });
    const low = row('Low', { score: 40 });
    const none = row('None', {});
    const desc = [none, low, high].sort((a, b) => compareRows(a, b, 'score', 'desc'));
    const asc = [none, high, low].sort((a, b) => compareRows(a, b, 'score', 'asc'));
    expect(desc.map((r) => r.values.name)).toEqual(['High', 'Low', 'None']);
    expect(asc.map((r) => r.values.name)).toEqual(['Low', 'High', 'None']);
  });

  it('starts a new column in its own first direction and turns the current one round', () => {
    const byInput = { sort: 'input' as const, dir: 'asc' as const };
    expect(nextSort(byInput, 'score', 'desc')).toEqual({ sort: 'score', dir: 'desc' });
    expect(nextSort({ sort: 'score', dir: 'desc' }, 'score', 'desc')).toEqual({
      sort: 'score',
      dir: 'asc',
    });
    expect(nextSort(byInput, 'input')).toEqual({ sort: 'input', dir: 'desc' });
    expect(nextSort(byInput, 'context')).toEqual({ sort: 'context', dir: 'asc' });
  });

  it("carries a row's scores in one short attribute, read back by benchmark", () => {
    const attr = scoresAttr([87.7, undefined, 4.5]);
    expect(attr).toBe('87.7,,4.5');
    expect(parseScores(attr, offered)).toEqual({
      'gpqa-diamond': 87.7,
      'vectara-hallucination-rate': 4.5,
    });
    expect(parseScores(undefined, offered)).toEqual({});
    expect(parseScores(',,', offered)).toEqual({});
  });
});

describe('leaving resellers out', () => {
  // GPT-5.5 as the data had it: a reseller's $4.5455 undercuts OpenAI's $5.
  const viaReseller = row(
    'GPT-5.5',
    { input: 4.5455, output: 27.2727 },
    { direct: { input: 5, output: 30 } },
  );
  const direct = row('Other', { input: 4.8, output: 20 }, { direct: { input: 4.8, output: 20 } });
  const resoldOnly = row('Only resold', { input: 1, output: 2 });

  it('is off unless the URL asks, and round-trips as direct=1', () => {
    expect(stateFromQuery(new URLSearchParams('')).direct).toBe(false);
    const state = stateFromQuery(new URLSearchParams('direct=1'));
    expect(state.direct).toBe(true);
    expect(stateToQuery(state).toString()).toBe('direct=1');
    expect(stateToQuery(DEFAULT_STATE).toString()).toBe('');
  });

  it('hides a model only resellers sell, and keeps the others', () => {
    const on = { ...DEFAULT_STATE, direct: true };
    expect(matches(resoldOnly, DEFAULT_STATE)).toBe(true);
    expect(matches(resoldOnly, on)).toBe(false);
    expect(matches(viaReseller, on)).toBe(true);
  });

  it('orders by the prices left without resellers', () => {
    const byInput = (rows: RowFacts[], direct: boolean) =>
      rows.sort((a, b) => compareRows(a, b, 'input', 'asc', direct)).map((r) => r.values.name);
    expect(byInput([viaReseller, resoldOnly, direct], false)).toEqual([
      'Only resold',
      'GPT-5.5',
      'Other',
    ]);
    // Without resellers GPT-5.5 costs OpenAI's $5, dearer than Other's $4.80.
    expect(byInput([viaReseller, direct], true)).toEqual(['Other', 'GPT-5.5']);
  });

  it('reads the prices without resellers from the row, or that only resellers sell it', () => {
    expect(rowFacts({ dInput: '5', dOutput: '30' }).direct).toEqual({ input: 5, output: 30 });
    expect(rowFacts({ direct: 'none', vInput: '1' }).direct).toBeUndefined();
  });
});

describe('a row read back from its attributes', () => {
  it('gives the filters their fields and each sortable column its value, unknown ones absent', () => {
    const facts = rowFacts({
      text: 'gpt-4o mini gpt-4o-mini openai',
      creator: 'openai',
      tier: 'lightweight',
      modalities: 'text image',
      caps: 'tools structured',
      status: 'active',
      vName: 'GPT-4o mini',
      vCreator: 'OpenAI',
      vTier: '3',
      vContext: '128000',
      vInput: '0.15',
      vOutput: '',
      vProviders: '7',
    });
    expect(facts).toEqual({
      text: 'gpt-4o mini gpt-4o-mini openai',
      creator: 'openai',
      tier: 'lightweight',
      modalities: ['text', 'image'],
      caps: ['tools', 'structured'],
      status: 'active',
      values: {
        name: 'GPT-4o mini',
        creator: 'OpenAI',
        tier: 3,
        context: 128000,
        input: 0.15,
        providers: 7,
      },
      // Sold by someone other than a reseller, at prices the row does not carry.
      direct: {},
    });
    expect(matches(facts, { ...DEFAULT_STATE, q: '4o mini', caps: ['tools'] })).toBe(true);
  });
});

describe('the count above the table', () => {
  it('says how many rows show, and how to see the retired ones while they are left out', () => {
    expect(countText(300, 366, 66, '')).toBe(
      'Showing 300 of 366 models. 66 retired left out: “All” under Status lists them, as do their makers’ pages.',
    );
    expect(countText(366, 366, 66, 'all')).toBe('366 models.');
    expect(countText(66, 366, 66, 'retired')).toBe('Showing 66 of 366 models.');
    expect(countText(12, 12, 0, '')).toBe('12 models.');
    expect(countText(300, 366, 0, '', true)).toBe('Showing 300 of 366 models. Resellers left out.');
  });

  it('says when only the first rows are listed, and what lists the rest', () => {
    expect(countText(325, 366, 41, '', false, 50)).toBe(
      'Showing 325 of 366 models. 41 retired left out: “All” under Status lists them, as do their makers’ pages. The first 50 are listed; “Show all 325” below the table lists the rest.',
    );
    // Every matching row listed: nothing more to say.
    expect(countText(30, 366, 41, '', false, 30)).toBe(
      'Showing 30 of 366 models. 41 retired left out: “All” under Status lists them, as do their makers’ pages.',
    );
  });
});

describe('the rows listed', () => {
  it('are the first 50 that match until every one is asked for', () => {
    expect(FIRST_ROWS).toBe(50);
    expect(listedCount(325, false)).toBe(50);
    expect(listedCount(49, false)).toBe(49);
    expect(listedCount(325, true)).toBe(325);
  });

  it('asks for every row with all=1, and a plain link stays plain', () => {
    expect(stateFromQuery(new URLSearchParams('all=1')).all).toBe(true);
    expect(stateFromQuery(new URLSearchParams('all=yes')).all).toBe(false);
    expect(stateToQuery({ ...DEFAULT_STATE, all: true }).toString()).toBe('all=1');
    expect(stateToQuery(DEFAULT_STATE).toString()).toBe('');
  });
});

describe('drawing on load', () => {
  const q = (s: string) => new URLSearchParams(s);
  it('leaves a plain link alone, even where the default benchmark is not offered', () => {
    expect(drawsOnLoad(q(''), [DEFAULT_BENCHMARK, 'livecodebench'], DEFAULT_BENCHMARK)).toBe(false);
    // A catalog without GPQA Diamond scores: the column shows the first offered.
    expect(drawsOnLoad(q(''), ['livecodebench'], 'livecodebench')).toBe(false);
  });

  it('draws a link that asks for something: a filter, an order, all rows or another benchmark', () => {
    const offered = [DEFAULT_BENCHMARK, 'livecodebench'];
    expect(drawsOnLoad(q('tier=flagship'), offered, DEFAULT_BENCHMARK)).toBe(true);
    expect(drawsOnLoad(q('sort=context&dir=desc'), offered, DEFAULT_BENCHMARK)).toBe(true);
    expect(drawsOnLoad(q('all=1'), offered, DEFAULT_BENCHMARK)).toBe(true);
    expect(drawsOnLoad(q('bench=livecodebench'), offered, DEFAULT_BENCHMARK)).toBe(true);
    expect(drawsOnLoad(q(`bench=${DEFAULT_BENCHMARK}`), offered, DEFAULT_BENCHMARK)).toBe(false);
  });
});
