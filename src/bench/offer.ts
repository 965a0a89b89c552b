/** One synthetic offer: a model as one provider sells it, with history on some. */
import type { Model } from '../schemas/model.ts';
import type { Offer, Price } from '../schemas/offer.ts';
import type { Random } from './random.ts';
import { day } from './dates.ts';
import { syntheticUnits } from './units.ts';

const QUANTIZATIONS = ['fp8', 'bf16', 'int4', 'fp16'] as const;
// Day numbers (see dates.ts): current prices were taken in 2026.
const PRICED_FROM = 1096;
const PRICED_UNTIL = 1420;

/**
 * Prices as price lists write them: two significant digits mostly ($0.15, $2.5, $0.075), now and
 * then three, never below a cent. Measured on data/ on 2026-12-02: 86% of input prices have at most
 * two significant digits, and of the offers of models sold by several providers, 61% sell at the
 * price most of that model's providers ask.
 */
const usd = (value: number, digits = 2) => Math.max(0.01, Number(value.toPrecision(digits)));

/** Each model's list price, derived from its number (synth-N) so that every provider varies around it. */
function listPrice(model: Model, id: string): number {
  const base = { flagship: 8, balanced: 2, lightweight: 0.3, specialized: 0.8 }[model.tier];
  return usd(base * (0.5 + ((Number(id.replace(/^synth-/, '')) * 7919) % 100) / 100));
}

/** Output over input at the list price, per model; the ratios data/ has most often (4, 5, 6, 3, 8). */
const listRatio = (id: string) => [4, 5, 6, 3, 8][Number(id.replace(/^synth-/, '')) % 5] as number;

function price(random: Random, input: number, ratio: number, rich: boolean): Price {
  const digits = random.chance(0.85) ? 2 : 3;
  return {
    input: usd(input, digits),
    output: usd(input * ratio, digits),
    ...(rich && random.chance(0.4) ? { cached_input: usd(input / 4) } : {}),
    ...(rich && random.chance(0.15)
      ? { batch_input: usd(input / 2), batch_output: usd((input * ratio) / 2) }
      : {}),
    ...(rich && random.chance(0.05)
      ? {
          long_context: {
            threshold: 200000,
            input: usd(input * 2),
            output: usd(input * ratio * 1.5),
          },
        }
      : {}),
  };
}

/**
 * When and where the current prices were taken: mostly by a refresh run, which dates many offers
 * alike and names its source with a version or date (in data/ on 2026-12-02, every offer's source is
 * one of four refresh sources and four days carry 93% of the offers' dates); else by hand on any
 * day of the year, citing the provider's pricing page.
 */
const RUNS = Array.from({ length: 11 }, (_, k) => PRICED_FROM + 30 * k);
const RUN_SOURCES = ['modelsdev', 'litellm', 'genai-prices', 'openrouter'] as const;
function pricedOn(random: Random, provider: number): { updated: number; source: string } {
  if (random.chance(0.1)) {
    const updated = random.int(PRICED_FROM, PRICED_UNTIL);
    return { updated, source: `https://cloud-${provider}.example.com/pricing` };
  }
  const k = random.int(0, RUNS.length - 1);
  const updated = RUNS[k] as number;
  return { updated, source: `${RUN_SOURCES[k % RUN_SOURCES.length]}@${day(updated)}` };
}

/**
 * `billing` draws the units beside the token prices (units.ts): a generator of its own, so the
 * offers' other draws are what they were before the units.
 */
export function syntheticOffer(
  random: Random,
  id: string,
  model: Model,
  provider: number,
  billing?: Random,
): Offer {
  const free = random.chance(0.02);
  const list = listPrice(model, id);
  // Most providers of a model ask its list price; the others vary around it.
  const atList = random.chance(0.6);
  const input = atList ? list : list * (0.8 + random.next() * 0.5);
  const ratio = atList ? listRatio(id) : random.pick([2, 3, 4, 5]);
  const { updated, source } = pricedOn(random, provider);
  const base = free ? { input: 0, output: 0 } : price(random, input, ratio, true);
  const offer: Offer = {
    model: id,
    provider_model_id: `synth/${id}`,
    price: free || !billing ? base : { ...base, ...syntheticUnits(billing, model, base) },
    ...(random.chance(0.1)
      ? { context_window: Math.max(4096, Math.floor(model.context_window / 2)) }
      : {}),
    ...(model.open_weights && random.chance(0.5)
      ? { quantization: random.pick(QUANTIZATIONS) }
      : {}),
    ...(random.chance(0.4)
      ? {
          speed: {
            tokens_per_second: random.int(20, 400),
            ttft_ms: random.int(150, 3000),
            uptime_pct: 95 + random.int(0, 50) / 10,
            measured: day(updated),
            source: 'openrouter',
          },
        }
      : {}),
    updated: day(updated),
    ...(random.chance(0.3)
      ? { checked: day(Math.min(PRICED_UNTIL + 5, updated + random.int(0, 30))) }
      : {}),
    source,
  };
  if (!free && random.chance(0.2)) {
    // Oldest first, each ending where the next began; the last ends when the current price began.
    const changes = random.int(1, 3);
    let until = updated;
    const history = [];
    for (let i = 0; i < changes; i++) {
      const from = until - random.int(30, 200);
      history.unshift({
        price: price(random, input * (1 + random.next()), ratio, false),
        from: day(from),
        until: day(until),
        source: 'openrouter',
      });
      until = from;
    }
    offer.history = history;
  }
  return offer;
}
