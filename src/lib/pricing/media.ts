/**
 * Audio and image prices: the lines under an offer's text prices ("audio $32.00", "image $0.04
 * each, 1024x1024 high"), whether a model is one whose audio or images are what it is bought for,
 * and then the headline that comes before its text prices ("Audio input $32.00 / 1M · audio output
 * $64.00 / 1M"). Shared by the model and provider price tables and the model page's price fact.
 */
import type { ModelRecord } from '../../schemas/records.ts';
import type { Price } from '../../schemas/offer.ts';
import { usd, usdRounded } from '../format.ts';

type Media = Pick<Price, 'audio' | 'image'>;
/** A column of the price tables (`PriceKind` in `price-lines.ts`). */
type Kind = 'input' | 'output' | 'cached_input';

/** Whether an offer states any audio or image price. */
export const hasMedia = (price: Media) => price.audio != null || price.image != null;

/**
 * A model bought for the audio or images it makes, or for talking to (a realtime model): its
 * audio and image prices come before its text prices.
 */
export function isMediaModel(model: Pick<ModelRecord, 'modalities' | 'api_types'>): boolean {
  const out = model.modalities.output;
  return out.includes('audio') || out.includes('image') || !!model.api_types?.includes('realtime');
}

/** "audio $32.00 · $0.006 / min": one medium's prices of one kind, or nothing. */
function line(medium: string, parts: (string | undefined)[]): string[] {
  const said = parts.filter((p): p is string => p !== undefined);
  return said.length > 0 ? [`${medium} ${said.join(' · ')}`] : [];
}
const perM = (value: number | null | undefined) => (value != null ? usd(value) : undefined);
const perMinute = (value: number | null | undefined) =>
  value != null ? `${usd(value)} / min` : undefined;
const each = (value: number | null | undefined) =>
  value != null ? `${usd(value)} each` : undefined;

/**
 * The audio and image prices of one kind of token, as lines for its column: input "audio $32.00",
 * "image $5.00 · $0.0048 each"; output "audio $64.00 · $0.024 / min", one line per size of
 * generated image ("image $0.04 each, 1024x1024 high"); cached input "audio $0.40".
 */
export function mediaLines(price: Media, kind: Kind): string[] {
  const { audio, image } = price;
  if (kind === 'cached_input') {
    return [
      ...line('audio', [perM(audio?.cached_input)]),
      ...line('image', [perM(image?.cached_input)]),
    ];
  }
  if (kind === 'input') {
    return [
      ...line('audio', [perM(audio?.input), perMinute(audio?.input_per_minute)]),
      ...line('image', [perM(image?.input), each(image?.input_per_image)]),
    ];
  }
  const sizes = (image?.per_image ?? []).map((i) => {
    const which = [i.size, i.quality].filter(Boolean).join(' ');
    return `image ${usd(i.usd)} each${which ? `, ${which}` : ''}`;
  });
  return [
    ...line('audio', [perM(audio?.output), perMinute(audio?.output_per_minute)]),
    ...line('image', [perM(image?.output)]),
    ...sizes,
  ];
}

/** The headline's figures, in the order told: what it is, how to read it off a price, its unit. */
const HEADLINE: [string, (p: Media) => (number | null | undefined)[], string][] = [
  ['audio input', (p) => [p.audio?.input], '/ 1M'],
  ['audio input', (p) => [p.audio?.input_per_minute], '/ min'],
  ['audio output', (p) => [p.audio?.output], '/ 1M'],
  ['audio output', (p) => [p.audio?.output_per_minute], '/ min'],
  ['image input', (p) => [p.image?.input], '/ 1M'],
  ['image input', (p) => [p.image?.input_per_image], 'each'],
  ['image output', (p) => [p.image?.output], '/ 1M'],
  ['image output', (p) => (p.image?.per_image ?? []).map((i) => i.usd), 'each'],
];

/**
 * The audio and image prices of a model's offers in one line, each the lowest any offer states and
 * said "from" where the offers differ: "Audio input $32.00 / 1M · audio output from $64.00 / 1M".
 * Undefined when no offer states one.
 */
export function mediaHeadline(prices: readonly Media[]): string | undefined {
  const parts = HEADLINE.flatMap(([what, read, unit]) => {
    const values = prices.flatMap((p) => read(p).filter((v): v is number => v != null));
    if (values.length === 0) return [];
    const from = new Set(values).size > 1 ? ' from' : '';
    return [`${what}${from} ${usdRounded(Math.min(...values))} ${unit}`];
  });
  const said = parts.join(' · ');
  return said ? said[0]?.toUpperCase() + said.slice(1) : undefined;
}
