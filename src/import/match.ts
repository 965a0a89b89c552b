/**
 * Matching a source's model id to a model in data/. Providers spell one model many ways
 * (`meta.llama3-3-70b-instruct-v1:0`, `meta-llama/Llama-3.3-70B-Instruct-Turbo`); a model file lists
 * the spellings it answers to in `aliases`, and both sides are normalised the same way here. There is
 * no fuzzy matching: a spelling nobody listed matches nothing.
 */
import type { SourceEntry } from '../sources/types.ts';

// Bedrock's cross-region prefixes (`us.`, `global.`) and vendor prefixes (`meta.`, `amazon.`).
const REGION = /^(?:us|eu|apac|global|jp|au|ca|us-gov)\./;
const VENDOR =
  /^(?:amazon|anthropic|meta|mistral|cohere|ai21|openai|qwen|deepseek|google|moonshot|moonshotai|minimax|writer|nvidia|zai|xai)\./;

/** Lower-cased last path segment, without Bedrock's region and vendor prefixes and version suffix. */
export function normalizeModelId(id: string): string {
  let s = id.trim().toLowerCase();
  s = s.slice(s.lastIndexOf('/') + 1);
  s = s.replace(REGION, '').replace(VENDOR, '');
  // Bedrock's `:0` revisions with their `-v1` or `-1` (`nova-pro-v1:0`, `gpt-oss-20b-1:0`), and a
  // first version's `-v1` anywhere (`amazon/nova-lite-v1`).
  // A later `-v2` is part of the name: KAT-Coder-Pro V2 is not KAT-Coder-Pro, nor Nemotron Nano
  // 9B v2 a v1.
  const revision = /:\d+$/.test(s);
  s = s.replace(/:\d+$/, '');
  if (revision) s = s.replace(/-1$/, '');
  s = s.replace(/-v1$/, '');
  return s;
}

export interface Matchable {
  id: string;
  aliases?: readonly string[] | undefined;
}

export class ModelIndex {
  private readonly byKey = new Map<string, string>();
  readonly clashes: string[] = [];

  constructor(models: Iterable<Matchable>) {
    for (const model of models) {
      for (const name of [model.id, ...(model.aliases ?? [])]) {
        const key = normalizeModelId(name);
        const other = this.byKey.get(key);
        if (other !== undefined && other !== model.id) {
          this.clashes.push(`"${name}" names both ${other} and ${model.id}`);
          continue;
        }
        this.byKey.set(key, model.id);
      }
    }
  }

  /** The model a source id names, if any. */
  lookup(id: string): string | undefined {
    return this.byKey.get(normalizeModelId(id));
  }

  /** The model a source entry is for: its canonical link first, then its own id. */
  match(
    entry: Pick<SourceEntry, 'id' | 'canonical'>,
  ): { model: string; exact: boolean } | undefined {
    const byId = this.lookup(entry.id);
    if (entry.canonical !== undefined) {
      const byCanonical = this.lookup(entry.canonical);
      if (byCanonical !== undefined) return { model: byCanonical, exact: byId === byCanonical };
    }
    return byId === undefined ? undefined : { model: byId, exact: true };
  }
}
