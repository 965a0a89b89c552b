/**
 * What each page shows, read from one catalog as a string: two catalogs whose strings for a page
 * differ give that page different content. Each view takes the figures its page's template reads,
 * through the same functions the pages call (competitors, insights, boards, the FAQ, the change
 * list), so `npm run diff` names a page exactly when the build would write it differently.
 */
import { boardOf, placesOf, type Board } from '../benchmarks/board.ts';
import { SCORE_COLUMN_MIN_MODELS, widelyScored } from '../benchmarks/coverage.ts';
import { headline as headlineScore } from '../benchmarks/headline.ts';
import { leaders, standing } from '../benchmarks/standing.ts';
import { onSale } from '../catalog/offers.ts';
import { isReseller } from '../catalog/sellers.ts';
import type { Catalog, CatalogModel } from '../catalog/types.ts';
import { sideOf } from '../compare/facts.ts';
import { pairSlug } from '../compare/pairs.ts';
import { changeKey, headline, summary, type CatalogChange } from '../history/changes.ts';
import { packedFind } from '../find/build-data.ts';
import { PRESETS } from '../find/presets.ts';
import { rank } from '../find/rank.ts';
import { answerChartSvg, scoreHeading } from '../find/score-view.ts';
import { answerSummary, LIVE_ROWS, resultRows, tableHtml } from '../find/view.ts';
import { STALE_AFTER_DAYS } from '../site.ts';
import { faqFor } from '../text/faq.ts';
import { deriveInsights } from '../text/insights.ts';
import type { ProviderRecord } from '../../schemas/records.ts';

const text = (value: unknown) => JSON.stringify(value) ?? '';

/** A model as a card or a row of a list shows it: the competitor cards, a maker's page. */
export function cardView(m: CatalogModel): string {
  return text([
    m.id,
    m.name,
    m.creatorName,
    m.tier,
    m.status,
    m.retired,
    m.released,
    m.context_window,
    m.cheapestInput,
    m.cheapestOutput?.price,
    m.firstParty?.input,
    m.providerCount,
  ]);
}

/** A model's row in the overview's table. */
export function overviewRow(m: CatalogModel, scoreColumn: readonly Board['benchmark'][]): string {
  return text([
    cardView(m),
    m.creator,
    m.aliases,
    m.modalities.input,
    m.capabilities.tool_calling,
    m.capabilities.reasoning,
    m.capabilities.structured_output,
    m.open_weights,
    m.cheapestInputDirect,
    m.cheapestOutputDirect?.price,
    m.offers.some((o) => !isReseller(o.provider)),
    scoreColumn.map((b) => headlineScore(m.scores, b)?.score),
  ]);
}

/** The benchmarks the overview's score column offers. */
export const scoreColumn = (catalog: Catalog) =>
  widelyScored(catalog, SCORE_COLUMN_MIN_MODELS).map((c) => c.benchmark);

/** One recorded price change as /changes/, the overview and the feed write it. */
export const changeView = (c: CatalogChange) =>
  text([changeKey(c), c.date, c.observed, headline(c), summary(c), c.model.name, c.model.status]);

/** What a model's page shows of the model itself: its record, offers, prices and scores. */
export function ownView(catalog: Catalog, m: CatalogModel): string {
  const scored = new Set((m.scores ?? []).map((s) => s.benchmark));
  const measurers = new Set((m.scores ?? []).map((s) => s.measured_by));
  return text([
    m,
    catalog.creatorById.get(m.creator),
    catalog.benchmarks.filter((b) => scored.has(b.id)),
    [...measurers].map((id) => catalog.evaluatorById.get(id)),
  ]);
}

/**
 * What a comparison page shows of one of its two models: its facts and prices with resellers and
 * without, the offers by provider (prices and their dates, not their sources or histories), its
 * scores and its maker.
 */
export function compareView(catalog: Catalog, m: CatalogModel): string {
  const scored = new Set((m.scores ?? []).map((s) => s.benchmark));
  return text([
    sideOf(m),
    sideOf(m, true),
    m.creator,
    m.status,
    m.retired,
    m.offers.map((o) => [o.provider, o.variant, o.price, o.updated, o.checked]),
    m.scores,
    catalog.creatorById.get(m.creator),
    catalog.benchmarks.filter((b) => scored.has(b.id)),
  ]);
}

