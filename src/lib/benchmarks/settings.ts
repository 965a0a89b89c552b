/**
 * A score's settings in words, and as one key: two scores with the same key are the same
 * measurement, and scores with different keys are never merged.
 */
import type { ScoreSettings } from '../../schemas/score.ts';

const REASONING_WORDS: Record<string, string> = {
  none: 'no reasoning',
  minimal: 'minimal reasoning',
  low: 'low effort',
  medium: 'medium effort',
  high: 'high effort',
  xhigh: 'extra-high effort',
  max: 'maximum effort',
  thinking: 'thinking',
  'non-thinking': 'without thinking',
};

/** "high effort · with tools · pass@1 · 0-shot · bash only", or "" when the source states none. */
export function settingsText(settings: ScoreSettings | undefined): string {
  if (!settings) return '';
  const parts: string[] = [];
  if (settings.reasoning) parts.push(REASONING_WORDS[settings.reasoning] ?? settings.reasoning);
  if (settings.tools !== undefined) parts.push(settings.tools ? 'with tools' : 'no tools');
  if (settings.pass_at !== undefined) parts.push(`pass@${settings.pass_at}`);
  if (settings.samples !== undefined) parts.push(`average of ${settings.samples} runs`);
  if (settings.shots !== undefined) parts.push(`${settings.shots}-shot`);
  if (settings.other) parts.push(settings.other);
  return parts.join(' · ');
}

/** The settings as a stable key, whatever order the YAML wrote them in. */
export function settingsKey(settings: ScoreSettings | undefined): string {
  if (!settings) return '';
  return Object.entries(settings)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([k, v]) => `${k}=${String(v)}`)
    .join(';');
}

/** A score as its scale reads: 87.7% for a share or a rate, 2150 for a rating, 8.9 for points. */
export function scoreText(value: number, unit: string): string {
  const shown = Number.isInteger(value) ? String(value) : String(Math.round(value * 100) / 100);
  return unit === 'percent' || unit === 'rate' ? `${shown}%` : shown;
}
