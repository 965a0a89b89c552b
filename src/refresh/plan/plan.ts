/**
 * The refresher's planner: what the sources say, compared with data/, as a plan of changes,
 * confirmations, speed readings, unlisted offers, conflicts and refusals. Pure: it reads nothing and
 * writes nothing, so every rule is tested on small hand-made inputs, and nothing is edited until
 * the whole plan exists. The rules live beside it: `sources.ts` (which answers count), `offer.ts`
 * (one offer's prices), `guards.ts` (moves that need a person), `speed.ts` (speed readings).
 */
import type { SourceId } from '../../sources/types.ts';
import { planOffer } from './offer.ts';
import { endpointIndex, usableSources } from './sources.ts';
import { openRouterIds, speedUpdate } from './speed.ts';
import type { OfferRef, Plan, PlanInput } from './types.ts';

/** A plan with nothing in it yet. */
export function emptyPlan(today: string): Plan {
  return {
    today,
    checked: 0,
    changes: [],
    confirmations: [],
    speeds: [],
    unlisted: [],
    conflicts: [],
    refusals: [],
    fees: [],
    sources: [],
  };
}

export function plan({ providers, reads, state, today }: PlanInput): Plan {
  const result = emptyPlan(today);
  const usable = usableSources(reads, state, result);
  const endpoints = endpointIndex(reads, usable);
  const routerIds = openRouterIds(providers);
  const matched = new Map<SourceId, number>();

  for (const provider of providers) {
    provider.offers.forEach((offer, index) => {
      const ref: OfferRef = {
        provider: provider.id,
        index,
        model: offer.model,
        variant: offer.variant,
      };
      const speed = speedUpdate(provider, offer, routerIds, endpoints, today);
      if (speed) result.speeds.push({ offer: ref, speed });
      const pricedBy = planOffer(result, usable, provider, offer, ref);
      if (pricedBy) matched.set(pricedBy, (matched.get(pricedBy) ?? 0) + 1);
    });
  }
  for (const summary of result.sources) summary.matched = matched.get(summary.id) ?? 0;
  return result;
}

/**
 * Whether the plan needs a person: a refusal, a conflict, a fee its source no longer states, or a
 * source that could not be read.
 */
export function needsPerson(p: Plan): boolean {
  return (
    p.refusals.length > 0 ||
    p.conflicts.length > 0 ||
    p.fees.some((f) => f.change === 'gone') ||
    p.sources.some((s) => !s.ok)
  );
}
