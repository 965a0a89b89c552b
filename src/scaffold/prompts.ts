/**
 * The terminal side of the scaffold: each field asked with @clack/prompts. A text answer is checked
 * as it is submitted by the field's own `parse` (the zod field schemas), so a wrong one is refused
 * with the schema's message and asked again; a choice is a select, a list of choices a multiselect.
 * Ctrl-C (or Escape) at any question cancels the whole run, before anything is written.
 */
import { isCancel, log, multiselect, select, text } from '@clack/prompts';
import { CANCELLED, type Answers, type Asker, type Field, type Suggestion } from './form.ts';

/** The message an answer gets: undefined when `field.parse` takes it. */
export function check(
  field: Field,
  answers: Answers,
  suggestion: Suggestion | undefined,
  typed: string | undefined,
): string | undefined {
  const value = typed === undefined || typed === '' ? (suggestion?.value ?? '') : typed;
  if (value === '') return field.optional ? undefined : `required: ${field.hint}`;
  const parsed = field.parse(value, answers);
  return parsed.ok ? undefined : parsed.message;
}

/** The options of a select, the suggested one marked with the reason for it. */
function options(field: Field, suggestion: Suggestion | undefined) {
  return (field.choices ?? []).map((c) => {
    const why =
      c.value === suggestion?.value && suggestion.why ? `suggested: ${suggestion.why}` : undefined;
    const hint = [c.hint, why].filter(Boolean).join('; ');
    return hint === '' ? { value: c.value } : { value: c.value, hint };
  });
}

export const terminal: Asker = {
  async ask(field, answers, suggestion, given) {
    let answer: string | string[] | symbol;
    if (field.choices && field.multiple) {
      // Ticked from the start: what a refused flag named of the options (never what it made up).
      const values = new Set(field.choices.map((c) => c.value));
      const initial = (given ?? suggestion?.value)
        ?.split(',')
        .map((s) => s.trim())
        .filter((s) => values.has(s));
      answer = await multiselect({
        message: field.message,
        options: options(field, suggestion),
        required: !field.optional,
        ...(initial && { initialValues: initial }),
      });
    } else if (field.choices) {
      answer = await select({
        message: field.message,
        options: options(field, suggestion),
        ...(suggestion && { initialValue: suggestion.value }),
      });
    } else {
      // The suggestion is shown dimmed and taken on Enter; a refused flag's value is there to edit.
      const hint = suggestion
        ? ' (Enter to accept)'
        : field.optional
          ? ' (optional: Enter skips)'
          : '';
      answer = await text({
        message: `${field.message}${hint}`,
        ...(suggestion && { placeholder: suggestion.value, defaultValue: suggestion.value }),
        ...(given !== undefined && { initialValue: given }),
        validate: (typed) => check(field, answers, suggestion, typed),
      });
    }
    if (isCancel(answer)) return CANCELLED;
    return Array.isArray(answer) ? answer.join(',') : String(answer);
  },
  say(message) {
    log.info(message);
  },
};
