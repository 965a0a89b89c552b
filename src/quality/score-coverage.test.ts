import { describe, expect, it } from 'vitest';
import { model, score } from '../../test/helpers/catalog.ts';
import { largestMakers, unscoredLeaders } from './score-coverage.ts';

// Maker "big" has three models, "mid" two, "small" one: the two largest are big and mid.
const models = [
  model('big-flag', { creator: 'big', tier: 'flagship', released: '2025-06-01' }),
  model('big-scored', { creator: 'big', released: '2026-02-01', scores: [score('b', 50)] }),
  model('big-old', { creator: 'big', tier: 'flagship', released: '2024-12-31' }),
  model('mid-light', { creator: 'mid', tier: 'lightweight', released: '2026-01-01' }),
  model('mid-retired', { creator: 'mid', released: '2025-01-01', status: 'retired' }),
  model('small-flag', { creator: 'small', tier: 'flagship', released: '2026-01-01' }),
];

describe('unscoredLeaders', () => {
  it('ranks makers by how many models they have', () => {
    expect(largestMakers({ models }, 2)).toEqual(['big', 'mid']);
  });

  it('lists flagship and balanced models of the largest makers since the date that have no score', () => {
    const found = unscoredLeaders({ models }, { makers: 2, since: '2025-01-01' });
    expect(found).toEqual([
      {
        where: 'models/big/big-flag',
        message: 'flagship, released 2025-06-01: no benchmark score',
      },
      {
        where: 'models/mid/mid-retired',
        message: 'balanced, released 2025-01-01, retired: no benchmark score',
      },
    ]);
  });

  it('counts a smaller maker once the rule reaches it', () => {
    const found = unscoredLeaders({ models }, { makers: 3, since: '2025-01-01' });
    expect(found.map((f) => f.where)).toContain('models/small/small-flag');
  });
});
