/**
 * What a synthetic offer bills beside its token prices: cache writes, service tiers, reasoning,
 * audio and image prices, web-search and per-request fees, in the shares data/ has them. Measured
 * on data/ on 2026-12-07, of its 2,427 offers on sale: a cache write 13.2%, a web-search fee 4.1%,
 * a reasoning price 1.9%, audio prices 1.7% (output 0.5%), a 1-hour cache write 1.7%, a priority
 * tier 1.1%, a flex tier 0.5%, image prices 0.5% (generated images 0.3%); 435 offers (18%) state
 * at least one. data/ has no price per audio minute, per image made or per request, nor a free
 * daily allowance of searches, yet; the catalog gives them to a share of the audio, image and
 * search offers, so the finder's data carries every unit a workload can be priced by (heavier, if
 * anything, than data/'s would be).
 */
import type { Model } from '../schemas/model.ts';
import type { Price } from '../schemas/offer.ts';
import type { Random } from './random.ts';

/** Two significant digits, as price lists write them, never below a tenth of a cent. */
const usd = (value: number) => Math.max(0.001, Number(value.toPrecision(2)));

/** The chance an offer of a model that reads audio has audio prices: 1.7% of all offers. */
const AUDIO_GIVEN_READS = 0.045;
/** Of an offer of a model that makes images, the chance it has image prices: 0.3% of all. */
const IMAGE_GIVEN_MAKES = 0.06;

type Units = Pick<
  Price,
  'cache_write' | 'cache_write_1h' | 'tiers' | 'reasoning' | 'audio' | 'image' | 'fees'
>;

function tiers(random: Random, base: Price): Units['tiers'] {
  const at = (factor: number) => ({
    input: usd((base.input ?? 0) * factor),
    output: usd((base.output ?? 0) * factor),
    ...(base.cached_input != null && { cached_input: usd(base.cached_input * factor) }),
  });
  const priority = random.chance(0.011);
  // Flex mostly beside priority, as OpenAI sells both.
  const flex = priority ? random.chance(0.35) : random.chance(0.001);
  if (!priority && !flex) return undefined;
  return { ...(priority && { priority: at(1.8) }), ...(flex && { flex: at(0.5) }) };
}

function audio(random: Random, model: Model, input: number): Units['audio'] {
  if (!model.modalities.input.includes('audio') || !random.chance(AUDIO_GIVEN_READS))
    return undefined;
  const out = random.chance(0.3);
  const byMinute = random.chance(0.35);
  return {
    input: usd(input * random.pick([4, 8, 16])),
    ...(out && { output: usd(input * random.pick([16, 32])) }),
    ...(random.chance(0.25) && { cached_input: usd(input / 2) }),
    ...(byMinute && { input_per_minute: random.pick([0.003, 0.006, 0.017, 0.06]) }),
    ...(byMinute && out && { output_per_minute: random.pick([0.015, 0.024, 0.24]) }),
  };
}

function image(random: Random, model: Model, input: number): Units['image'] {
  const makes = model.modalities.output.includes('image');
  if (makes && random.chance(IMAGE_GIVEN_MAKES)) {
    return {
      input: usd(input * 2),
      output: usd(input * random.pick([10, 30, 60])),
      ...(random.chance(0.5) && {
        per_image: [
          { size: '1024x1024', usd: random.pick([0.02, 0.039, 0.067, 0.134]) },
          { size: '1536x1024', usd: random.pick([0.05, 0.1, 0.2]) },
        ],
      }),
    };
  }
  if (!model.modalities.input.includes('image') || !random.chance(0.005)) return undefined;
  return random.chance(0.1)
    ? { input_per_image: random.pick([0.001, 0.0048]) }
    : { input: usd(input), ...(random.chance(0.3) && { cached_input: usd(input / 10) }) };
}

function fees(random: Random): Units['fees'] {
  const search = random.chance(0.041);
  const perRequest = random.chance(0.002);
  if (!search && !perRequest) return undefined;
  return {
    ...(search && { web_search_per_1k: random.pick([5, 10, 25, 35]) }),
    ...(search && random.chance(0.2) && { web_search_free_per_day: 1500 }),
    ...(perRequest && { per_request: random.pick([0.001, 0.005]) }),
  };
}

/** The units one offer bills beside `base`, its token prices; drawn from a generator of their own. */
export function syntheticUnits(random: Random, model: Model, base: Price): Units {
  const input = base.input ?? 0;
  const write = random.chance(0.132);
  const reasoning = random.chance(0.019);
  const t = tiers(random, base);
  const a = audio(random, model, input);
  const i = image(random, model, input);
  const f = fees(random);
  // Absent, not undefined: the YAML writer would write `tiers: null`.
  return {
    ...(write && { cache_write: usd(input * random.pick([1, 1.25])) }),
    ...(write && random.chance(0.13) && { cache_write_1h: usd(input * 2) }),
    ...(reasoning && base.output != null && { reasoning: base.output }),
    ...(t && { tiers: t }),
    ...(a && { audio: a }),
    ...(i && { image: i }),
    ...(f && { fees: f }),
  };
}
