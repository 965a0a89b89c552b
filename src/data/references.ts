/**
 * Checks between files: a model's folder must be a known creator, model ids are unique across
 * folders, and every id a file names (an offer's model, competitors, replaced_by) must exist.
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
