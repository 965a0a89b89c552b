import { describe, expect, it } from 'vitest';
import { model } from '../../test/helpers/catalog.ts';
import { factCoverage } from './fact-sources.ts';

const DOCS = 'https://docs.example.com/models';

describe('factCoverage', () => {
  const models = [
    model('sourced', {
      creator: 'big',
      released: '2026-01-01',
      sources: [
        {
          url: DOCS,
          read: '2026-12-07',
          fields: ['released', 'context_window', 'modalities'],
        },
      ],
    }),
    model('bare', { creator: 'big', released: '2026-01-01' }),
    model('other', { creator: 'small', released: '2026-01-01' }),
  ];

  it('counts the facts per maker and lists each model with a fact no page names', () => {
    const { byMaker, findings } = factCoverage({ models });
    const facts = 'released, context_window, modalities.input, modalities.output';
    expect(findings).toEqual([
      { where: 'models/big/bare', message: facts },
      { where: 'models/small/other', message: facts },
    ]);
    expect(byMaker.get('big')).toEqual({ facts: 8, unsourced: 4 });
    expect(byMaker.get('small')).toEqual({ facts: 4, unsourced: 4 });
  });

  it('lists the open-weights models whose licence is not stated, and no other', () => {
    const open = model('open', { creator: 'small', open_weights: true });
    const licensed = model('licensed', { creator: 'small', open_weights: true, license: 'MIT' });
    const { unlicensed } = factCoverage({ models: [...models, open, licensed] });
    expect(unlicensed).toEqual([
      { where: 'models/small/open', message: 'open weights, licence not confirmed' },
    ]);
  });
});
