/**
 * `npm run new -- provider`: the questions for a new `data/providers/<id>.yaml`, and its text. The
 * file starts with no offers (`offers: []`, which the schema allows); `npm run new -- offer` or the
 * importer adds them.
 */
import { Provider, PROVIDER_KINDS } from '../schemas/provider.ts';
import type { Catalog } from './catalog.ts';
import type { Answers, Field } from './form.ts';
import { newIdField } from './ids.ts';
import { withSchema } from './parse.ts';
import { pick, recordText, schemaErrors, type BuiltFile } from './file-text.ts';

const shape = Provider.shape;

const KIND_HINTS: Record<(typeof PROVIDER_KINDS)[number], string> = {
  'first-party': "the model maker's own API",
  cloud: 'a hyperscaler: Azure, Bedrock, Vertex',
  'inference-platform': 'hosts open models: Together, Groq, …',
  aggregator: 'routes to other providers: OpenRouter',
};

export function providerFields(catalog: Catalog): Field[] {
  const ids = catalog.providers.map((p) => p.id);
  return [
    {
      key: 'name',
      flag: 'name',
      message: 'Name (Amazon Bedrock, Groq)',
      hint: 'the display name',
      parse: (text) => withSchema(shape.name, text),
    },
    newIdField((id) =>
      ids.includes(id) ? `${id} exists already: data/providers/${id}.yaml` : undefined,
    ),
    {
      key: 'url',
      flag: 'url',
      message: 'Home page of its API (https://…)',
      hint: 'an https:// link',
      parse: (text) => withSchema(shape.url, text.trim()),
    },
    {
      key: 'pricing_url',
      flag: 'pricing-url',
      message: 'The public page that lists its prices (https://…)',
      hint: 'an https:// link',
      parse: (text) => withSchema(shape.pricing_url, text.trim()),
    },
    {
      key: 'kind',
      flag: 'kind',
      message: 'Kind',
      hint: PROVIDER_KINDS.join(', '),
      choices: PROVIDER_KINDS.map((k) => ({ value: k, hint: KIND_HINTS[k] })),
      parse: (text) => withSchema(shape.kind, text.trim()),
    },
    {
      key: 'summary',
      flag: 'summary',
      message: 'Summary: one sentence on the provider, in your own words',
      hint: 'one line of text',
      optional: true,
      parse: (text) => withSchema(shape.summary.unwrap(), text),
    },
  ];
}

export function buildProvider(answers: Answers): BuiltFile {
  const record = {
    ...pick(answers, ['name', 'url', 'pricing_url', 'kind', 'summary']),
    offers: [],
  };
  const parsed = Provider.safeParse(record);
  return {
    file: `providers/${String(answers['id'])}.yaml`,
    text: recordText('provider', record),
    errors: schemaErrors(parsed),
  };
}
