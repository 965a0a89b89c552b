/** One synthetic offer: a model as one provider sells it, with history on some. */
import type { Model } from '../schemas/model.ts';
import type { Offer, Price } from '../schemas/offer.ts';
import type { Random } from './random.ts';
import { day } from './dates.ts';

const QUANTIZATIONS = ['fp8', 'bf16', 'int4', 'fp16'] as const;
// Day numbers (see dates.ts): current prices were taken in 2026.
const PRICED_FROM = 1096;
const PRICED_UNTIL = 1420;

/** A price per 1M tokens as people write it: three decimals at most, never below a cent. */
const usd = (value: number) => Math.max(0.01, Math.round(value * 1000) / 1000);

/** Each model's list price, derived from its number (synth-N) so that every provider varies around it. */
function listPrice(model: Model, id: string): number {
  const base = { flagship: 8, balanced: 2, lightweight: 0.3, specialized: 0.8 }[model.tier];
  return base * (0.5 + ((Number(id.replace(/^synth-/, '')) * 7919) % 100) / 100);
}

function price(random: Random, input: number, rich: boolean): Price {
  return {
    input: usd(input),
    output: usd(input * random.pick([2, 3, 4, 5])),
    ...(rich && random.chance(0.4) ? { cached_input: usd(input / 4) } : {}),
    ...(rich && random.chance(0.15)
      ? { batch_input: usd(input / 2), batch_output: usd(input) }
      : {}),
    ...(rich && random.chance(0.05)
      ? { long_context: { threshold: 200000, input: usd(input * 2), output: usd(input * 6) } }
      : {}),
  };
}

export function syntheticOffer(random: Random, id: string, model: Model, provider: number): Offer {
  const free = random.chance(0.02);
  const input = listPrice(model, id) * (0.8 + random.next() * 0.5);
  const updated = random.int(PRICED_FROM, PRICED_UNTIL);
  const offer: Offer = {
    model: id,
    provider_model_id: `synth/${id}`,
    price: free ? { input: 0, output: 0 } : price(random, input, true),
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
    source: random.chance(0.5)
      ? 'modelsdev@synth'
      : `https://cloud-${provider}.example.com/pricing`,
  };
  if (!free && random.chance(0.2)) {
    // Oldest first, each ending where the next began; the last ends when the current price began.
    const changes = random.int(1, 3);
    let until = updated;
    const history = [];
    for (let i = 0; i < changes; i++) {
      const from = until - random.int(30, 200);
      history.unshift({
        price: price(random, input * (1 + random.next()), false),
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
