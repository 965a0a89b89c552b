/**
 * An offer that cites a catalogue must carry the price that catalogue gives for the provider's own
 * model id. `source_ids` may name another id where the catalogue spells this one differently; when
 * the catalogue also lists the provider's id itself at another price, the offer has borrowed a
 * different model's price, which is a hard error.
 */
import type { AtlasData } from '../data/load.ts';
import { SOURCE_IDS } from '../schemas/fields.ts';
import { sourceNames, type SourceEntry, type SourceId } from '../sources/types.ts';
import type { Finding } from './check.ts';

const key = (source: string, provider: string, id: string) =>
  `${source}\u0000${provider}\u0000${id}`;
const sourceOf = (source: string): SourceId | undefined =>
  SOURCE_IDS.find((s) => s === source.split('@')[0]);

export function borrowedPrices(
  data: Pick<AtlasData, 'providers'>,
  entries: readonly SourceEntry[],
): Finding[] {
  const byId = new Map(entries.map((e) => [key(e.source, e.provider, e.id), e]));
  const findings: Finding[] = [];
  for (const provider of data.providers) {
    for (const offer of provider.offers) {
      const source = sourceOf(offer.source);
      const named = source && offer.source_ids?.[source];
      if (!source || !named || named === offer.provider_model_id) continue;
      const own = sourceNames(provider, source)
        .map((name) => byId.get(key(source, name, offer.provider_model_id)))
        .find((e) => e !== undefined);
      if (!own) continue;
      const apart = (['input', 'output'] as const).filter(
        (f) => own.price[f] != null && offer.price[f] != null && own.price[f] !== offer.price[f],
      );
      if (apart.length === 0) continue;
      findings.push({
        where: `${provider.id}: ${offer.model}${offer.variant ? ` (${offer.variant})` : ''}`,
        message: `cites ${offer.source} through source_ids "${named}", but ${own.ref} prices "${offer.provider_model_id}" itself at ${apart.map((f) => `${f} ${own.price[f]}`).join(', ')} (here ${apart.map((f) => `${f} ${offer.price[f]}`).join(', ')}): another model's price`,
      });
    }
  }
  return findings;
}
