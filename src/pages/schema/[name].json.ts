import type { APIRoute, GetStaticPaths } from 'astro';
import { jsonSchemaText, SCHEMA_NAMES, type SchemaName } from '../../schemas/json-schema.ts';

export const getStaticPaths = (() =>
  SCHEMA_NAMES.map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(jsonSchemaText(params['name'] as SchemaName), {
    headers: { 'Content-Type': 'application/schema+json' },
  });
