/**
 * Tier and family for a newly imported model, from its id and name. These are editorial calls, so
 * the importer prints each with its reason and the person reviewing the file may override it.
 */
import type { Tier } from '../schemas/model.ts';

export interface Inferred<T> {
  value: T;
  reason: string;
}

const SPECIALIZED =
  /(embed|whisper|tts|transcribe|image|ocr|moderation|guard|safety|rerank|deep-research|codex|coder|devstral|codestral|code|translate|voice|search|build)/;
const LIGHTWEIGHT =
  /(^|-)(mini|nano|micro|lite|flash-lite|haiku|small|tiny|turbo|air|instant|r7b|e\d+b)(-|$)/;
const FLAGSHIP = /(^|-)(opus|pro|max|ultra|large|premier|fable)(-|$)/;
// A flash model is Google's mid tier; everyone else uses "flash" for their cheap, fast tier.
const FLASH = /(^|-)(flash|flashx)(-|$)/;

/** Total parameters in billions, from a name such as `qwen3-235b-a22b` or `llama-3.1-8b`. */
function billions(id: string): number | undefined {
  const m = /(?:^|-)(\d+(?:\.\d+)?)b(?:-|$)/.exec(id);
  return m?.[1] === undefined ? undefined : Number(m[1]);
}

export function inferTier(id: string): Inferred<Tier> {
  const special = SPECIALIZED.exec(id);
  if (special)
    return { value: 'specialized', reason: `"${special[1]}" marks a single-purpose model` };
  if (FLASH.test(id) && !id.startsWith('gemini-')) {
    return { value: 'lightweight', reason: '"flash" outside Gemini names a fast, cheap tier' };
  }
  const light = LIGHTWEIGHT.exec(id);
  if (light) return { value: 'lightweight', reason: `"${light[2]}" names a small tier` };
  const size = billions(id);
  if (size !== undefined && size <= 15) {
    return { value: 'lightweight', reason: `${size}B parameters is a small model` };
  }
  if (FLASH.test(id))
    return { value: 'balanced', reason: "Gemini's flash models are its mid tier" };
  const top = FLAGSHIP.exec(id);
  if (top) return { value: 'flagship', reason: `"${top[2]}" names the top of a line-up` };
  return { value: 'balanced', reason: 'no size or tier word in the id' };
}

const FAMILIES: [RegExp, (m: RegExpExecArray) => string][] = [
  [/^claude-(opus|sonnet|haiku|fable)/, (m) => `claude-${m[1]}`],
  [/^gpt-5(?:\.\d+)?-codex/, () => 'gpt-5-codex'],
  [/^gpt-(5|4\.1|4o|4|3\.5)(?=[.-]|$)/, (m) => `gpt-${m[1]}`],
  [/^gpt-oss/, () => 'gpt-oss'],
  [/^o\d/, () => 'o-series'],
  [/^gemini-(\d+(?:\.\d+)?)/, (m) => `gemini-${m[1]}`],
  [/^gemma-(\d+)/, (m) => `gemma-${m[1]}`],
  [/^llama-(\d+(?:\.\d+)?)-nemotron/, () => 'nemotron'],
  [/^llama-(\d+(?:\.\d+)?)/, (m) => `llama-${m[1]}`],
  [
    /^(mistral-large|mistral-medium|mistral-small|magistral|devstral|codestral|pixtral|ministral|mistral-nemo)/,
    (m) => m[1] ?? '',
  ],
  [/^deepseek-(v\d+|r\d)/, (m) => `deepseek-${m[1]}`],
  [/^(qwen\d*(?:\.\d+)?)/, (m) => m[1] ?? ''],
  [/^qwq/, () => 'qwen'],
  [/^grok-(\d+(?:\.\d+)?)/, (m) => `grok-${m[1]}`],
  [/^grok-build/, () => 'grok-build'],
  [/^kimi-(k\d+)/, (m) => `kimi-${m[1]}`],
  [/^glm-(\d+)/, (m) => `glm-${m[1]}`],
  [/^minimax-(m\d+)/, (m) => `minimax-${m[1]}`],
  [/^nemotron/, () => 'nemotron'],
  [/^command-(a|r)/, (m) => `command-${m[1]}`],
  [/^nova/, () => 'nova'],
  [/^phi-(\d+)/, (m) => `phi-${m[1]}`],
  [/^mimo-(v\d+)/, (m) => `mimo-${m[1]}`],
  [/^sonar/, () => 'sonar'],
  [/^step-(\d+)/, (m) => `step-${m[1]}`],
];

/** The family id for a model id; falls back to the source's own family name. */
export function inferFamily(id: string, sourceFamily?: string): Inferred<string> | undefined {
  for (const [pattern, family] of FAMILIES) {
    const m = pattern.exec(id);
    if (m) return { value: family(m), reason: `the id matches ${String(pattern)}` };
  }
  const slug = sourceFamily
    ?.toLowerCase()
    .replace(/[^a-z0-9.]+/g, '-')
    .replace(/^-|-$/g, '');
  return slug ? { value: slug, reason: "the source's family name" } : undefined;
}
