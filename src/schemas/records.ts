/**
 * What the loader hands on: each file's data plus the facts its path holds. These are the shapes
 * the site's collections carry; the file schemas are what people write.
 */
import type { z } from 'astro/zod';
import { Creator } from './creator.ts';
import { Id } from './fields.ts';
import { Model } from './model.ts';
import { Provider } from './provider.ts';

export const CreatorRecord = Creator.safeExtend({
  id: Id.describe('The file name: data/creators/<id>.yaml.'),
});
export const ModelRecord = Model.safeExtend({
  id: Id.describe('The file name: data/models/<creator>/<id>.yaml.'),
  creator: Id.describe('The folder the file sits in: the creator id.'),
});
export const ProviderRecord = Provider.safeExtend({
  id: Id.describe('The file name: data/providers/<id>.yaml.'),
});

export type CreatorRecord = z.infer<typeof CreatorRecord>;
export type ModelRecord = z.infer<typeof ModelRecord>;
export type ProviderRecord = z.infer<typeof ProviderRecord>;
