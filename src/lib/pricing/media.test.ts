import { describe, expect, it } from 'vitest';
import { isMediaModel, mediaHeadline, mediaLines } from './media.ts';

describe('mediaLines', () => {
  // Hand-made: audio by the token and by the minute, images read by the token and by the image,
  // and generated images at two sizes.
  const price = {
    input: 4,
    output: 16,
    audio: { input: 32, output: 64, cached_input: 0.4, input_per_minute: 0.006 },
    image: {
      input: 5,
      cached_input: 0.5,
      input_per_image: 0.0048,
      output: 40,
      per_image: [{ size: '1024x1024', quality: 'high', usd: 0.167 }, { usd: 0.04 }],
    },
  };

  it('puts each medium on its own line under the input', () => {
    expect(mediaLines(price, 'input')).toEqual([
      'audio $32.00 · $0.006 / min',
      'image $5.00 · $0.0048 each',
    ]);
  });

  it('puts the output per 1M first, then one line per size of image made', () => {
    expect(mediaLines(price, 'output')).toEqual([
      'audio $64.00',
      'image $40.00',
      'image $0.167 each, 1024x1024 high',
      'image $0.04 each',
    ]);
  });

  it('says cached audio and images under the cached input', () => {
    expect(mediaLines(price, 'cached_input')).toEqual(['audio $0.40', 'image $0.50']);
  });

  it('says audio output by the minute, and nothing for an offer without media prices', () => {
    expect(mediaLines({ audio: { output_per_minute: 0.024 } }, 'output')).toEqual([
      'audio $0.024 / min',
    ]);
    expect(mediaLines({}, 'output')).toEqual([]);
  });
});

describe('mediaHeadline', () => {
  it('tells the lowest of each, "from" only where the offers differ', () => {
    expect(
      mediaHeadline([
        { audio: { input: 32, output: 64 }, image: { input: 5 } },
        { audio: { input: 40, output: 64 } },
      ]),
    ).toBe('Audio input from $32.00 / 1M · audio output $64.00 / 1M · image input $5.00 / 1M');
  });

  it('tells images made, per 1M and each, and nothing where no offer has media prices', () => {
    expect(
      mediaHeadline([{ image: { output: 120, per_image: [{ usd: 0.134 }, { usd: 0.24 }] } }]),
    ).toBe('Image output $120.00 / 1M · image output from $0.13 each');
    expect(mediaHeadline([{}, {}])).toBeUndefined();
  });
});

describe('isMediaModel', () => {
  it('is a model that writes audio or images, or a realtime one', () => {
    const text = { input: ['text' as const, 'audio' as const], output: ['text' as const] };
    expect(isMediaModel({ modalities: text })).toBe(false);
    expect(isMediaModel({ modalities: { ...text, output: ['text', 'audio'] } })).toBe(true);
    expect(isMediaModel({ modalities: { ...text, output: ['image'] } })).toBe(true);
    expect(isMediaModel({ modalities: text, api_types: ['realtime'] })).toBe(true);
  });
});
