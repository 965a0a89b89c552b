import { describe, expect, it } from 'vitest';
import { formatPath, formatProblem, githubAnnotation } from './problem.ts';
import { closest } from './suggest.ts';

describe('problems', () => {
  it('writes paths the way people read them', () => {
    expect(formatPath(['offers', 0, 'price', 'input'])).toBe('offers[0].price.input');
    expect(formatPath([])).toBe('');
  });

  it('leaves the field out for whole-file problems', () => {
    expect(formatProblem({ file: 'data/a.yaml', line: 1, col: 1, path: '', message: 'empty' })).toBe('data/a.yaml:1:1: empty');
  });

  it('escapes GitHub workflow-command characters', () => {
    const line = githubAnnotation({ file: 'data/a,b.yaml', line: 3, col: 5, path: 'x', message: '100% wrong\nreally' });
    expect(line).toBe('::error file=data/a%2Cb.yaml,line=3,col=5,title=Invalid data%3A x::100%25 wrong%0Areally');
  });
});

describe('closest', () => {
  it('suggests near misses only', () => {
    expect(closest('contex_window', ['context_window', 'max_output'])).toBe('context_window');
    expect(closest('gpt4o', ['gpt-4o', 'gpt-4o-mini'])).toBe('gpt-4o');
    expect(closest('llama', ['gpt-4o', 'claude-haiku-4.5'])).toBeUndefined();
  });
});
