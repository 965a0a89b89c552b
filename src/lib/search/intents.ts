/**
 * Questions about quality, read as a sort by a benchmark: "best coding model", "smartest cheap
 * model", "best model for math", "most accurate model". A word for a skill ("coding", "math",
 * "accurate") picks the benchmark of that category scored for the most models; "smartest" or
 * "best" alone picks GPQA Diamond. The index carries each such benchmark's headline scores as a
 * sort key (`score-<id>`), so Pagefind sorts by it; models nobody scored on it drop out of the
 * sorted results, as Pagefind leaves out pages without the key.
 */
import type { Catalog, CatalogModel } from '../catalog/types.ts';
import { headline } from '../benchmarks/headline.ts';
import { scoreText } from '../benchmarks/settings.ts';

/** A benchmark search can sort by, as the page's script needs it: small enough for an attribute. */
export interface IntentBenchmark {
  id: string;
  name: string;
  /** True where a lower score is better (a hallucination rate): sorted ascending. */
  lower: boolean;
}

/** The benchmark for each category some model is scored in, and the one "smartest" means. */
export interface Intents {
  byCategory: Record<string, IntentBenchmark>;
  smartest: IntentBenchmark | undefined;
}

export const NO_INTENTS: Intents = { byCategory: {}, smartest: undefined };

/** What "smartest" and a bare "best" mean: the benchmark most reported across makers. */
const SMARTEST = 'gpqa-diamond';

const found = new WeakMap<Catalog, Intents>();

/**
 * The benchmark of each category scored for the most models, and the one "smartest" means: worked
 * out once per catalog, since every page's search box carries them.
 */
export function fittingBenchmarks(catalog: Catalog): Intents {
  let known = found.get(catalog);
  if (!known) found.set(catalog, (known = fitting(catalog)));
  return known;
}

function fitting(catalog: Catalog): Intents {
  const counts = new Map<string, number>();
  for (const m of catalog.models)
    for (const id of new Set((m.scores ?? []).map((s) => s.benchmark)))
      counts.set(id, (counts.get(id) ?? 0) + 1);
  const scored = catalog.benchmarks
    .filter((b) => (counts.get(b.id) ?? 0) > 0)
    .sort(
      (a, b) => (counts.get(b.id) ?? 0) - (counts.get(a.id) ?? 0) || a.name.localeCompare(b.name),
    );
  const intent = (b: (typeof scored)[number]): IntentBenchmark => ({
    id: b.id,
    name: b.name,
    lower: !b.scale.higher_is_better,
  });
  const byCategory: Record<string, IntentBenchmark> = {};
  for (const b of scored) byCategory[b.category] ??= intent(b);
  const smartest = scored.find((b) => b.id === SMARTEST) ?? scored[0];
  return { byCategory, smartest: smartest && intent(smartest) };
}

/** The benchmarks search sorts by: each category's and the smartest, each once. */
export function intentBenchmarks(intents: Intents): IntentBenchmark[] {
  const all = [
    ...Object.values(intents.byCategory),
    ...(intents.smartest ? [intents.smartest] : []),
  ];
  return all.filter((b, i) => all.findIndex((c) => c.id === b.id) === i);
}

/** The sort key of a benchmark's headline scores in the index. */
export const scoreSortKey = (id: string): `score-${string}` =>
  `score-${id.replace(/[^a-z0-9-]/g, '-')}`;

/**
 * A model's headline score on each benchmark search sorts by, as sort keys, and in words for its
 * result. A retired model gets none: asked for the best, search answers with models one can buy.
 */
export function scoreTags(
  model: CatalogModel,
  catalog: Pick<Catalog, 'benchmarkById'>,
  intents: Intents,
): { sorts: Record<string, number>; meta: Record<string, string> } {
  const sorts: Record<string, number> = {};
  const meta: Record<string, string> = {};
  if (model.status === 'retired') return { sorts, meta };
  for (const b of intentBenchmarks(intents)) {
    const record = catalog.benchmarkById.get(b.id);
    const best = record && headline(model.scores, record);
    if (!record || !best) continue;
    const key = scoreSortKey(b.id);
    sorts[key] = best.score;
    meta[key] = `${b.name} ${scoreText(best.score, record.scale.unit)}`;
  }
  return { sorts, meta };
}

/** Words that ask for the best at something; the strong ones never name a model. */
const STRONG =
  /\b(?:smartest|strongest|cleverest|brightest|most (?:intelligent|capable|accurate|factual|truthful)|least hallucinat\w*|fewest hallucinations)\b/;
const WEAK = /\b(?:best|top)\b/;

/** The words for each category's skill; the first found decides. */
const SKILLS: [string, RegExp][] = [
  ['coding', /\b(?:coding|code|coder|programming|software engineering)\b/],
  ['math', /\b(?:math|maths|mathematics|mathematical)\b/],
  ['factuality', /\b(?:accurate|accuracy|factual|factuality|hallucinat\w*|truthful)\b/],
  ['agentic', /\b(?:agents?|agentic)\b/],
  ['instruction-following', /\b(?:instruction[ -]following|follows? instructions)\b/],
  ['reasoning', /\b(?:reasoning|logic|logical)\b/],
  ['multimodal', /\b(?:multimodal|multi-modal|vision|visual)\b/],
  ['knowledge', /\b(?:knowledge|knowledgeable|science|scientific)\b/],
];

export interface Intent {
  benchmark: IntentBenchmark;
  /** The skill asked about, or null for "smartest" or "best" alone. */
  category: string | null;
  /** The words read, as typed (lower case), to take out of the text and show. */
  words: string[];
}

/**
 * The intent in `text` (lower case, spaces single), if any. A weak word ("best") asks for a sort
 * only beside a skill ("best coding model") or when `nothingElse` says no other word is left
 * ("best model"): "the best Claude Haiku" still searches for Claude Haiku.
 */
export function readIntent(text: string, intents: Intents, nothingElse: boolean): Intent | null {
  const strong = STRONG.exec(text);
  const weak = strong ? null : WEAK.exec(text);
  if (!strong && !weak) return null;
  const skill = SKILLS.map(([category, pattern]) => [category, pattern.exec(text)] as const).find(
    ([category, match]) => match && intents.byCategory[category],
  );
  if (weak && !skill && !nothingElse) return null;
  const category = skill?.[0] ?? null;
  const benchmark = category ? intents.byCategory[category] : intents.smartest;
  if (!benchmark) return null;
  const words = [(strong ?? weak)?.[0] ?? '', skill?.[1]?.[0] ?? ''].filter(
    (w, i, all) => w !== '' && !all.slice(0, i).some((x) => x.includes(w)),
  );
  return { benchmark, category, words };
}
