/**
 * The frontier of cost against score: the points no other point beats on both, cheaper (or as
 * cheap) and better (or as good), with one of the two strictly. Generic over the point, so the
 * benchmark pages (cheapest price) and the finder (a month of a workload) mark it alike.
 */
export interface Point {
  cost: number;
  score: number;
}

/**
 * The indices of the points on the frontier, cheapest first. `higherIsBetter` is the benchmark's
 * direction. Points sharing cost and score are all on it, or none.
 */
export function frontier(points: readonly Point[], higherIsBetter = true): number[] {
  const sign = higherIsBetter ? 1 : -1;
  const order = points
    .map((_, i) => i)
    .sort((a, b) => {
      const pa = points[a] as Point;
      const pb = points[b] as Point;
      return pa.cost - pb.cost || sign * (pb.score - pa.score);
    });
  const on: number[] = [];
  let best = Number.NEGATIVE_INFINITY;
  let last: Point | undefined;
  for (const i of order) {
    const p = points[i] as Point;
    const score = sign * p.score;
    // Equal to the last point kept: not beaten by it, so it stays beside it.
    const tie = last !== undefined && p.cost === last.cost && p.score === last.score;
    if (score > best || (tie && on.length > 0)) {
      on.push(i);
      if (!tie) best = score;
      last = p;
    }
  }
  return on;
}