/**
 * The parts of a model's page that other models can move, each named as the page's section is: the
 * competitor cards, the FAQ (which answers with the model's price and its competitors'), the
 * strengths phrased from its place in its tier, its place on each benchmark's board.
 */
export function borrowedViews(
  catalog: Catalog,
  m: CatalogModel,
  compareSlugs: ReadonlySet<string>,
): Record<'competitor cards' | 'FAQ' | 'place in its tier' | 'benchmark places', string> {
  const competitors = catalog.competitorsOf(m);
  return {
    'competitor cards': text(
      competitors.map((c) => [cardView(c), compareSlugs.has(pairSlug(m.id, c.id))]),
    ),
    FAQ: text(faqFor(m, competitors)),
    'place in its tier': text(deriveInsights(m, catalog.ranks.get(m.id) ?? {})),
    'benchmark places': text(
      placesOf(catalog, m).map(({ board, row }) => [
        board.benchmark.id,
        standing(row, board, (d) => d),
      ]),
    ),
  };
}

/** A provider's page: its record and offers, with the name and status of each model it serves. */
export function providerView(catalog: Catalog, p: ProviderRecord): string {
  return text([
    p,
    p.offers.map((o) => {
      const m = catalog.modelById.get(o.model);
      return m && [m.name, m.context_window, m.status, m.retired];
    }),
  ]);
}

/** A maker's page: its record and the card of each of its models. */
export function creatorView(catalog: Catalog, id: string): string {
  return text([
    catalog.creatorById.get(id),
    catalog.models.filter((m) => m.creator === id).map(cardView),
  ]);
}

/** A benchmark's page: the board, each row with its scores, place and blended price. */
export function boardView(board: Board): string {
  return text([
    board.benchmark,
    board.ranked,
    board.rows.map((r) => [
      r.model.id,
      r.model.name,
      r.model.creatorName,
      r.model.status,
      r.model.retired,
      r.rank,
      r.scores,
      r.model.cheapestBlended?.price,
    ]),
  ]);
}

/** The lists: providers, makers, comparisons and benchmarks, each as its index page shows it. */
export function indexViews(
  catalog: Catalog,
  pairs: readonly { slug: string; a: CatalogModel; b: CatalogModel }[],
): Record<'/providers/' | '/creators/' | '/compare/' | '/benchmarks/', string> {
  const boards = catalog.benchmarks.map((b) => boardOf(catalog, b));
  return {
    '/providers/': text(
      catalog.providers.map((p) => [p.id, p.name, p.kind, p.offers.filter(onSale).length]),
    ),
    '/creators/': text(
      catalog.creators.map((c) => [c, catalog.models.filter((m) => m.creator === c.id).length]),
    ),
    '/compare/': text([
      catalog.models.map((m) => [m.id, m.name, m.creatorName]),
      pairs.map((p) => [p.slug, p.a.name, p.b.name]),
    ]),
    '/benchmarks/': text([
      [...catalog.evaluatorById.values()],
      boards.map((b) => [
        b.benchmark,
        b.rows.map((r) => r.scores.length),
        leaders(b).map((r) => [r.model.id, r.model.name, r.model.status, r.best.score]),
      ]),
    ]),
  };
}

/**
 * The finder's page without JavaScript: the answer its form starts on, the ready-made answers
 * ranked by the build, the makers and benchmarks its form offers.
 */
export function findView(catalog: Catalog, today: string): string {
  const data = packedFind(catalog, today, STALE_AFTER_DAYS);
  const table = (
    answer: ReturnType<typeof rank>,
    rows: number,
    sort: Parameters<typeof resultRows>[2],
  ) => tableHtml(resultRows(answer, rows, sort), '', (id) => id, scoreHeading(answer));
  const first = PRESETS[0];
  const live = first && rank(data, first.query, LIVE_ROWS);
  return text([
    live && first && [table(live, LIVE_ROWS, first.query.sort), answerChartSvg(live)],
    PRESETS.map((p) => {
      const answer = rank(data, p.query, 10);
      return [answerSummary(answer, p.query), table(answer, 10, p.query.sort)];
    }),
    catalog.creators.map((c) => [c.id, c.name]),
    data.benchmarks,
    (data.scores ?? []).map((s) => s[0].length),
  ]);
}
