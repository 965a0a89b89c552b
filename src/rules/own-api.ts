/**
 * Which provider is a maker's own API: the dates rule and the provider-ids rule ask, and so does the
 * importer before it adds an offer. The catalog answers it (`lib/catalog/sellers.ts`), since every
 * page that sets the maker's price beside the cheapest asks it too.
 */
import { makersOwnApi } from '../lib/catalog/sellers.ts';

export { makersOwnApi };

/** Why a first-party provider cannot sell this model: a maker's own API serves only its models. */
export function ownApiProblem(
  provider: { id: string; kind: string },
  creator: string | undefined,
): string | undefined {
  if (provider.kind !== 'first-party' || creator === undefined) return undefined;
  return makersOwnApi(provider.id, creator)
    ? undefined
    : `a maker's own API sells only its own models, and this is a model by ${creator}`;
}
