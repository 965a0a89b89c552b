/**
 * What a contributor meets first: the issue forms (valid by GitHub's issue-form schema and the rules
 * GitHub adds), the pull-request template, the guide, and the "report a problem" links on model
 * pages, parsed to show they open the data form with every field it needs set to what the YAML says.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { loadData } from '../src/data/load.ts';

const FORMS = '.github/ISSUE_TEMPLATE';
const schema = JSON.parse(await readFile('test/fixtures/github/issue-forms.schema.json', 'utf8'));
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
const formFiles = (await readdir(FORMS)).filter((f) => f.endsWith('.yml') && f !== 'config.yml');
const dist = inject('siteDir');

interface Field {
  type: string;
  id?: string;
  attributes: { label?: string; options?: unknown[] };
}
interface Form {
  name: string;
  labels?: string[];
  body: Field[];
}
const readForm = async (f: string) => parse(await readFile(path.join(FORMS, f), 'utf8')) as Form;

/** What GitHub refuses beyond the schema: duplicate ids or labels, ids it cannot prefill. */
function githubRules(form: Form): string[] {
  const problems: string[] = [];
  const ids = form.body.flatMap((b) => (b.id ? [b.id] : []));
  const labels = form.body.flatMap((b) => (b.attributes.label ? [b.attributes.label] : []));
  for (const id of ids) if (!/^[\w-]+$/.test(id)) problems.push(`id "${id}" has other characters`);
  if (new Set(ids).size !== ids.length) problems.push('ids repeat');
  if (new Set(labels).size !== labels.length) problems.push('labels repeat');
  return problems;
}

describe('the issue forms', () => {
  it('are the three the guide names', () => {
    expect(formFiles.sort()).toEqual(['missing.yml', 'site-bug.yml', 'wrong-data.yml']);
  });

  it.each(formFiles)("%s passes GitHub's issue-form schema and its further rules", async (f) => {
    const form = await readForm(f);
    expect(validate(form) ? [] : validate.errors).toEqual([]);
    expect(githubRules(form)).toEqual([]);
  });

  it('would catch a broken form', () => {
    const broken = {
      name: 'x',
      description: 'y',
      body: [{ type: 'input', id: 'a b', attributes: {} }, { type: 'slider' }],
    };
    expect(validate(broken)).toBe(false);
    expect(JSON.stringify(validate.errors)).toContain("must have required property 'label'");
    expect(
      githubRules({ name: 'x', body: [{ type: 'input', id: 'a b', attributes: {} }] }),
    ).toEqual(['id "a b" has other characters']);
  });

  it('leave blank issues off and point to the guide instead', async () => {
    const config = parse(await readFile(path.join(FORMS, 'config.yml'), 'utf8')) as {
      blank_issues_enabled: boolean;
      contact_links: { url: string }[];
    };
    expect(config.blank_issues_enabled).toBe(false);
    expect(config.contact_links.map((l) => l.url)).toContain(
      'https://github.com/model-atlas/model-atlas/blob/main/CONTRIBUTING.md',
    );
  });
});

describe('the pull-request template and the guide', () => {
  it("ask for each price's date and source, and the guide is linked from the README", async () => {
    const template = await readFile('.github/pull_request_template.md', 'utf8');
    expect(template).toMatch(/`updated`.*`source`/);
    expect(template).toContain('npm run validate');
    expect(await readFile('README.md', 'utf8')).toContain('[CONTRIBUTING.md](CONTRIBUTING.md)');
  });
});

describe('"report a problem" on a model page', async () => {
  const { data } = await loadData('data');
  const form = await readForm('wrong-data.yml');
  const fillable = new Set(
    form.body.filter((b) => b.type === 'input' || b.type === 'textarea').map((b) => b.id),
  );
  const html = await readFile(path.join(dist, 'models/gpt-4o-mini/index.html'), 'utf8');
  const links = [
    ...html.matchAll(/href="(https:\/\/github\.com\/[^"]+\/issues\/new\?[^"]+)"/g),
  ].map(([, href]) => new URL((href ?? '').replaceAll('&amp;', '&')));
  const sellers = data.providers.filter((p) =>
    p.offers.some((o) => o.model === 'gpt-4o-mini' && !o.withdrawn),
  );

  it('has one link per price row and one for the model, each opening the data form', () => {
    expect(sellers.length).toBeGreaterThan(3);
    expect(links).toHaveLength(sellers.length + 1);
    for (const url of links) {
      expect(url.pathname).toBe('/model-atlas/model-atlas/issues/new');
      expect(url.searchParams.get('template')).toBe('wrong-data.yml');
      expect(url.searchParams.get('title')).toMatch(/^\[data\] GPT-4o mini/);
      // Every other parameter fills a field of that form; none is lost on a misspelt id.
      const rest = [...url.searchParams.keys()].filter((k) => k !== 'template' && k !== 'title');
      for (const key of rest) expect(fillable, key).toContain(key);
      for (const key of ['model', 'field', 'current'])
        expect(url.searchParams.get(key), key).toBeTruthy();
      expect(url.searchParams.get('model')).toBe('gpt-4o-mini');
    }
  });

  it("fills in each provider's prices, date and source as the YAML has them", () => {
    for (const p of sellers) {
      const offer = p.offers.find((o) => o.model === 'gpt-4o-mini' && !o.withdrawn);
      const link = links.find((u) => u.searchParams.get('provider') === p.id);
      const current = link?.searchParams.get('current') ?? '';
      const price = (label: string) => {
        const shown = new RegExp(`${label} (\\$[\\d.]+|Free)`).exec(current)?.[1];
        return shown === 'Free' ? 0 : Number(shown?.slice(1));
      };
      expect(price('input'), p.id).toBe(offer?.price.input);
      expect(price('output'), p.id).toBe(offer?.price.output);
      expect(current, p.id).toContain(`source ${offer?.source ?? ''}`);
    }
    const model = links.find((u) => !u.searchParams.has('provider'));
    const yaml = data.models.find((m) => m.id === 'gpt-4o-mini');
    expect(model?.searchParams.get('field')).toBe('model facts');
    expect(model?.searchParams.get('current')).toContain(`status ${yaml?.status ?? ''}`);
  });

  it('links every page to the guide', async () => {
    for (const page of ['index.html', 'find/index.html', 'providers/openai/index.html']) {
      expect(await readFile(path.join(dist, page), 'utf8'), page).toContain(
        '/blob/main/CONTRIBUTING.md',
      );
    }
  });
});
