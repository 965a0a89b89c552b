/**
 * The benchmarks a question about quality is read as ("best coding model"), which the build puts
 * on a search form as `data-intents` (src/lib/search/intents.ts `fittingBenchmarks`): the scripts
 * cannot work them out, since they depend on which models are scored on what.
 */
import { NO_INTENTS, type Intents } from '../lib/search/intents.ts';

export function readIntents(form: HTMLElement): Intents {
  try {
    return JSON.parse(form.dataset['intents'] ?? '') as Intents;
  } catch {
    return NO_INTENTS;
  }
}
