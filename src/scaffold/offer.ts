/**
 * `npm run new -- offer`: the questions for one more offer of a provider, and the provider file's
 * text with it appended. Only the new offer is added (through the importer's `appendOffers`); every
 * other byte of the file, comments included, stays as it was.
 */
import { Source, UsdPerMillion } from '../schemas/fields.ts';
import { Offer } from '../schemas/offer.ts';
import { isMap, isScalar, isSeq, parseDocument } from 'yaml';
import { appendOffers } from '../import/importer.ts';
import type { Catalog } from './catalog.ts';
import type { Answers, Field, Flags } from './form.ts';
import { unknownId } from './ids.ts';
import { accept, parseDayUpTo, parseNumber, refuse, withSchema } from './parse.ts';
import { pick, schemaErrors, type BuiltFile } from './file-text.ts';

const shape = Offer.shape;

// How the importer and the loader read data files: YAML 1.2's core schema, dates kept as text.
const YAML_INPUT = { version: '1.2', schema: 'core' } as const;

const price = (key: string, flag: string, message: string, optional = false): Field => ({
  key,
  flag,
  message: `${message}, USD per 1M tokens`,
  hint: 'USD per 1M tokens, such as 0.15',
  optional,
  parse: (text) => parseNumber(UsdPerMillion, text),
});

/**
 * The offer's fields. The variant is only ever a flag: a second offer of a model by one provider
 * is rare and must be meant, so the model question refuses one already offered unless it is given.
 */
export function offerFields(catalog: Catalog, flags: Flags): Field[] {
  const providerIds = catalog.providers.map((p) => p.id);
  const modelIds = catalog.models.map((m) => m.id);
  const provider = (a: Answers) => catalog.providers.find((p) => p.id === a['provider']);

  return [
    {
      key: 'provider',
      flag: 'provider',
      message: 'Provider (an id in data/providers/)',
      hint: 'an id in data/providers/',
      intro: () => `providers: ${[...providerIds].sort().join(', ')}`,
      parse: (text) => {
        const id = text.trim();
        return providerIds.includes(id)
          ? accept(id)
          : refuse(
              `${unknownId('provider', 'data/providers/', id, providerIds)} (add it first: npm run new -- provider)`,
            );
      },
    },
    {
      key: 'variant',
      flag: 'variant',
      message: 'Variant',
      hint: 'what sets this offer apart from the other of the same model',
      optional: true,
      flagOnly: true,
      parse: (text) => withSchema(shape.variant.unwrap(), text),
    },
    {
      key: 'model',
      flag: 'model',
      message: 'Model (an id in data/models/)',
      hint: 'a model id',
      parse: (text, a) => {
        const id = text.trim();
        if (!modelIds.includes(id)) return refuse(unknownId('model', 'data/models/', id, modelIds));
        const offers = provider(a)?.offers ?? [];
        const variant = a['variant'];
        const same = offers.findIndex((o) => o.model === id && o.variant === variant);
        if (same !== -1) {
          const as = variant === undefined ? '' : ` as "${String(variant)}"`;
          const how =
            flags['variant'] === undefined ? '; pass --variant to add another offer of it' : '';
          return refuse(
            `${String(a['provider'])} already offers ${id}${as} (offers[${same}])${how}`,
          );
        }
        return accept(id);
      },
    },
    {
      key: 'provider_model_id',
      flag: 'provider-model-id',
      message: "Its id in the provider's API, as sent in requests",
      hint: "the model's id in the provider's API",
      suggest: (a) =>
        typeof a['model'] === 'string' ? { value: a['model'], why: 'the model id' } : undefined,
      parse: (text) => withSchema(shape.provider_model_id, text),
    },
    price('input', 'input-price', 'Input price'),
    price('output', 'output-price', 'Output price'),
    price('cached_input', 'cached-price', 'Cached input price', true),
    {
      key: 'updated',
      flag: 'updated',
      message: 'Prices as of (YYYY-MM-DD: the day you read them)',
      hint: 'a date, YYYY-MM-DD',
      suggest: () => ({ value: catalog.today, why: 'today' }),
      parse: (text) => parseDayUpTo(text, catalog.today),
    },
    {
      key: 'source',
      flag: 'source',
      message: 'Source: the https page you read them on, or a catalogue id (modelsdev@f3fc692)',
      hint: 'an https:// link or a source id such as modelsdev@f3fc692',
      suggest: (a) => {
        const url = provider(a)?.pricing_url;
        return url === undefined ? undefined : { value: url, why: "the provider's pricing_url" };
      },
      parse: (text) => withSchema(Source, text.trim()),
    },
  ];
}

/** The offer the answers describe, fields in the schema's order. */
export function offerOf(answers: Answers): Record<string, unknown> {
  return {
    ...pick(answers, ['model', 'variant', 'provider_model_id']),
    price: pick(answers, ['input', 'output', 'cached_input']),
    ...pick(answers, ['updated', 'source']),
  };
}

/**
 * The provider file's text with one offer appended, every byte before it kept. `appendOffers`
 * re-renders the document, which leaves every file in data/ as it was; a layout it would render
 * differently (padded `{ a: 1 }` flow maps, items at column 0) is kept by appending only the new
 * offer's lines, indented as the list's items are, and using them only when the result reads the
 * same as appendOffers' own. Where that cannot hold (the list is not the file's last key, or is
 * `offers: []`), appendOffers' text is used as it is.
 */
export function appendOffer(text: string, offer: Offer): string {
  const full = appendOffers(text, [offer]);
  if (full.startsWith(text)) return full;
  // Lines at the end of the file extend the list only when it is the file's last key.
  const doc = parseDocument(text, YAML_INPUT);
  const last = isMap(doc.contents) ? doc.contents.items.at(-1) : undefined;
  const list = last?.value;
  const lastIsOffers = isScalar(last?.key) && last.key.value === 'offers';
  const start = lastIsOffers && isSeq(list) && !list.flow ? list.range?.[0] : undefined;
  if (start === undefined) return full;
  // The offer as appendOffers writes an item (`  - model: …`), moved to the column of the file's.
  const item = appendOffers('offers:\n', [offer]).slice('offers:\n'.length);
  const shift = start - (text.lastIndexOf('\n', start - 1) + 1) - 2;
  const lines = item
    .split('\n')
    .map((line) =>
      line === '' || shift === 0 ? line : shift > 0 ? ' '.repeat(shift) + line : line.slice(-shift),
    );
  const spliced = `${text.endsWith('\n') ? text : `${text}\n`}${lines.join('\n')}`;
  const read = (t: string) => {
    const parsed = parseDocument(t, YAML_INPUT);
    return parsed.errors.length > 0 ? undefined : JSON.stringify(parsed.toJS());
  };
  const ours = read(spliced);
  return ours !== undefined && ours === read(full) ? spliced : full;
}

/** The provider file with the offer appended; `text` is the file as it is now. */
export function buildOffer(answers: Answers, text: string): BuiltFile {
  const parsed = Offer.safeParse(offerOf(answers));
  return {
    file: `providers/${String(answers['provider'])}.yaml`,
    text: parsed.success ? appendOffer(text, parsed.data) : text,
    errors: schemaErrors(parsed),
  };
}
