/**
 * `npm run new -- model`: the questions for a new `data/models/<creator>/<id>.yaml`, and its text.
 * Only what was answered is written: a capability answered "unknown" and an optional field left
 * empty stay out of the file, as the data's rules ask (unknown is absent, never guessed).
 */
import type { FactField, FactSource } from '../schemas/fact-sources.ts';
import { HttpsUrl, IsoDate } from '../schemas/fields.ts';
import { Model, ModelFields, MODALITIES, STATUSES, TIERS } from '../schemas/model.ts';
import { inferFamily, inferTier } from '../import/infer.ts';
import { ModelIndex } from '../import/match.ts';
import type { Catalog } from './catalog.ts';
import type { Answers, Choice, Field } from './form.ts';
import { newIdField, unknownId } from './ids.ts';
import {
  accept,
  parseDayUpTo,
  parseList,
  parseTokens,
  parseTriState,
  parseYesNo,
  refuse,
  withSchema,
} from './parse.ts';
import { pick, recordText, schemaErrors, type BuiltFile } from './file-text.ts';

const shape = ModelFields.shape;

// The same words the schema's descriptions use, beside each option of the select.
const TIER_HINTS: Record<(typeof TIERS)[number], string> = {
  flagship: 'the best the maker sells',
  balanced: 'the mid-price workhorse',
  lightweight: 'small, fast, cheap',
  specialized: 'embeddings, code-only and other single-purpose models',
};
const STATUS_HINTS: Record<(typeof STATUSES)[number], string> = {
  active: 'served',
  preview: 'served as a preview or beta',
  deprecated: 'still served, with a shutdown announced',
  retired: 'no longer served',
};

const YES_NO: readonly Choice[] = [{ value: 'yes' }, { value: 'no' }];
const YES_NO_UNKNOWN: readonly Choice[] = [
  { value: 'yes' },
  { value: 'no' },
  { value: 'unknown', hint: 'not published: the key is left out' },
];

/** The capabilities the scaffold asks about, with their flags; the rest are added by hand. */
const CAPABILITIES = [
  { key: 'tool_calling', flag: 'tools', message: 'Tool (function) calling?' },
  { key: 'structured_output', flag: 'json', message: 'Structured output (JSON Schema)?' },
  { key: 'reasoning', flag: 'reasoning', message: 'A reasoning ("thinking") mode?' },
] as const;

const asString = (answers: Answers, key: string): string => String(answers[key] ?? '');

