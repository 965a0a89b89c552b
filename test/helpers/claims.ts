/**
 * Reading generated sentences back, for the tests that hold each claim to the catalog: a token
 * figure as a reader takes it, and the provider names a sentence mentions.
 */

/** A token figure as printed: "1,048,576", "8,192", "960K", "1.05M". */
export interface Figure {
  /** The number a reader sees: "1.02M" is 1,020,000 whatever it stands for. */
  shown: number;
  /** Written out in full, so it is the exact count. */
  exact: boolean;
  /** Whether the figure can stand for this count (a short "128K" stands for 128,000 or 131,072). */
  covers: (count: number) => boolean;
}

export function readFigure(text: string): Figure {
  const m = /^([\d.,]+)([KM]?)$/.exec(text.trim());
  if (!m?.[1]) throw new Error(`not a token figure: "${text}"`);
  const value = Number(m[1].replace(/,/g, ''));
  if (!m[2]) return { shown: value, exact: true, covers: (n) => n === value };
  const [decimal, binary] = m[2] === 'M' ? [1_000_000, 1_048_576] : [1_000, 1_024];
  return {
    shown: value * decimal,
    exact: false,
    // Makers write a count of 1,024s as K and of 1,048,576s as M; within 0.1% (65,535 is 64K).
    covers: (n) => n >= value * decimal * 0.999 && n <= value * binary * 1.001,
  };
}

/**
 * The providers a text names, by their names in the catalog. Names are taken longest first and
 * blanked out once found, so "OpenAI" is not found again inside "Microsoft Azure (OpenAI and
 * Foundry Models)"; the `others` (model and maker names) are blanked out the same way without
 * counting, so "DeepSeek-V3.2" or "Z.ai (Zhipu AI)" is not read as a provider.
 */
export function providersNamed<P extends { name: string }>(
  text: string,
  providers: readonly P[],
  others: readonly string[] = [],
): P[] {
  // Longest first; of two alike, the other name first: "Cohere" after a model is its maker.
  const names = [
    ...others.map((name) => ({ name, provider: undefined as P | undefined })),
    ...providers.map((p) => ({ name: p.name, provider: p as P | undefined })),
  ].sort((a, b) => b.name.length - a.name.length);
  let rest = text;
  const found: P[] = [];
  for (const { name, provider } of names) {
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const re = new RegExp(`(?<![\\w.])${escaped}(?![\\w])`, 'g');
    if (!re.test(rest)) continue;
    rest = rest.replace(re, '⟨name⟩');
    if (provider && !found.includes(provider)) found.push(provider);
  }
  return found;
}
