/** The finder with resellers (aggregators) in its answer, and with them left out. */
import { describe, expect, it } from 'vitest';
import { catalog, model, offer, provider } from '../../../test/helpers/catalog.ts';
import { TYPICAL_WORKLOAD } from '../pricing/workload.ts';
import { findData } from './data.ts';
import { pack } from './pack.ts';
import { ANY, queryFromParams, queryToParams, type FindQuery } from './query.ts';
import { rank } from './rank.ts';
import { answerSummary, resultRows } from './view.ts';

const TODAY = '2026-07-10';

describe('leaving resellers out', () => {
  // A reseller undercuts the maker on "made"; "resold" is sold only through the reseller.
  const sellers = pack(
    findData(
      catalog(
        [model('made', { name: 'Made' }), model('resold', { name: 'Resold' })],
        [
          provider('maker', [offer('made', 1, 4)], { kind: 'first-party' }),
          provider('router', [offer('made', 0.9996, 3.998), offer('resold', 0.5, 0.5)], {
            kind: 'aggregator',
          }),
        ],
      ),
      TODAY,
      14,
    ),
  );
  const ranked = (needs: Partial<FindQuery['needs']>) =>
    rank(sellers, { work: TYPICAL_WORKLOAD, needs: { ...ANY, ...needs }, sort: 'cost' });

  it("answers with the reseller's price, marked as such, unless resellers are left out", () => {
    const all = ranked({});
    expect(all.results.map((r) => [r.model.id, r.best.provider.id])).toEqual([
      ['resold', 'router'],
      ['made', 'router'],
    ]);
    expect(resultRows(all).map((r) => r.best.reseller)).toEqual([true, true]);
    const direct = ranked({ direct: true });
    expect(direct.results.map((r) => [r.model.id, r.best.provider.id])).toEqual([
      ['made', 'maker'],
    ]);
    expect(resultRows(direct)[0]?.best.reseller).toBe(false);
  });

  it('reads direct=1 from the URL and writes it back', () => {
    const query = queryFromParams(new URLSearchParams('direct=1'));
    expect(query.needs.direct).toBe(true);
    expect(queryToParams(query).get('direct')).toBe('1');
    expect(queryToParams(queryFromParams(new URLSearchParams(''))).has('direct')).toBe(false);
  });

  it('says under the answer that resellers are left out', () => {
    const query = {
      work: TYPICAL_WORKLOAD,
      needs: { ...ANY, direct: true },
      sort: 'cost' as const,
    };
    expect(answerSummary(rank(sellers, query), query)).toMatch(/ Resellers are left out\.$/);
    const all = { ...query, needs: ANY };
    expect(answerSummary(rank(sellers, all), all)).not.toMatch(/Resellers/);
  });
});
