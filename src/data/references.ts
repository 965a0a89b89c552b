/**
 * Checks between files: a model's folder must be a known creator, model ids are unique across
 * folders, and every id a file names (an offer's model, competitors, replaced_by, a score's
 * benchmark and measurer) must exist; a score must lie on its benchmark's scale.
 * It reads the raw parsed values, so a file with schema errors still gets its references checked
 * in the same run, and ids count as known as soon as their file exists.
 */
import { wholeFile, type Problem } from './problem.ts';
import { didYouMean } from './suggest.ts';
import { problemAt, type YamlFile } from './yaml-file.ts';

export interface FileRef {
  id: string;
  /** The path as shown to people. */
  file: string;
  /** The parsed YAML, when the file parsed at all. */
  yaml: YamlFile | undefined;
}

export interface ModelFileRef extends FileRef {
  creator: string;
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const field = (v: unknown, key: string): unknown => (isObject(v) ? v[key] : undefined);

export function checkReferences(input: {
  creators: readonly FileRef[];
  models: readonly ModelFileRef[];
  providers: readonly FileRef[];
  benchmarks?: readonly FileRef[];
  evaluators?: readonly FileRef[];
}): Problem[] {
  const problems: Problem[] = [];
  const creatorIds = new Set(input.creators.map((c) => c.id));

  // Model ids are global: the same file name under two creators would be two pages at one URL.
  const firstFile = new Map<string, string>();
  for (const model of input.models) {
    const earlier = firstFile.get(model.id);
    if (earlier !== undefined) {
      problems.push(wholeFile(model.file, `duplicate model id "${model.id}": ${earlier} has it already`));
    } else firstFile.set(model.id, model.file);
    if (!creatorIds.has(model.creator)) {
      problems.push(
        wholeFile(
          model.file,
          `unknown creator "${model.creator}" (the folder name)${didYouMean(model.creator, creatorIds)}: add data/creators/${model.creator}.yaml or move the file`,
        ),
      );
    }
  }

  const modelIds = new Set(firstFile.keys());
  const unknownModel = (id: string) => `unknown model "${id}"${didYouMean(id, modelIds)}`;

  for (const model of input.models) {
    const { yaml } = model;
    if (!yaml) continue;
    const competitors = field(yaml.value, 'competitors');
    if (Array.isArray(competitors)) {
      competitors.forEach((id: unknown, i) => {
        if (typeof id !== 'string') return;
        if (id === model.id) problems.push(problemAt(yaml, ['competitors', i], 'a model cannot be its own competitor'));
        else if (!modelIds.has(id)) problems.push(problemAt(yaml, ['competitors', i], unknownModel(id)));
      });
    }
    const replacedBy = field(yaml.value, 'replaced_by');
    if (typeof replacedBy === 'string' && !modelIds.has(replacedBy)) {
      problems.push(problemAt(yaml, ['replaced_by'], unknownModel(replacedBy)));
    }
  }

  problems.push(...checkScores(input.models, input.benchmarks ?? [], input.evaluators ?? [], creatorIds));

  for (const provider of input.providers) {
    const { yaml } = provider;
    const offers = field(yaml?.value, 'offers');
    if (!yaml || !Array.isArray(offers)) continue;
    const seen = new Map<string, number>();
    offers.forEach((offer: unknown, i) => {
      const model = field(offer, 'model');
      if (typeof model !== 'string') return;
      if (!modelIds.has(model)) problems.push(problemAt(yaml, ['offers', i, 'model'], unknownModel(model)));
      const variant = field(offer, 'variant');
      const key = `${model}\u0000${typeof variant === 'string' ? variant : ''}`;
      const first = seen.get(key);
      if (first === undefined) {
        seen.set(key, i);
        return;
      }
      const as = typeof variant === 'string' ? ` as "${variant}"` : '';
      problems.push(
        problemAt(yaml, ['offers', i, 'model'], `offers[${first}] already offers "${model}"${as}: give one of them a distinct variant`),
      );
    });
  }
  return problems;
}

/** A benchmark's scale as its file states it, when the file parsed that far. */
function scaleOf(benchmark: FileRef): { min: number; max: number } | undefined {
  const scale = field(benchmark.yaml?.value, 'scale');
  const min = field(scale, 'min');
  const max = field(scale, 'max');
  return typeof min === 'number' && typeof max === 'number' ? { min, max } : undefined;
}

/**
 * Each score names a benchmark of data/benchmarks/ and lies on its scale, and is measured by the
 * model's maker (`maker`), an evaluator of data/evaluators/, or another maker (its creator id).
 */
function checkScores(
  models: readonly ModelFileRef[],
  benchmarks: readonly FileRef[],
  evaluators: readonly FileRef[],
  creatorIds: ReadonlySet<string>,
): Problem[] {
  const problems: Problem[] = [];
  const scales = new Map(benchmarks.map((b) => [b.id, scaleOf(b)]));
  const benchmarkIds = new Set(scales.keys());
  const measurers = new Set(['maker', ...evaluators.map((e) => e.id), ...creatorIds]);
  for (const model of models) {
    const { yaml } = model;
    const scores = field(yaml?.value, 'scores');
    if (!yaml || !Array.isArray(scores)) continue;
    scores.forEach((entry: unknown, i) => {
      const benchmark = field(entry, 'benchmark');
      if (typeof benchmark === 'string' && !benchmarkIds.has(benchmark)) {
        problems.push(
          problemAt(yaml, ['scores', i, 'benchmark'], `unknown benchmark "${benchmark}" (one of data/benchmarks/, or add its file)${didYouMean(benchmark, benchmarkIds)}`),
        );
      }
      const scale = typeof benchmark === 'string' ? scales.get(benchmark) : undefined;
      const score = field(entry, 'score');
      if (scale && typeof score === 'number' && (score < scale.min || score > scale.max)) {
        problems.push(
          problemAt(yaml, ['scores', i, 'score'], `expected a score from ${scale.min} to ${scale.max} (the scale of ${benchmark}), got ${score}`),
        );
      }
      const by = field(entry, 'measured_by');
      if (typeof by === 'string' && !measurers.has(by)) {
        problems.push(
          problemAt(yaml, ['scores', i, 'measured_by'], `unknown measurer "${by}" (maker, an evaluator of data/evaluators/, or another maker's creator id)${didYouMean(by, measurers)}`),
        );
      }
      if (by === model.creator) {
        problems.push(problemAt(yaml, ['scores', i, 'measured_by'], `measured by the model's own maker: write maker`));
      }
    });
  }
  return problems;
}