export function modelFields(catalog: Catalog): Field[] {
  const index = new ModelIndex(catalog.models);
  const creatorIds = catalog.creators.map((c) => c.id);
  const modalities = (key: 'input' | 'output', flag: string, message: string): Field => ({
    key,
    flag,
    message,
    hint: `comma-separated: ${MODALITIES.join(', ')}`,
    choices: MODALITIES.map((m) => ({ value: m })),
    multiple: true,
    parse: (text) => parseList(shape.modalities.shape[key], text),
  });

  return [
    {
      key: 'name',
      flag: 'name',
      message: 'Name, as the maker writes it (GPT-4o mini, Claude Sonnet 4.5)',
      hint: 'the display name',
      parse: (text) => withSchema(shape.name, text),
    },
    newIdField((id) => {
      const clash = catalog.models.find((m) => m.id === id);
      if (clash) return `${id} exists already: data/models/${clash.creator}/${id}.yaml`;
      const named = index.lookup(id);
      return named === undefined
        ? undefined
        : `${id} is already in data/ as ${named} (one of its aliases)`;
    }),
    {
      key: 'creator',
      flag: 'creator',
      message: 'Creator (an id in data/creators/)',
      hint: 'an id in data/creators/',
      intro: () => `creators: ${[...creatorIds].sort().join(', ')}`,
      // The maker of the models in the family the id names, when there are some.
      suggest: (a) => {
        const family = inferFamily(asString(a, 'id'))?.value;
        if (family === undefined) return undefined;
        const sibling = catalog.models.find((m) => m.family === family);
        return sibling && { value: sibling.creator, why: `it makes the other ${family} models` };
      },
      parse: (text) => {
        const id = text.trim();
        return creatorIds.includes(id)
          ? accept(id)
          : refuse(
              `${unknownId('creator', 'data/creators/', id, creatorIds)} (add it first: npm run new -- creator)`,
            );
      },
    },
    {
      key: 'family',
      flag: 'family',
      message: 'Family (an id its siblings share: gpt-4o, claude-sonnet)',
      hint: 'an id such as gpt-4o',
      suggest: (a) => {
        const inferred = inferFamily(asString(a, 'id'));
        return inferred && { value: inferred.value, why: inferred.reason };
      },
      parse: (text) => withSchema(shape.family, text.trim()),
    },
    {
      key: 'tier',
      flag: 'tier',
      message: "Tier in the maker's line-up",
      hint: TIERS.join(', '),
      choices: TIERS.map((t) => ({ value: t, hint: TIER_HINTS[t] })),
      suggest: (a) => {
        const inferred = inferTier(asString(a, 'id'));
        return { value: inferred.value, why: inferred.reason };
      },
      parse: (text) => withSchema(shape.tier, text.trim()),
    },
    {
      key: 'released',
      flag: 'released',
      message:
        'Released (YYYY-MM-DD; YYYY-MM when only the month is published; empty when unknown)',
      hint: 'the release date, YYYY-MM-DD',
      optional: true,
      parse: (text) => withSchema(shape.released.unwrap(), text.trim()),
    },
    {
      key: 'context_window',
      flag: 'context',
      message: 'Context window (tokens of input plus output)',
      hint: 'a whole number of tokens',
      parse: (text) => parseTokens(shape.context_window, text),
    },
    {
      key: 'max_output',
      flag: 'max-output',
      message: 'Max output tokens',
      hint: 'a whole number of tokens',
      optional: true,
      parse: (text, a) => {
        const parsed = parseTokens(shape.max_output.unwrap(), text);
        const context = a['context_window'];
        if (parsed.ok && typeof context === 'number' && parsed.value > context)
          return refuse(`expected at most the context window (${context}), got ${parsed.value}`);
        return parsed;
      },
    },
    {
      key: 'knowledge_cutoff',
      flag: 'cutoff',
      message: 'Knowledge cutoff (YYYY-MM)',
      hint: 'a month, YYYY-MM',
      optional: true,
      parse: (text, a) => {
        const parsed = withSchema(shape.knowledge_cutoff.unwrap(), text.trim());
        // A model cannot have learned from data newer than itself.
        const released = asString(a, 'released');
        if (parsed.ok && released !== '' && parsed.value > released.slice(0, 7))
          return refuse(
            `expected a cutoff no later than the release (${released}), got ${parsed.value}`,
          );
        return parsed;
      },
    },
    modalities('input', 'input', 'Input modalities (space toggles, Enter confirms)'),
    modalities('output', 'output', 'Output modalities (space toggles, Enter confirms)'),
    ...CAPABILITIES.map((c): Field => ({
      key: c.key,
      flag: c.flag,
      message: c.message,
      hint: 'yes, no or unknown',
      choices: YES_NO_UNKNOWN,
      suggest: () => ({ value: 'unknown' }),
      parse: parseTriState,
    })),
    {
      key: 'open_weights',
      flag: 'open-weights',
      message: 'Open weights (can the weights be downloaded)?',
      hint: 'yes or no',
      choices: YES_NO,
      parse: parseYesNo,
    },
    {
      key: 'license',
      flag: 'license',
      message: 'Licence of the weights (an SPDX id such as Apache-2.0, or its name)',
      hint: 'the licence of the open weights',
      optional: true,
      when: {
        holds: (a) => a['open_weights'] === true,
        only: 'only for open weights (--open-weights yes)',
      },
      parse: (text) => withSchema(shape.license.unwrap(), text),
    },
    {
      key: 'status',
      flag: 'status',
      message: 'Status',
      hint: STATUSES.join(', '),
      choices: STATUSES.map((s) => ({ value: s, hint: STATUS_HINTS[s] })),
      suggest: () => ({ value: 'active' }),
      parse: (text) => withSchema(shape.status, text.trim()),
    },
    {
      key: 'retired',
      flag: 'retired',
      message: 'Retired on (YYYY-MM-DD)',
      hint: 'the day it stopped being served, YYYY-MM-DD',
      when: {
        holds: (a) => a['status'] === 'retired',
        only: 'only for a retired model (--status retired)',
      },
      parse: (text) => withSchema(IsoDate, text.trim()),
    },
    {
      key: 'facts_page',
      flag: 'source',
      message:
        "Where you read these facts: the https page (the maker's model page, docs or launch post where there is one)",
      hint: 'an https:// link',
      intro: () =>
        'one page for every fact above; where they came from several, split sources: by hand after',
      parse: (text) => withSchema(HttpsUrl, text.trim()),
    },
    {
      key: 'facts_read',
      flag: 'read',
      message: 'Read on (YYYY-MM-DD: the day you read that page)',
      hint: 'a date, YYYY-MM-DD',
      suggest: () => ({ value: catalog.today, why: 'today' }),
      parse: (text) => parseDayUpTo(text, catalog.today),
    },
    {
      key: 'facts_secondary',
      flag: 'secondary',
      message: "Is it someone else's page (a catalogue, an article), not the maker's own?",
      hint: 'yes or no',
      choices: YES_NO,
      suggest: () => ({ value: 'no' }),
      parse: parseYesNo,
    },
    {
      key: 'summary',
      flag: 'summary',
      message: 'Summary: one line on what it is for, in your own words',
      hint: 'one line of text',
      optional: true,
      parse: (text) => withSchema(shape.summary.unwrap(), text),
    },
  ];
}

