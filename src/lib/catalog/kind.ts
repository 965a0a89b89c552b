/**
 * What kind of model it is, read from its record: what it takes in and gives back, and for the
 * specialised tier what its name and family say it is for. Two models of different kinds are
 * never weighed against each other: an embedding model is no competitor of a search model.
 */
import type { ModelRecord } from '../../schemas/records.ts';

export const MODEL_KINDS = {
  chat: 'writes text (chat, reasoning, code)',
  embedding: 'turns text into vectors for search and clustering',
  search: 'answers from live web search or deep research',
  image: 'draws images',
  video: 'makes video',
  speech: 'reads text aloud',
  voice: 'talks: audio in and out',
  transcription: 'turns speech into text',
  moderation: 'classifies content against a safety policy',
  translation: 'translates text',
} as const;
export type ModelKind = keyof typeof MODEL_KINDS;

export type KindFacts = Pick<ModelRecord, 'id' | 'name' | 'family' | 'tier' | 'modalities'>;

/** Words in a specialised model's id, name or family, each naming the kind it is for. */
const WORDS: [RegExp, ModelKind][] = [
  [/\bembed(?:ding)?s?\b|\bembedding/, 'embedding'],
  [/\bsearch\b|\bsonar\b|\bdeep[- ]research\b/, 'search'],
  [/\bguard\b|\bsafeguard\b/, 'moderation'],
  [/\btranslat(?:e|ion)\b|\bmt\b/, 'translation'],
];

export function modelKind(m: KindFacts): ModelKind {
  const { input, output } = m.modalities;
  if (output.includes('video')) return 'video';
  if (output.includes('image')) return 'image';
  if (output.includes('audio')) return output.includes('text') ? 'voice' : 'speech';
  if (input.length === 1 && input[0] === 'audio') return 'transcription';
  // Only the specialised tier is read by name: a general model called "Search-free" stays chat.
  if (m.tier === 'specialized') {
    const words = `${m.id} ${m.name} ${m.family}`.toLowerCase();
    for (const [re, kind] of WORDS) if (re.test(words)) return kind;
  }
  return 'chat';
}
