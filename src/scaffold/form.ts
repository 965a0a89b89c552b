/**
 * A scaffold's questions as data, and the one loop that answers them. Each command (model, offer,
 * provider, creator) is a list of fields; every field can come from its flag or from a prompt, and
 * both go through the same `parse`, so `--released 2026-13-01` and typing 2026-13-01 at the prompt
 * are refused with the same message. The loop never touches a terminal itself: the prompts are an
 * `Asker` handed in (see prompts.ts), and without one (`--yes`, or stdin not a terminal) it only
 * reads flags, so a missing or wrong flag is reported instead of asked for.
 */
import type { Parsed } from './parse.ts';

/** One answer, as the file will hold it. */
export type Value = string | number | boolean | string[];
/** Answers by field key; a key is absent when the field was left out (optional, or unknown). */
export type Answers = Record<string, Value>;

/** An option of a select or multiselect. */
export interface Choice {
  value: string;
  hint?: string;
}

/** A value offered when nothing is given: used as is in flag mode, Enter takes it at a prompt. */
export interface Suggestion {
  value: string;
  /** Why this value, printed beside it ("\"mini\" names a small tier"). */
  why?: string | undefined;
}

export interface Field {
  /** Where the answer is kept; for most fields the YAML key it becomes. */
  key: string;
  /** Its command-line flag, without the dashes. */
  flag: string;
  /** The question at the prompt. */
  message: string;
  /** What the flag takes, for "model needs --released (a date, YYYY-MM-DD)". */
  hint: string;
  /** A select's options; with `multiple`, a multiselect's (its answer is `a,b`). */
  choices?: readonly Choice[];
  multiple?: boolean;
  /** May be left out: an empty answer, or no flag, leaves the key out of the file. */
  optional?: boolean;
  /** Never prompted for, only taken from its flag (a rare field that must be meant). */
  flagOnly?: boolean;
  /**
   * Asked only when `holds` for the answers so far (a licence only for open weights); `only` says
   * when, for refusing the flag otherwise: "only for a model with open weights".
   */
  when?: { holds: (answers: Answers) => boolean; only: string };
  suggest?: (answers: Answers) => Suggestion | undefined;
  /** Something to show before the question, such as the ids there are to choose from. */
  intro?: (answers: Answers) => string | undefined;
  /** The answer, or why it is refused; `undefined` as the value means "leave the key out". */
  parse: (text: string, answers: Answers) => Parsed<Value | undefined>;
}

export const CANCELLED = Symbol('cancelled');

/** What asks a person for a field: the terminal prompts, or a test's stand-in. */
export interface Asker {
  /**
   * The text of an answer that `field.parse` accepts ('' for an optional field left empty), or
   * CANCELLED. `given` is a flag's value that was refused, to be corrected rather than retyped.
   */
  ask(
    field: Field,
    answers: Answers,
    suggestion: Suggestion | undefined,
    given: string | undefined,
  ): Promise<string | typeof CANCELLED>;
  /** Tells the person something without asking (a flag that was refused, an intro). */
  say(message: string): void;
}

/** Flags by name, as parseArgs gives them. */
export type Flags = Record<string, string | undefined>;

/** Every refusal of a flag-only run at once: the script prints them as a usage error. */
export class FormError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(problems.join('\n'));
    this.problems = problems;
  }
}

export interface Filled {
  answers: Answers;
  /** The suggestions taken without being asked, to review: `--tier lightweight ("nano" names …)`. */
  notes: string[];
}

function store(answers: Answers, key: string, value: Value | undefined): void {
  if (value !== undefined) answers[key] = value;
}

/**
 * Answers every field in order, each from its flag, else (with an asker) from a prompt, else from
 * its suggestion; a later field's checks see the earlier answers. Without an asker it reports every
 * missing or refused flag together (a FormError), so one run names everything to fix.
 */
export async function fill(
  command: string,
  fields: readonly Field[],
  flags: Flags,
  asker?: Asker,
): Promise<Filled | typeof CANCELLED> {
  const answers: Answers = {};
  const notes: string[] = [];
  const problems: string[] = [];
  // Without prompts every problem is collected; with them, one that asking cannot mend (a flag
  // that contradicts an answer) stops the run at once rather than after every other question.
  const problem = (message: string) => {
    if (asker) throw new FormError([message]);
    problems.push(message);
  };

  for (const field of fields) {
    const given = flags[field.flag];
    if (field.when && !field.when.holds(answers)) {
      if (given !== undefined) problem(`--${field.flag}: ${field.when.only}`);
      continue;
    }
    // An empty flag for an optional field says "leave it out", as an empty answer does.
    if (given === '' && field.optional) continue;
    if (given !== undefined) {
      const parsed = field.parse(given, answers);
      if (parsed.ok) {
        store(answers, field.key, parsed.value);
        continue;
      }
      const refusal = `--${field.flag}: ${parsed.message}`;
      // In a terminal a refused flag is asked for instead, starting from what was given.
      if (!asker || field.flagOnly) {
        problem(refusal);
        continue;
      }
      asker.say(refusal);
    }
    if (field.flagOnly) continue;
    // Without a terminal, a suggestion drawn after a refusal may be drawn from it (no family from
    // a refused id, a provider's model id from a refused model): it waits until that is mended.
    if (!asker && field.suggest && problems.length > 0) continue;

    const suggestion = field.suggest?.(answers);
    let text: string;
    if (asker) {
      const intro = field.intro?.(answers);
      if (intro !== undefined) asker.say(intro);
      const answer = await asker.ask(field, answers, suggestion, given);
      if (answer === CANCELLED) return CANCELLED;
      text = answer === '' && suggestion ? suggestion.value : answer;
      if (text === '' && field.optional) continue;
    } else if (suggestion) {
      text = suggestion.value;
      notes.push(`--${field.flag} ${text}${suggestion.why ? ` (${suggestion.why})` : ''}`);
    } else {
      if (!field.optional) problem(`${command} needs --${field.flag} (${field.hint})`);
      continue;
    }
    const parsed = field.parse(text, answers);
    if (parsed.ok) store(answers, field.key, parsed.value);
    // A suggestion the field refuses (a derived id that exists already) must be given instead.
    else problem(`--${field.flag}: ${parsed.message}`);
  }

  if (problems.length > 0) throw new FormError(problems);
  return { answers, notes };
}

/** The flags a command's fields answer to, for refusing a flag that belongs to another command. */
export const flagsOf = (fields: readonly Field[]): Set<string> =>
  new Set(fields.map((f) => f.flag));
