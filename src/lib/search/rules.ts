/**
 * The words that describe a kind of model rather than name one, and what each is read as: a
 * filter the /search/ page offers, or its order (query.ts applies them, first rule first, each
 * taking its words out of the text). A rule that asks for what a model makes (images, speech)
 * comes before the one for what it reads, so "image generation" is not read as image input.
 */
import type { SearchFilter, SearchSort } from './tags.ts';
import { ALL_STATUSES, CODING, contextBand, REASONING, TOOLS, WEIGHTS } from './tags.ts';

export interface Rule {
  pattern: RegExp;
  filter?: [SearchFilter, string];
  sort?: SearchSort;
  /** A filter that depends on the words matched: a context size, a tier. */
  read?: (match: RegExpExecArray) => [SearchFilter, string] | undefined;
}

const SIZE_UNITS: Record<string, number> = { k: 1e3, thousand: 1e3, m: 1e6, million: 1e6 };

/** "1m", "200k", "1.5 million": a context size in tokens. */
function contextSize(match: RegExpExecArray): [SearchFilter, string] | undefined {
  const number = match[1] ?? match[3];
  const unit = match[2] ?? match[4];
  if (number === undefined || unit === undefined) return undefined;
  const band = contextBand(Number(number) * (SIZE_UNITS[unit] ?? 1));
  return band && ['minctx', band.label];
}

const SIZE = String.raw`(\d+(?:\.\d+)?) ?(k|m|million|thousand)`;

export const RULES: Rule[] = [
  {
    pattern:
      /\b(?:(?:image|picture|art)[ -](?:generation|generator|gen|creation|output|maker)s?|(?:generat\w*|creat\w*|mak\w*|draw\w*|render\w*)[ -](?:an? )?(?:images?|pictures?|art)|text[ -]to[ -]image)\b/,
    filter: ['output', 'image'],
  },
  {
    pattern:
      /\b(?:text[ -]to[ -](?:speech|audio|voice)|tts|(?:speech|voice|audio)[ -](?:generation|synthesis|output)|(?:generat\w*|mak\w*|produc\w*) (?:speech|audio|voice)|speaks?|speaking|talks? back)\b/,
    filter: ['output', 'audio'],
  },
  {
    pattern:
      /\b(?:speech[ -]to[ -]text|transcri\w*|stt|asr|speech recognition|(?:audio|voice) input)\b/,
    filter: ['input', 'audio'],
  },
  {
    pattern: /\b(cheapest|cheaper|cheap|lowest[ -](?:cost|price)|least expensive|budget)\b/,
    sort: 'price',
  },
  {
    pattern: new RegExp(
      String.raw`\b${SIZE}\b(?: ?tokens?)?(?:[ -]context(?:[ -]windows?)?)?|\bcontext(?:[ -]windows?)?(?: of)? (\d+(?:\.\d+)?) ?(k|m|million|thousand)\b(?: ?tokens?)?`,
    ),
    read: contextSize,
  },
  {
    pattern: /\b(?:longest|largest|biggest|most|long)[ -]context(?:[ -]windows?)?\b/,
    sort: 'context',
  },
  { pattern: /\b(vision|images?|multimodal|multi-modal)\b/, filter: ['input', 'image'] },
  { pattern: /\b(audio|speech|voice)\b/, filter: ['input', 'audio'] },
  { pattern: /\bvideos?\b/, filter: ['input', 'video'] },
  { pattern: /\b(pdfs?|documents?)\b/, filter: ['input', 'pdf'] },
  // Only the word alone: "Phi-4-reasoning" and "non-reasoning" are names.
  { pattern: /(?<= )reasoning(?= )/, filter: ['reasoning', REASONING.yes] },
  {
    // Not "coder" or "code" alone, which name models (Qwen3-Coder, Kimi K2.7 Code).
    pattern:
      /\b(?:coding|programming|software engineering|for code|code (?:models?|assistants?|generation|completion))\b/,
    filter: ['coding', CODING],
  },
  {
    pattern: /\b(?:tool|function)[ -](?:calling|calls|use)\b|\btools\b/,
    filter: ['tools', TOOLS.yes],
  },
  {
    pattern:
      /\bopen[ -](?:weights?|source|models?)\b|\bself[ -]host(?:ed|able)?\b|\brun(?:s)? locally\b/,
    filter: ['weights', WEIGHTS.open],
  },
  {
    pattern: /\bclosed[ -](?:weights?|source|models?)\b|\bproprietary\b/,
    filter: ['weights', WEIGHTS.closed],
  },
  { pattern: /\b(flagship|balanced|lightweight|specialized)\b/, filter: ['tier', ''] },
  {
    pattern: /\b(?:including|incl\.?|with|plus|and) retired(?: ones| models)?\b/,
    filter: ['status', ALL_STATUSES],
  },
  { pattern: /\b(?:retired|discontinued|shut ?down)\b/, filter: ['status', 'retired'] },
  { pattern: /\bdeprecated\b/, filter: ['status', 'deprecated'] },
];

/** Words that carry no meaning once the describing words are gone: "the best cheap model for". */
export const FILLER = new Set(
  'a an the best good top model models llm llms ai api apis with for that which what is are of in on and to has have supports support supporting can me my i want need one ones'.split(
    ' ',
  ),
);

/**
 * The words the rules and the questions about quality are made of, which a typo may be meant as:
 * "cheapset" is "cheapest". Kept with the vocabulary of names (typos.ts).
 */
export const READING_WORDS =
  'cheapest cheap budget vision image images audio speech voice video videos documents multimodal generation generator transcription transcribe recognition reasoning coding programming tools calling function open weights source closed proprietary context window largest longest biggest flagship balanced lightweight specialized retired deprecated discontinued including smartest strongest accurate math agentic knowledge million tokens'.split(
    ' ',
  );
