/**
 * Strengths and limitations for models without editorial ones, phrased from where the model ranks in
 * its tier and from its facts, with this build's numbers, so they can never contradict the tables.
 */
import type { CatalogModel } from '../catalog/types.ts';
import { date, ordinal, plural, tokensApart, usd } from '../format.ts';
import { monthsToCutoff } from '../catalog/ranks.ts';
import type { Rank, TierRanks } from '../catalog/types.ts';

/** A tier of fewer models says little about where one of them stands. */
const MIN_TIER_SIZE = 4;

/** In the best third of a tier large enough to say so. */
const top = (r: Rank) => r.of >= MIN_TIER_SIZE && r.position <= Math.ceil(r.of / 3);
/** In the worst third. */
const bottom = (r: Rank) => r.of >= MIN_TIER_SIZE && r.position > r.of - Math.floor(r.of / 3);

/** "the largest of 12", "tied for the largest of 12" when another model has the same, or "3rd of 12". */
const place = (r: Rank, best: string) =>
  r.position !== 1 ? `${ordinal(r.position)} of ${r.of}` : r.shared > 1 ? `tied for ${best}` : best;

export interface Insights {
  strengths: string[];
  limitations: string[];
  /** True when the text is ours from the data, not an editor's. */
  derived: { strengths: boolean; limitations: boolean };
}

export function deriveInsights(model: CatalogModel, ranks: TierRanks): Insights {
  const tier = `${model.tier} models`;
  const strengths: string[] = [];
  const limitations: string[] = [];
  const { price, context, speed, cutoff } = ranks;

  if (price && top(price)) {
    strengths.push(
      `Low price: ${usd(price.value)} per 1M tokens blended (3 input : 1 output) at its cheapest, ${place(price, `the lowest of ${price.of}`)} ${tier} (median ${usd(price.median)}).`,
    );
  } else if (price && bottom(price)) {
    limitations.push(
      `Dearer than most ${tier}: ${usd(price.value)} per 1M tokens blended at its cheapest, against a median of ${usd(price.median)} (${ordinal(price.position)} of ${price.of}).`,
    );
  }
  if (context && top(context) && context.value > context.median) {
    // Figures a reader can tell apart: 131,072 is "128K" and so is a 128,000 median.
    const [own, median] = tokensApart(context.value, Math.round(context.median));
    strengths.push(
      `Long context: ${own} tokens, ${place(context, `the largest of ${context.of}`)} ${tier} (median ${median}).`,
    );
  } else if (context && bottom(context) && context.value < context.median) {
    const [own, median] = tokensApart(context.value, Math.round(context.median));
    limitations.push(
      `Shorter context than most ${tier}: ${own} tokens against a median of ${median}.`,
    );
  }
  if (speed && top(speed)) {
    strengths.push(
      `Fast: up to ${Math.round(speed.value)} tokens/s measured, ${place(speed, `the fastest of ${speed.of}`)} ${tier}.`,
    );
  } else if (speed && bottom(speed)) {
    limitations.push(
      `Slower than most ${tier}: ${Math.round(speed.value)} tokens/s at best, against a median of ${Math.round(speed.median)}.`,
    );
  }
  if (cutoff && top(cutoff) && model.knowledge_cutoff) {
    strengths.push(
      `Recent knowledge: trained on data up to ${date(model.knowledge_cutoff)}, later than most ${tier} (median ${date(monthsToCutoff(cutoff.median))}).`,
    );
  } else if (cutoff && bottom(cutoff) && model.knowledge_cutoff && cutoff.value < cutoff.median) {
    limitations.push(
      `Older knowledge: its training data stops at ${date(model.knowledge_cutoff)}, against a median of ${date(monthsToCutoff(cutoff.median))} for ${tier}.`,
    );
  }

  if (model.open_weights) {
    strengths.push(
      `Open weights (${model.license ?? 'licence not confirmed'}): it can be self-hosted and fine-tuned.`,
    );
  }
  if (model.providerCount >= 5) {
    strengths.push(
      `Served by ${plural(model.providerCount, 'provider')}, so price, speed and region can be shopped around.`,
    );
  } else if (model.providerCount === 1 && model.offers[0]) {
    limitations.push(
      `Only ${model.offers[0].provider.name} serves it here: there is no second provider to fall back on.`,
    );
  }
  if (model.capabilities.tool_calling === false) {
    limitations.push('No tool calling: it cannot call functions you define.');
  }
  if (model.modalities.input.length === 1 && model.modalities.input[0] === 'text') {
    limitations.push('Reads text only: no images, audio or documents as input.');
  }
  if (model.status === 'deprecated') {
    limitations.push(
      model.retired
        ? `Deprecated: ${model.creatorName} retires it on ${date(model.retired)}.`
        : `Deprecated by ${model.creatorName}: plan a move to a newer model.`,
    );
  } else if (model.status === 'retired') {
    limitations.push(`Retired on ${date(model.retired)}; providers may no longer serve it.`);
  }

  return {
    strengths: model.strengths ?? strengths,
    limitations: model.limitations ?? limitations,
    derived: { strengths: !model.strengths, limitations: !model.limitations },
  };
}
