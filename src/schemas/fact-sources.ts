/**
 * Where a model's facts were read: one `sources:` list on the model, each entry a page, the day it
 * was read, and the facts of this model it states. Prices carry their own source on the offer;
 * these are the model's own facts (limits, dates, modalities, capabilities, licence).
 */
import { z } from 'astro/zod';
import { expected, HttpsUrl, IsoDate, oneOf, uniqueList } from './fields.ts';
import { CAPABILITIES } from './vocabulary.ts';

/**
 * The facts a source can support, by the model's keys. `modalities` and `capabilities` name every
 * value the model gives there; `modalities.input`, `capabilities.reasoning` and so on name one.
 */
export const FACT_FIELDS = [
  'released',
  'knowledge_cutoff',
  'reliable_knowledge_cutoff',
  'context_window',
  'max_output',
  'modalities',
  'modalities.input',
  'modalities.output',
  'capabilities',
  ...CAPABILITIES.map((c) => `capabilities.${c}` as const),
  'open_weights',
  'license',
  'deprecated',
  'retired',
] as const;
export type FactField = (typeof FACT_FIELDS)[number];

/**
 * The facts that must be sourced in a model new since the rule (see data/unsourced-models.txt):
 * its limits and dates, those of them the model gives.
 */
export const REQUIRED_FACTS = [
  'released',
  'knowledge_cutoff',
  'context_window',
  'max_output',
] as const satisfies readonly FactField[];

/** No LLM API had a page to read before OpenAI opened GPT-3's, in June 2020: an earlier day is a slip. */
export const EARLIEST_READ = '2020-06-01';

export const FactSource = z
  .strictObject({
    url: HttpsUrl.describe(
      "The page the facts were read on: the maker's own model page, docs, model card or launch post where there is one.",
    ),
    read: IsoDate.refine((v) => v >= EARLIEST_READ, {
      error: (issue) =>
        `expected the day the page was read, not before ${EARLIEST_READ}, got ${String(issue.input)}`,
    }).describe('The day the page was read, YYYY-MM-DD. Not after today (npm run check:data).'),
    secondary: z
      .literal(true, expected('true, or leave it out'))
      .optional()
      .describe(
        "true when the page is not the maker's own (an article, a catalogue, an archive copy): the site marks the facts it supports as read on a secondary page.",
      ),
    fields: uniqueList(oneOf(FACT_FIELDS), 'fact fields')
      .min(1, expected('at least one fact field'))
      .describe(
        'The facts of this model the page states, by their keys: released, knowledge_cutoff, reliable_knowledge_cutoff, context_window, max_output, modalities (or modalities.input, modalities.output), capabilities (or one, as capabilities.reasoning), open_weights, license, deprecated, retired. Each must have a value in the file.',
      ),
  })
  .describe('One page and the facts of this model read on it.');

export const FactSources = z
  .array(FactSource, expected('a list of sources'))
  .describe(
    "Where the model's facts were read: one entry per page, with the day read and the facts it states. The maker's own page first; a secondary page says so.",
  );

export type FactSource = z.infer<typeof FactSource>;

/** The values a model gives, as far as this module needs to know them. */
export interface FactValues {
  released?: string | undefined;
  knowledge_cutoff?: string | undefined;
  reliable_knowledge_cutoff?: string | undefined;
  context_window?: number | undefined;
  max_output?: number | undefined;
  modalities?: { input?: readonly string[]; output?: readonly string[] } | undefined;
  capabilities?: Partial<Record<(typeof CAPABILITIES)[number], boolean | undefined>> | undefined;
  open_weights?: boolean | undefined;
  license?: string | undefined;
  deprecated?: string | undefined;
  retired?: string | undefined;
  sources?: readonly FactSource[] | undefined;
}

/** Whether the model gives a value for the fact (a source may only name a fact that is there). */
export function hasFact(model: FactValues, field: FactField): boolean {
  if (field === 'modalities') return model.modalities !== undefined;
  if (field === 'capabilities')
    return Object.values(model.capabilities ?? {}).some((v) => v !== undefined);
  const [key, sub] = field.split('.') as [string, string | undefined];
  if (sub !== undefined) {
    const group = model[key as 'modalities' | 'capabilities'] as
      Record<string, unknown> | undefined;
    return group?.[sub] !== undefined;
  }
  return model[key as keyof FactValues] !== undefined;
}

/**
 * The single facts a model gives, one key each (`modalities.input`, `capabilities.reasoning`):
 * what check:data counts and the page shows a source beside. `open_weights` is left out: every
 * model states it, and its licence is the fact a page supports.
 */
export function factsOf(model: FactValues): FactField[] {
  const facts: FactField[] = [];
  const single: FactField[] = [
    'released',
    'knowledge_cutoff',
    'reliable_knowledge_cutoff',
    'context_window',
    'max_output',
    'modalities.input',
    'modalities.output',
    ...CAPABILITIES.map((c) => `capabilities.${c}` as const),
    'license',
    'deprecated',
    'retired',
  ];
  for (const field of single) if (hasFact(model, field)) facts.push(field);
  return facts;
}

/** Whether a source's `fields` cover the fact: `modalities` covers `modalities.input`. */
export function covers(fields: readonly FactField[], field: FactField): boolean {
  const parent = field.split('.')[0] as FactField;
  return fields.includes(field) || (parent !== field && fields.includes(parent));
}

/** The source to show for a fact: the first maker's page that states it, else the first secondary. */
export function sourceOf(model: FactValues, field: FactField): FactSource | undefined {
  const naming = (model.sources ?? []).filter((s) => covers(s.fields, field));
  return naming.find((s) => s.secondary !== true) ?? naming[0];
}

/** The facts the model gives that no source names. */
export function unsourcedFacts(model: FactValues): FactField[] {
  return factsOf(model).filter((f) => sourceOf(model, f) === undefined);
}
