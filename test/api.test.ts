/**
 * The JSON API of the built site, read back as a client would: each file validates against the
 * JSON Schema the site publishes for it, and its numbers are the YAML's.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, inject, it } from 'vitest';
import { loadData } from '../src/data/load.ts';

const dist = inject('siteDir');
const { data } = await loadData('data');
const json = async (p: string): Promise<Record<string, unknown>> =>
  JSON.parse(await readFile(path.join(dist, p), 'utf8')) as Record<string, unknown>;

const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats.default(ajv);

/** Validates a published file against the schema its `$schema` names, read from the built site. */
async function validate(file: string) {
  const body = await json(file);
  const schemaUrl = new URL(String(body['$schema']));
  const schema = await json(schemaUrl.pathname);
  const check = ajv.getSchema(schemaUrl.href) ?? ajv.compile({ ...schema, $id: schemaUrl.href });
  return { body, valid: check(body), errors: JSON.stringify(check.errors, null, 1) };
}

describe('the JSON API', () => {
  it('publishes every model, each valid against /schema/api-models.json', async () => {
    const { body, valid, errors } = await validate('api/v1/models.json');
    expect(valid, errors).toBe(true);
    expect(body['version']).toBe(1);
    expect(Date.parse(String(body['generated']))).toBeLessThanOrEqual(Date.now());
    const ids = (body['models'] as { id: string }[]).map((m) => m.id).sort();
    expect(ids).toEqual(data.models.map((m) => m.id).sort());
  });

  it('publishes one file per model, each valid against /schema/api-model.json', async () => {
    const files = await readdir(path.join(dist, 'api/v1/models'));
    expect(files.sort()).toEqual(data.models.map((m) => `${m.id}.json`).sort());
    for (const file of files) {
      const { valid, errors } = await validate(`api/v1/models/${file}`);
      expect(valid, `${file}: ${errors}`).toBe(true);
    }
  });

  it('publishes every provider with every offer on sale at its YAML price, valid against its schema', async () => {
    const { body, valid, errors } = await validate('api/v1/providers.json');
    expect(valid, errors).toBe(true);
    const providers = body['providers'] as {
      id: string;
      models: { model: string; price: { input?: number | null; output?: number | null } }[];
    }[];
    expect(providers.map((p) => p.id).sort()).toEqual(data.providers.map((p) => p.id).sort());
    for (const yaml of data.providers) {
      const published = providers.find((p) => p.id === yaml.id);
      expect(published?.models.map((o) => [o.model, o.price.input, o.price.output])).toEqual(
        yaml.offers
          .filter((o) => o.withdrawn === undefined)
          .map((o) => [o.model, o.price.input, o.price.output]),
      );
    }
  });

  it("lists a model's withdrawn offers apart, with the day, never among those on sale", async () => {
    const withdrawn = data.providers.flatMap((p) =>
      p.offers.filter((o) => o.withdrawn !== undefined).map((o) => ({ provider: p.id, ...o })),
    );
    expect(withdrawn.length).toBeGreaterThan(0);
    const sample = withdrawn[0];
    if (!sample) throw new Error('no withdrawn offer');
    const { model } = (await json(`api/v1/models/${sample.model}.json`)) as {
      model: {
        offers: { provider: { id: string } }[];
        withdrawn_offers?: { provider: { id: string }; withdrawn: string }[];
      };
    };
    expect(model.withdrawn_offers).toContainEqual(
      expect.objectContaining({
        provider: expect.objectContaining({ id: sample.provider }),
        withdrawn: sample.withdrawn,
      }),
    );
    const onSale = model.offers.map((o) => o.provider.id);
    const stillSold = data.providers.some((p) =>
      p.offers.some((o) => o.model === sample.model && p.id === sample.provider && !o.withdrawn),
    );
    if (!stillSold) expect(onSale).not.toContain(sample.provider);
  });

  it("gives a model's offers and cheapest paid price as the YAML has them", async () => {
    const { model } = (await json('api/v1/models/gpt-4o-mini.json')) as {
      model: {
        offers: { provider: { id: string }; price: { input?: number | null } }[];
        cheapest: { input: { price: number; provider: { id: string } } | null };
        url: string;
      };
    };
    const yamlOffers = data.providers.flatMap((p) =>
      p.offers.filter((o) => o.model === 'gpt-4o-mini').map((o) => ({ provider: p.id, ...o })),
    );
    expect(model.offers).toHaveLength(yamlOffers.length);
    const paid = yamlOffers.filter((o) => (o.price.input ?? 0) > 0);
    const lowest = Math.min(...paid.map((o) => o.price.input ?? Infinity));
    expect(model.cheapest.input?.price).toBe(lowest);
    expect(paid.find((o) => o.price.input === lowest)?.provider).toBe(
      model.cheapest.input?.provider.id,
    );
    expect(new URL(model.url).pathname).toBe('/models/gpt-4o-mini/');
  });

  it("publishes each model's scores as its YAML lists them, with the benchmark's name", async () => {
    let scored = 0;
    for (const m of data.models) {
      const { model } = (await json(`api/v1/models/${m.id}.json`)) as {
        model: { scores: ({ benchmark: string; benchmark_name: string } & object)[] };
      };
      const yaml = m.scores ?? [];
      if (yaml.length > 0) scored++;
      expect(
        model.scores.map((score) => {
          const { benchmark_name: name, ...asWritten } = score;
          expect(name).toBe(data.benchmarks.find((b) => b.id === score.benchmark)?.name);
          return asWritten;
        }),
        m.id,
      ).toEqual(yaml);
    }
    expect(scored).toBeGreaterThan(200);
    // The all-models file stays the size clients read for prices: no scores in it.
    const all = await json('api/v1/models.json');
    expect(JSON.stringify(all)).not.toContain('"scores"');
  });

  it('lists every benchmark with the models scored on it and the evaluators with their credit', async () => {
    const { body, valid, errors } = await validate('api/v1/benchmarks.json');
    expect(valid, errors).toBe(true);
    const benchmarks = body['benchmarks'] as {
      id: string;
      name: string;
      scale: object;
      page: string;
      models_scored: number;
      evaluators: string[];
    }[];
    expect(benchmarks.map((b) => b.id).sort()).toEqual(data.benchmarks.map((b) => b.id).sort());
    for (const yaml of data.benchmarks) {
      const published = benchmarks.find((b) => b.id === yaml.id);
      const scored = data.models.filter((m) => m.scores?.some((s) => s.benchmark === yaml.id));
      const measurers = new Set(
        scored.flatMap((m) =>
          (m.scores ?? []).filter((s) => s.benchmark === yaml.id).map((s) => s.measured_by),
        ),
      );
      expect(published?.name).toBe(yaml.name);
      expect(published?.scale).toEqual(yaml.scale);
      expect(published?.models_scored, yaml.id).toBe(scored.length);
      expect(published?.evaluators, yaml.id).toEqual(
        data.evaluators
          .map((e) => e.id)
          .filter((id) => measurers.has(id))
          .sort(),
      );
      expect(new URL(published?.page ?? '').pathname).toBe(`/benchmarks/${yaml.id}/`);
    }
    const evaluators = body['evaluators'] as { id: string; credit: string; licence: string }[];
    expect(evaluators.map((e) => [e.id, e.licence, e.credit]).sort()).toEqual(
      data.evaluators.map((e) => [e.id, e.licence, e.credit]).sort(),
    );
  });

  it('rejects a file that breaks the published schema, so the checks above can fail', async () => {
    const body = await json('api/v1/models/gpt-4o-mini.json');
    const broken = { ...body, model: { ...(body['model'] as object), offers: 'none' } };
    const schema = await json('schema/api-model.json');
    expect(ajv.compile(schema)(broken)).toBe(false);
    // A score without its benchmark's name, or with a field the YAML never has, is refused too.
    const model = body['model'] as { scores: Record<string, unknown>[] };
    const [first] = model.scores;
    if (!first) throw new Error('gpt-4o-mini has no score');
    const nameless = Object.fromEntries(
      Object.entries(first).filter(([key]) => key !== 'benchmark_name'),
    );
    const check = ajv.compile(schema);
    expect(check({ ...body, model: { ...model, scores: [nameless] } })).toBe(false);
    expect(check({ ...body, model: { ...model, scores: [{ ...first, rank: 1 }] } })).toBe(false);
  });
});
