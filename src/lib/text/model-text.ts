/**
 * About, key features and use cases for models whose editors have not written them: plain
 * statements of the model's own facts, never claims about quality the data cannot back.
 */
import type { CatalogModel } from '../catalog/types.ts';
import { date, list, plural, tokens } from '../format.ts';

const MODALITY_NAMES: Record<string, string> = {
  text: 'text',
  image: 'images',
  audio: 'audio',
  video: 'video',
  pdf: 'PDFs',
};

export const modalityList = (modalities: readonly string[]) =>
  list(modalities.map((m) => MODALITY_NAMES[m] ?? m));

const TIER_NOUN: Record<string, string> = {
  flagship: 'flagship model',
  balanced: 'mid-range model',
  lightweight: 'lightweight model',
  specialized: 'specialised model',
};

/** ", released on 1 Mar 2026" or ", released in Mar 2026"; nothing when no page states the day. */
const released = (day: string | undefined): string =>
  day === undefined ? '' : `, released ${day.length === 7 ? 'in' : 'on'} ${date(day)}`;

/** The "About" paragraphs: the editors' description, or one paragraph of facts. */
export function aboutText(model: CatalogModel): string[] {
  if (model.description) return model.description.trim().split(/\n\s*\n/);
  const parts = [
    `${model.name} is a ${TIER_NOUN[model.tier] ?? 'model'} from ${model.creatorName}${released(model.released)}.`,
    `It reads ${modalityList(model.modalities.input)} and writes ${modalityList(model.modalities.output)}, with a ${tokens(model.context_window)}-token context window${model.max_output ? ` and up to ${tokens(model.max_output)} output tokens per response` : ''}.`,
  ];
  if (model.knowledge_cutoff)
    parts.push(`Its training data runs to ${date(model.knowledge_cutoff)}.`);
  if (model.open_weights)
    parts.push(`Its weights are published under ${model.license ?? 'an unstated licence'}.`);
  parts.push(
    model.providerCount > 0
      ? `${plural(model.providerCount, 'provider')} in this catalog serve it through an API.`
      : 'No provider in this catalog serves it yet.',
  );
  return [parts.join(' ')];
}

/** What sets the model apart, as facts: editors' list first, else derived from the record. */
export function keyFeatures(model: CatalogModel): string[] {
  if (model.key_features) return model.key_features;
  const features = [
    `${tokens(model.context_window)}-token context window${model.max_output ? `, up to ${tokens(model.max_output)} output tokens` : ''}`,
    `Reads ${modalityList(model.modalities.input)}; writes ${modalityList(model.modalities.output)}`,
  ];
  const caps = model.capabilities;
  const abilities = [
    caps.tool_calling && 'tool calling',
    caps.parallel_tool_calls && 'parallel tool calls',
    caps.structured_output && 'structured output',
    caps.reasoning && 'a reasoning mode',
  ].filter((x): x is string => typeof x === 'string');
  if (abilities.length) features.push(`Supports ${list(abilities)}`);
  if (model.open_weights)
    features.push(`Open weights under ${model.license ?? 'an unstated licence'}`);
  if (caps.batch) features.push(`Batch API from ${model.creatorName}`);
  return features;
}

/** Work the model suits: the editors' list, else what its capabilities make it able to do. */
export function useCases(model: CatalogModel): string[] {
  if (model.use_cases) return model.use_cases;
  const cases: string[] = [];
  const input = model.modalities.input;
  if (model.tier === 'lightweight')
    cases.push('High-volume classification, extraction and routing');
  if (model.capabilities.reasoning) cases.push('Multi-step problems in maths, code and planning');
  if (model.capabilities.tool_calling)
    cases.push('Agents and assistants that call your functions and APIs');
  if (model.capabilities.structured_output) cases.push('Extracting data into a fixed JSON Schema');
  if (input.includes('image') || input.includes('pdf'))
    cases.push('Reading screenshots, charts and scanned documents');
  if (input.includes('audio')) cases.push('Understanding speech and other audio');
  if (model.context_window >= 500_000)
    cases.push('Working over long documents or whole codebases in one request');
  if (
    model.family.includes('code') ||
    model.family.includes('coder') ||
    model.family.includes('devstral')
  ) {
    cases.push('Writing, reviewing and refactoring code');
  }
  if (model.open_weights) cases.push('Self-hosting where data must stay on your own hardware');
  if (cases.length === 0) cases.push('General chat and text generation');
  return cases;
}
