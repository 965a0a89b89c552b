// @ts-check
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** The command line's rooms (docs/architecture.md), which no page or component may import. */
const COMMAND_LINE = [
  'refresh',
  'sources',
  'import',
  'scaffold',
  'quality',
  'rules',
  'bench',
  'harness',
];

export default defineConfig(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'coverage/', 'test-results/', 'tmp/'] },
  js.configs.recommended,
  tseslint.configs.strict,
  astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  {
    // One concern a file: past 400 lines a file holds two, and splits where they divide.
    files: ['src/**/*.{ts,astro,mjs,js}', 'scripts/**/*.ts', 'test/**/*.ts'],
    rules: { 'max-lines': ['error', { max: 400 }] },
  },
  {
    // dependency-cruiser (`npm run check:imports`) cannot read .astro files; this keeps pages and
    // components off the command line's rooms, as its rules keep every .ts file in its place.
    files: ['src/**/*.astro'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: `(^|/)(src/)?(${COMMAND_LINE.join('|')})/|(^|/)scripts/|(^|/)test/`,
              message:
                'Pages and components import from src/lib, src/browser and src/schemas only.',
            },
          ],
        },
      ],
    },
  },
);
