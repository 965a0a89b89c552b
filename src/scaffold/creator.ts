/** `npm run new -- creator`: the questions for a new `data/creators/<id>.yaml`, and its text. */
import { Creator } from '../schemas/creator.ts';
import type { Catalog } from './catalog.ts';
import type { Answers, Field } from './form.ts';
import { newIdField } from './ids.ts';
import { withSchema } from './parse.ts';
import { pick, recordText, schemaErrors, type BuiltFile } from './file-text.ts';

const shape = Creator.shape;

export function creatorFields(catalog: Catalog): Field[] {
  const ids = catalog.creators.map((c) => c.id);
  return [
    {
      key: 'name',
      flag: 'name',
      message: 'Name, as the organisation writes it (Mistral AI, xAI)',
      hint: 'the display name',
      parse: (text) => withSchema(shape.name, text),
    },
    newIdField((id) =>
      ids.includes(id) ? `${id} exists already: data/creators/${id}.yaml` : undefined,
    ),
    {
      key: 'url',
      flag: 'url',
      message: 'Home page (https://…)',
      hint: 'an https:// link',
      parse: (text) => withSchema(shape.url, text.trim()),
    },
    {
      key: 'country',
      flag: 'country',
      message: 'Country of the headquarters, two letters such as US or FR',
      hint: 'an ISO 3166-1 alpha-2 code such as US',
      optional: true,
      // "fr" means FR; the schema wants the code as ISO writes it.
      parse: (text) => withSchema(shape.country.unwrap(), text.trim().toUpperCase()),
    },
    {
      key: 'summary',
      flag: 'summary',
      message: 'Summary: one sentence on who they are, in your own words',
      hint: 'one line of text',
      optional: true,
      parse: (text) => withSchema(shape.summary.unwrap(), text),
    },
  ];
}

export function buildCreator(answers: Answers): BuiltFile {
  const record = pick(answers, ['name', 'url', 'country', 'summary']);
  const parsed = Creator.safeParse(record);
  return {
    file: `creators/${String(answers['id'])}.yaml`,
    text: recordText('creator', record),
    errors: schemaErrors(parsed),
  };
}