/** The model file for the answers, fields in the schema's order. */
export function buildModel(answers: Answers): BuiltFile {
  const record: Record<string, unknown> = {
    ...pick(answers, [
      'name',
      'family',
      'tier',
      'released',
      'knowledge_cutoff',
      'context_window',
      'max_output',
    ]),
    modalities: { input: answers['input'], output: answers['output'] },
    capabilities: pick(
      answers,
      CAPABILITIES.map((c) => c.key),
    ),
    ...pick(answers, ['open_weights', 'license', 'status', 'retired', 'summary']),
  };
  record['sources'] = [sourceOf(answers, record)];
  const parsed = Model.safeParse(record);
  return {
    file: `models/${asString(answers, 'creator')}/${asString(answers, 'id')}.yaml`,
    text: recordText('model', record, [
      ['modalities', 'input'],
      ['modalities', 'output'],
      ['sources', 0, 'fields'],
    ]),
    errors: schemaErrors(parsed),
  };
}

/** The facts the scaffold asks for that a source can name, in the schema's order. */
const SOURCED: readonly FactField[] = [
  'released',
  'knowledge_cutoff',
  'context_window',
  'max_output',
  'modalities',
  'capabilities',
  'license',
  'retired',
];

/** The one page the answers were read on, naming every fact the file gives. */
function sourceOf(answers: Answers, record: Record<string, unknown>): FactSource {
  const given = (field: FactField) =>
    field === 'capabilities'
      ? Object.keys(record['capabilities'] as object).length > 0
      : record[field] !== undefined;
  return {
    url: asString(answers, 'facts_page'),
    read: asString(answers, 'facts_read'),
    ...(answers['facts_secondary'] === true && { secondary: true as const }),
    fields: SOURCED.filter(given),
  };
}
