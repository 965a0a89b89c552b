/**
 * The pages a change affects, from two hand-built catalogs. The catalog: X (Acme) and Y (Globex) in
 * the balanced tier, Z (Initech) alone in the flagship tier; Y's editors chose X as its competitor
 * and Z's chose Y; X, with no list, competes with Y (the only balanced model from another maker).
 * So the comparison pages are X vs Y and Y vs Z, and X shows on the pages of X and Y only.
 */
import { describe, expect, it } from 'vitest';
import { catalog, model, offer, provider } from '../../../test/helpers/catalog.ts';
import type { Offer } from '../../schemas/offer.ts';
import { affectedPages, type AffectedPages } from './pages.ts';

const TODAY = '2026-12-07';

const models = [
  model('x'),
  model('y', { creator: 'globex', competitors: ['x'] }),
  model('z', { creator: 'initech', tier: 'flagship', competitors: ['y'] }),
];
const offers = (x: Partial<Offer> = {}) => [
  offer('x', 1, 4, x),
  offer('y', 2, 8),
  offer('z', 10, 40),
];
const base = catalog(models, [provider('host', offers())]);

/** The paths of one group, and why each is listed. */
const group = (pages: AffectedPages, name: string) =>
  Object.fromEntries(
    (pages.groups.find((g) => g.name === name)?.pages ?? []).map((p) => [p.path, p.why]),
  );

describe('affectedPages', () => {
  it('lists nothing when nothing changes', () => {
    const same = catalog(models, [provider('host', offers())]);
    expect(affectedPages(base, same, TODAY)).toEqual({
      groups: [],
      gone: [],
      everyPage: undefined,
    });
  });

  describe('a price cut on X, with no history kept', () => {
    const cut = catalog(models, [provider('host', offers({ price: { input: 0.5, output: 4 } }))]);
    const pages = affectedPages(base, cut, TODAY);

    it("lists X's page, and Y's, whose competitor card shows X; not Z's, which shows Y", () => {
      const modelPages = group(pages, 'Model pages');
      expect(modelPages['/models/x/']).toContain('its own data');
      expect(modelPages['/models/y/']).toContain('competitor cards');
      expect(modelPages['/models/z/']).toBeUndefined();
    });

    it('lists the comparison page with X, not the one without', () => {
      expect(group(pages, 'Comparison pages')).toEqual({
        '/compare/x-vs-y/': ["X's data"],
      });
    });

    it("lists the overview's row, the seller's and maker's pages and the API files", () => {
      expect(group(pages, 'Overview and lists')['/']).toEqual(["the table's row for X"]);
      expect(group(pages, 'Provider pages')).toEqual({
        '/providers/host/': ['its offers or facts'],
      });
      expect(group(pages, 'Maker pages')).toEqual({ '/creators/acme/': ['its models'] });
      const data = Object.keys(group(pages, 'JSON API, finder data and feed'));
      expect(data).toContain('/api/v1/models.json');
      expect(data).toContain('/api/v1/models/x.json');
      expect(data).toContain('/api/v1/providers.json');
      expect(data).not.toContain('/api/v1/models/y.json');
    });

    it('does not list /changes/ or the feed: without a history entry no change is recorded', () => {
      expect(group(pages, 'Overview and lists')['/changes/']).toBeUndefined();
      expect(group(pages, 'JSON API, finder data and feed')['/changes.xml']).toBeUndefined();
      expect(pages.gone).toEqual([]);
    });
  });

  it("lists X's page for a cut on Y: X's derived competitor, the nearest in price from another maker", () => {
    const cut = catalog(models, [
      provider('host', [offer('x', 1, 4), offer('y', 1.5, 8), offer('z', 10, 40)]),
    ]);
    const modelPages = group(affectedPages(base, cut, TODAY), 'Model pages');
    expect(modelPages['/models/x/']).toContain('competitor cards');
    expect(modelPages['/models/z/']).toContain('competitor cards');
  });

  it('lists /changes/, its feed and the latest changes on the overview for a cut with its history', () => {
    const recorded = catalog(models, [
      provider(
        'host',
        offers({
          price: { input: 0.5, output: 4 },
          updated: '2026-11-01',
          history: [{ price: { input: 1, output: 4 }, until: '2026-11-01' }],
        }),
      ),
    ]);
    const pages = affectedPages(base, recorded, TODAY);
    const lists = group(pages, 'Overview and lists');
    expect(lists['/changes/']).toEqual(['1 change added']);
    expect(lists['/']).toEqual(["the table's row for X", 'latest price changes']);
    expect(group(pages, 'JSON API, finder data and feed')['/changes.xml']).toEqual(['its content']);
  });

  it("says a removed model's pages are gone, and the comparison page that had it", () => {
    // Y's editors drop X from its list; Z keeps Y, so Y vs Z stays.
    const without = catalog(
      [model('y', { creator: 'globex' }), ...models.slice(2)],
      [provider('host', [offer('y', 2, 8), offer('z', 10, 40)])],
    );
    const pages = affectedPages(base, without, TODAY);
    expect(pages.gone).toEqual(['/api/v1/models/x.json', '/compare/x-vs-y/', '/models/x/']);
    expect(group(pages, 'Model pages')['/models/x/']).toBeUndefined();
    expect(group(pages, 'Overview and lists')['/']).toContain('its counts');
  });

  it('marks a page that did not exist before as new', () => {
    const added = catalog(
      [...models, model('w', { creator: 'umbrella', competitors: ['x'] })],
      [provider('host', [...offers(), offer('w', 1, 4)])],
    );
    const pages = affectedPages(base, added, TODAY);
    expect(group(pages, 'Model pages')['/models/w/']).toEqual(['new']);
    expect(group(pages, 'Comparison pages')['/compare/w-vs-x/']).toEqual(['new']);
    expect(group(pages, 'Maker pages')['/creators/umbrella/']).toEqual(['its models']);
  });
});
