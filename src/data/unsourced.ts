/**
 * The rule for new models: a model's limits and dates (released, knowledge_cutoff,
 * context_window, max_output, those it gives) each name the page they were read on, in `sources:`.
 * The models that predate the rule are listed in `data/unsourced-models.txt`, one
 * `<creator>/<id>` a line; the list may only shrink. A model on it whose limits and dates are all
 * sourced now must leave it, so the list never hides a model that no longer needs it. Without the
 * list, every model is held to the rule. `npm run validate` applies it; the build does not, since
 * an old unsourced fact is still a fact to show.
 */
import { readFile } from 'node:fs/promises';
import {
  REQUIRED_FACTS,
  unsourcedFacts,
  type FactSource,
  type FactValues,
} from '../schemas/fact-sources.ts';
import type { Problem } from './problem.ts';
import type { ModelFileRef } from './references.ts';
import { problemAt } from './yaml-file.ts';

export const UNSOURCED_LIST = 'unsourced-models.txt';

/** The list's entries with their lines; undefined when there is no list. */
export async function readUnsourcedList(
  file: string,
): Promise<{ entry: string; line: number }[] | undefined> {
  const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  if (text === undefined) return undefined;
  return text
    .split('\n')
    .map((raw, i) => ({ entry: raw.replace(/#.*/, '').trim(), line: i + 1 }))
    .filter((e) => e.entry !== '');
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/** The limits and dates the model gives that no source names. */
export function unsourcedLimits(value: unknown): string[] {
  if (!isObject(value)) return [];
  const sources = Array.isArray(value['sources']) ? (value['sources'] as FactSource[]) : [];
  const usable = sources.filter((s) => isObject(s) && Array.isArray(s.fields));
  const missing = unsourcedFacts({ ...(value as FactValues), sources: usable });
  return REQUIRED_FACTS.filter((f) => missing.includes(f));
}

/**
 * Problems with the rule: each unsourced limit or date of a model not on the list, at its line;
 * and each line of the list that names no model, names one twice, or names one fully sourced.
 * Models not read (validate --changed) are judged only by their names.
 */
export function checkUnsourced(
  models: readonly ModelFileRef[],
  list: { entry: string; line: number }[] | undefined,
  listFile: string,
): Problem[] {
  const problems: Problem[] = [];
  const listed = new Map<string, number>();
  const at = (line: number, message: string): Problem => ({
    file: listFile,
    line,
    col: 1,
    path: '',
    message,
  });
  const byKey = new Map(models.map((m) => [`${m.creator}/${m.id}`, m]));
  for (const { entry, line } of list ?? []) {
    const first = listed.get(entry);
    if (first !== undefined) problems.push(at(line, `${entry} is listed on line ${first} already`));
    else listed.set(entry, line);
    const model = byKey.get(entry);
    if (!model) {
      problems.push(
        at(line, `no model file data/models/${entry}.yaml: remove the line (ids are <creator>/<id>)`),
      );
    } else if (first === undefined && model.yaml && unsourcedLimits(model.yaml.value).length === 0) {
      problems.push(
        at(
          line,
          `${entry} names the source of its limits and dates now: remove it from this list, which may only shrink`,
        ),
      );
    }
  }
  for (const model of models) {
    if (!model.yaml || listed.has(`${model.creator}/${model.id}`)) continue;
    for (const field of unsourcedLimits(model.yaml.value)) {
      problems.push(
        problemAt(
          model.yaml,
          [field],
          `no source: a model not in data/${UNSOURCED_LIST} names the page each of its limits and dates was read on, under sources: (url, read, fields), as CONTRIBUTING.md shows`,
        ),
      );
    }
  }
  return problems;
}
