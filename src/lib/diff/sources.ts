/**
 * Offers whose `source` changes kind: from a catalogue the daily refresh reads (LiteLLM,
 * models.dev, OpenRouter, genai-prices) to a page cited by hand, or back, or to another catalogue.
 * The refresh checks and changes an offer's prices only against the catalogue its source names
 * (`catalogueOf`, the rule the refresher itself reads), so each of these decides whether, and
 * against what, the offer's prices move on their own from now on.
 */
import type { Catalog, CatalogOffer } from '../catalog/types.ts';
import { sourceLink } from '../provenance/source-link.ts';
import { catalogueOf } from '../../schemas/fields.ts';

export interface SourceKindChange {
  model: string;
  modelName: string;
  provider: string;
  providerName: string;
  variant: string | undefined;
  from: string;
  to: string;
}

const key = (model: string, o: CatalogOffer) =>
  `${model}\u0000${o.provider.id}\u0000${o.variant ?? ''}`;

function offers(catalog: Catalog) {
  const all = new Map<string, { name: string; offer: CatalogOffer }>();
  for (const m of catalog.models)
    for (const offer of [...m.offers, ...m.withdrawnOffers])
      all.set(key(m.id, offer), { name: m.name, offer });
  return all;
}

/** The offers, in both catalogs, whose source names another catalogue or none any more. */
export function sourceKindChanges(before: Catalog, after: Catalog): SourceKindChange[] {
  const was = offers(before);
  const changes: SourceKindChange[] = [];
  for (const [k, { name, offer }] of offers(after)) {
    const old = was.get(k)?.offer;
    if (!old || catalogueOf(old.source) === catalogueOf(offer.source)) continue;
    changes.push({
      model: offer.model,
      modelName: name,
      provider: offer.provider.id,
      providerName: offer.provider.name,
      variant: offer.variant,
      from: old.source,
      to: offer.source,
    });
  }
  return changes.sort(
    (a, b) =>
      a.providerName.localeCompare(b.providerName) || a.modelName.localeCompare(b.modelName),
  );
}

/** A source in words: "LiteLLM (litellm@00035b69)", or "a hand-cited page (https://…)". */
function described(source: string): string {
  const catalogue = catalogueOf(source);
  return catalogue ? `${sourceLink(source).label} (${source})` : `a hand-cited page (${source})`;
}

/**
 * The change in plain words, e.g. "OpenAI · GPT-4o: source now a hand-cited page (https://…),
 * whose prices the daily refresh does not check or change; before: LiteLLM (litellm@00035b69)".
 */
export function sourceKindLine(c: SourceKindChange): string {
  const offer = `${c.providerName} · ${c.modelName}${c.variant ? ` (${c.variant})` : ''}`;
  const now = catalogueOf(c.to);
  const was = catalogueOf(c.from);
  const effect = !now
    ? 'whose prices the daily refresh does not check or change'
    : !was
      ? `whose prices the daily refresh now checks against ${sourceLink(c.to).label} and changes when ${sourceLink(c.to).label} does`
      : `against which the daily refresh now checks its prices, instead of ${sourceLink(c.from).label}`;
  return `${offer}: source now ${described(c.to)}, ${effect}; before: ${described(c.from)}`;
}
