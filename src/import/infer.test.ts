import { describe, expect, it } from 'vitest';
import { inferFamily, inferTier } from './infer.ts';

describe('inferTier', () => {
  it.each([
    ['gpt-5.4-mini', 'lightweight'],
    ['claude-opus-4.8', 'flagship'],
    ['claude-sonnet-4.6', 'balanced'],
    ['gemini-3.5-flash', 'balanced'],
    ['gemini-3.1-flash-lite', 'lightweight'],
    ['deepseek-v4-flash', 'lightweight'],
    ['qwen3.7-plus', 'balanced'],
    ['qwen3.5-9b', 'lightweight'],
    ['qwen3-coder-480b-a35b-instruct', 'specialized'],
    ['o3-deep-research', 'specialized'],
  ])('%s is %s', (id, tier) => {
    expect(inferTier(id).value).toBe(tier);
  });
});

describe('inferFamily', () => {
  it.each([
    ['claude-opus-4.8', 'claude-opus'],
    ['gpt-5.4-nano', 'gpt-5'],
    ['gpt-4o-mini', 'gpt-4o'],
    ['gemini-3.1-pro-preview', 'gemini-3.1'],
    ['llama-3.3-nemotron-super-49b-v1.5', 'nemotron'],
    ['llama-4-scout', 'llama-4'],
    ['qwen3.6-35b-a3b', 'qwen3.6'],
  ])('%s belongs to %s', (id, family) => {
    expect(inferFamily(id)?.value).toBe(family);
  });

  it("falls back to the source's family name, made an id", () => {
    expect(inferFamily('hy3-preview', 'Hy')?.value).toBe('hy');
    expect(inferFamily('unknown-thing')).toBeUndefined();
  });
});
