import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { modelFile } from '../../../../lib/api/files.ts';
import { getCatalog } from '../../../../lib/catalog/collections.ts';
import { absoluteUrl } from '../../../../lib/paths.ts';
import { BUILT_AT } from '../../../../lib/site.ts';

export const getStaticPaths = (async () => {
  const catalog = await getCatalog();
  return catalog.models.map((model) => ({ params: { id: model.id }, props: { model, catalog } }));
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props, site }) =>
  Response.json(
    modelFile(props.model, props.catalog, {
      absolute: (path) => absoluteUrl(path, site),
      generated: BUILT_AT,
    }),
  );
