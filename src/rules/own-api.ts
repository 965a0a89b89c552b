/**
 * Which provider is a maker's own API: the dates rule and the provider-ids rule ask, and so does the
 * importer before it adds an offer.
 */

/** First-party provider files whose id is not their maker's. */
const OWN_API: Record<string, string> = { google: 'google-gemini', zhipuai: 'zai' };

/**
 * Whether a provider is the model maker's own API. A maker's retirement date is a fact about its
 * own API; a cloud that hosts the model keeps its own schedule, which needs its own source.
 */
export const makersOwnApi = (providerId: string, creator: string) =>
  providerId === (OWN_API[creator] ?? creator);

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
