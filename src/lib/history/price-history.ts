/**
 * Prices over time, from the offers' `history`: each offer's run of prices as dated segments, the
 * changes between them, and the geometry of a small step chart drawn at build time as SVG.
 */
import type { CatalogOffer } from '../catalog/types.ts';
import type { Price } from '../../schemas/offer.ts';
import { dayNumber, isoFromDay } from '../dates.ts';

export interface Segment {
  /** First day of this price; undefined when nobody recorded it. */
  from: string | undefined;
  /** Day it was replaced, or the build day for the current price. */
  until: string;
  /** True when `until` is only the day the replacement was first seen. */
  observed: boolean;
  price: Price;
}

export interface PriceChange {
  date: string;
  /** True when `date` is only the day a source first showed the new price (the change came earlier). */
  observed: boolean;
  offer: CatalogOffer;
  before: Price;
  after: Price;
}

/** The offer's prices as consecutive segments, oldest first, the current one ending on `today`. */
export function segmentsOf(offer: CatalogOffer, today: string): Segment[] {
  const past = (offer.history ?? []).map((h, i, all) => ({
    from: h.from ?? all[i - 1]?.until,
    until: h.until,
    observed: h.observed === true,
    price: h.price,
  }));
  const last = past.at(-1);
  return [
    ...past,
    { from: last?.until ?? offer.updated, until: today, observed: false, price: offer.price },
  ];
}

/** Whether a buyer pays differently: the flat prices, long prompts' prices, or the peak hours. */
const differs = (a: Price, b: Price) =>
  a.input !== b.input ||
  a.output !== b.output ||
  a.cached_input !== b.cached_input ||
  longContextMoved(a, b) ||
  JSON.stringify(a.peak ?? null) !== JSON.stringify(b.peak ?? null);

export function longContextMoved(a: Price, b: Price): boolean {
  const x = a.long_context;
  const y = b.long_context;
  if (!x || !y) return x !== y;
  return x.threshold !== y.threshold || x.input !== y.input || x.output !== y.output;
}

/** Every recorded change of input, output, cached or long-context price, newest first. */
export function changesOf(offers: readonly CatalogOffer[], today: string): PriceChange[] {
  const changes: PriceChange[] = [];
  for (const offer of offers) {
    const segments = segmentsOf(offer, today);
    for (let i = 1; i < segments.length; i++) {
      const before = segments[i - 1];
      const after = segments[i];
      if (before && after && differs(before.price, after.price)) {
        changes.push({
          date: before.until,
          observed: before.observed,
          offer,
          before: before.price,
          after: after.price,
        });
      }
    }
  }
  return changes.sort(
    (a, b) =>
      b.date.localeCompare(a.date) || a.offer.provider.name.localeCompare(b.offer.provider.name),
  );
}

export type PriceKind = 'input' | 'output';

/** One line of the chart: the providers whose price of this kind moved identically. */
export interface Track {
  points: { date: string; price: number }[];
  providers: string[];
}

/**
 * Offers with the same run of prices share one line, so eighteen providers at one price are one
 * line labelled with all their names rather than eighteen lines drawn over each other.
 */
export function tracksOf(offers: readonly CatalogOffer[], kind: PriceKind, today: string): Track[] {
  const tracks = new Map<string, Track>();
  for (const offer of offers) {
    const points = segmentsOf(offer, today).flatMap((s) => {
      const price = s.price[kind];
      return price == null ? [] : [{ date: s.from ?? s.until, price }];
    });
    if (points.length === 0) continue;
    // Offers whose prices and change days match share a line, whenever each entered the catalog;
    // the line starts at the earliest of them.
    const key = JSON.stringify(points.map((p, i) => (i === 0 ? p.price : p)));
    const name = offer.variant ? `${offer.provider.name} (${offer.variant})` : offer.provider.name;
    const track = tracks.get(key);
    if (!track) {
      tracks.set(key, { points, providers: [name] });
      continue;
    }
    track.providers.push(name);
    const [first] = track.points;
    const [start] = points;
    if (first && start && start.date < first.date)
      track.points = [{ ...first, date: start.date }, ...track.points.slice(1)];
  }
  return [...tracks.values()].sort(
    (a, b) => (a.points.at(-1)?.price ?? 0) - (b.points.at(-1)?.price ?? 0),
  );
}

/** A round axis top at or above `value`: 1, 2, 2.5 or 5 times a power of ten. */
export function niceCeiling(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 2.5, 5, 10].find((s) => s * power >= value - 1e-12) ?? 10;
  return step * power;
}

export interface Chart {
  width: number;
  height: number;
  /** One SVG path per track, in the tracks' order. */
  paths: string[];
  yTicks: { y: number; price: number }[];
  xTicks: { x: number; date: string }[];
  plot: { left: number; right: number; top: number; bottom: number };
}

/** Step lines: a price holds until the day it changes, then jumps. Ends on `today`. */
export function stepChart(
  tracks: readonly Track[],
  today: string,
  width = 400,
  height = 180,
): Chart {
  const plot = { left: 52, right: width - 8, top: 8, bottom: height - 22 };
  const dates = tracks.flatMap((t) => t.points.map((p) => dayNumber(p.date)));
  const end = dayNumber(today);
  const start = Math.min(end - 1, ...dates);
  const top = niceCeiling(
    Math.max(...tracks.flatMap((t) => t.points.map((p) => p.price)), 0) * 1.1,
  );
  const x = (d: number) => plot.left + ((d - start) / (end - start)) * (plot.right - plot.left);
  const y = (p: number) => plot.bottom - (p / top) * (plot.bottom - plot.top);
  const r = (n: number) => Math.round(n * 10) / 10;

  const paths = tracks.map((t) => {
    let d = '';
    t.points.forEach((p, i) => {
      const px = r(x(dayNumber(p.date)));
      const py = r(y(p.price));
      d += i === 0 ? `M${px} ${py}` : `V${py}`;
      const next = t.points[i + 1];
      d += `H${r(x(next ? dayNumber(next.date) : end))}`;
    });
    return d;
  });
  const yTicks = [0, top / 2, top].map((price) => ({ y: r(y(price)), price }));
  const startIso = isoFromDay(start);
  const xTicks = [
    { x: plot.left, date: startIso },
    { x: plot.right, date: today },
  ];
  return { width, height, paths, yTicks, xTicks, plot };
}
