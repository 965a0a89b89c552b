import { describe, expect, it } from 'vitest';
import { benchmark, score } from '../../../test/helpers/catalog.ts';
import { pairScores } from './pair.ts';

const coding = benchmark('coding');
const maths = benchmark('maths');
const rates = benchmark('rates', {
  scale: { unit: 'rate', min: 0, max: 100, higher_is_better: false },
});
const vision = benchmark('vision');
const agents = benchmark('agents');

describe('pairScores', () => {
  const a = [
    score('coding', 60, { settings: { reasoning: 'low' } }),
    score('coding', 72, { settings: { reasoning: 'high' } }),
    score('maths', 50),
    score('rates', 3.1),
    score('vision', 40),
  ];
  const b = [score('coding', 70), score('maths', 50), score('rates', 4.5), score('agents', 33)];
  const pair = pairScores([coding, maths, rates, vision, agents], a, b);

  it("judges each model's headline score, with the settings that reached it", () => {
    const first = pair.both[0];
    expect(first?.a).toMatchObject({ score: 72, settings: { reasoning: 'high' } });
    expect(first?.winner).toBe('a');
  });

  it('calls equal scores a tie and reads lower-is-better the right way round', () => {
    expect(pair.both.map((r) => [r.benchmark.id, r.winner])).toEqual([
      ['coding', 'a'],
      ['maths', 'tie'],
      ['rates', 'a'],
    ]);
  });

  it('lists the benchmarks only one of them is scored on', () => {
    expect(pair.onlyA.map((x) => x.id)).toEqual(['vision']);
    expect(pair.onlyB.map((x) => x.id)).toEqual(['agents']);
    expect(pairScores([coding], undefined, undefined)).toEqual({ both: [], onlyA: [], onlyB: [] });
  });
});
