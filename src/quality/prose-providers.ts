/**
 * Editors' prose that names a provider with no offer of the model here: "Available through
 * OpenAI, Azure and Amazon Bedrock" above a price table with one row. We cannot tell from the data
 * whether the prose or the catalog is behind, so `check:data` lists each one for a person to
 * check against the provider's own page, and fails on none.
 */
import type { ModelRecord, ProviderRecord } from '../schemas/records.ts';
import { modelWhere } from '../rules/rule.ts';
import type { Finding } from './check.ts';

/**
 * What prose calls a provider besides its name in the catalog ("Bedrock" for Amazon Bedrock).
 * Only names no maker or common word shares: "Together" alone or "Google Cloud" would mislead.
 */
const ALSO_CALLED: Record<string, readonly string[]> = {
  'amazon-bedrock': ['Bedrock'],
  'azure-openai': ['Azure', 'Microsoft Foundry'],
  'google-vertex': ['Vertex AI'],
  'google-gemini': ['Gemini API'],
  alibaba: ['Model Studio'],
  anthropic: ['Claude API'],
  'fireworks-ai': ['Fireworks'],
  'novita-ai': ['Novita'],
  sambanova: ['SambaNova'],
  nebius: ['Nebius'],
  vercel: ['Vercel'],
  helicone: ['Helicone'],
};

/** The prose fields of a model, each with the path a finding names. */
function prose(m: ModelRecord): [string, string][] {
  const out: [string, string][] = [];
  if (m.summary) out.push(['summary', m.summary]);
  if (m.description) out.push(['description', m.description]);
  for (const key of ['key_features', 'use_cases', 'strengths', 'limitations'] as const) {
    (m[key] ?? []).forEach((text, i) => out.push([`${key}[${i}]`, text]));
  }
  (m.faq ?? []).forEach((f, i) => out.push([`faq[${i}]`, `${f.q} ${f.a}`]));
  return out;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function proseNamingProviders(data: {
  models: readonly ModelRecord[];
  providers: readonly ProviderRecord[];
  creators: readonly { name: string }[];
}): Finding[] {
  // A maker's name names the maker: "OpenAI's most capable model" says nothing about who sells it.
  // "Z.ai" is how prose names the maker "Z.ai (Zhipu AI)" too.
  const makers = data.creators.map((c) => c.name);
  const aMaker = (name: string) => makers.some((maker) => maker.startsWith(name));
  const words = data.providers.map((p) => {
    const names = [p.name, ...(ALSO_CALLED[p.id] ?? [])].filter((n) => !aMaker(n));
    return {
      provider: p,
      re: names.length
        ? new RegExp(`(?<![\\w.])(?:${names.map(escape).join('|')})(?![\\w])`)
        : undefined,
    };
  });
  // A provider that once sold it counts too: "retired from the Gemini API in December 2026" is
  // the history the withdrawn offer records, not a claim that it sells the model today.
  const selling = new Map<string, Set<string>>();
  for (const p of data.providers) {
    for (const o of p.offers) {
      const set = selling.get(o.model) ?? new Set();
      set.add(p.id);
      selling.set(o.model, set);
    }
  }
  const findings: Finding[] = [];
  for (const m of data.models) {
    const sellers = selling.get(m.id) ?? new Set();
    for (const [field, text] of prose(m)) {
      for (const { provider, re } of words) {
        const hit = re?.exec(text);
        if (!hit || sellers.has(provider.id)) continue;
        findings.push({
          where: modelWhere(m),
          message: `${field} names "${hit[0]}", but ${provider.name} has no offer of this model here`,
        });
      }
    }
  }
  return findings;
}
