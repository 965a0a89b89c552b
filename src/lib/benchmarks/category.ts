/** A benchmark category as a heading reads: "instruction-following" → "Instruction following". */
export function categoryLabel(category: string): string {
  const words = category.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A scale in words: "percent, 0 to 100, higher is better". */
export function scaleText(scale: {
  unit: string;
  min: number;
  max: number;
  higher_is_better: boolean;
}): string {
  return `${scale.unit}, ${scale.min} to ${scale.max}, ${scale.higher_is_better ? 'higher' : 'lower'} is better`;
}
