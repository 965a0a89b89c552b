import { describe, expect, it } from 'vitest';
import { catalog, model } from '../../../test/helpers/catalog.ts';
import { aboutText } from './model-text.ts';

/** The first sentence the page writes of a model without an editors' description. */
const opening = (fields: Parameters<typeof model>[1]) => {
  const built = catalog([model('m', { name: 'Model M', tier: 'balanced', ...fields })], []);
  const m = built.models[0];
  if (!m) throw new Error('no model');
  return aboutText({ ...m, description: undefined })[0]?.split('. ')[0];
};

describe('aboutText', () => {
  it('says when the model was released, by day or by month, and nothing when no page says', () => {
    expect(opening({ released: '2026-03-15' })).toMatch(/, released on 15 Mar 2026$/);
    expect(opening({ released: '2026-03' })).toMatch(/, released in Mar 2026$/);
    const unknown = opening({ released: undefined });
    expect(unknown).toBe('Model M is a mid-range model from Acme');
    expect(unknown).not.toContain('released');
  });
});
