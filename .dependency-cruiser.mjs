// @ts-check
/**
 * The rooms of the code and what each may import: the dependency direction, checked by
 * dependency-cruiser in `npm test` (`npm run check:imports`). docs/architecture.md draws the same
 * table for people; a test holds the two to each other.
 *
 * Each room is a folder (or, for `lib`, the loose files at the top of src/lib/). A room may import
 * its own files and the rooms in its list, nothing else of ours; packages are not rooms. Tests
 * (`*.test.ts`) may import anything. Circles are refused everywhere, type-only imports included.
 */

/** Where each room's files are, as a path pattern from the repository's root. */
export const ROOM_PATHS = {
  util: '^src/util/',
  schemas: '^src/schemas/',
  data: '^src/data/',
  lib: '^src/lib/[^/]+$',
  'lib/pricing': '^src/lib/pricing/',
  'lib/provenance': '^src/lib/provenance/',
  'lib/catalog': '^src/lib/catalog/',
  'lib/history': '^src/lib/history/',
  'lib/benchmarks': '^src/lib/benchmarks/',
  'lib/text': '^src/lib/text/',
  'lib/search': '^src/lib/search/',
  'lib/compare': '^src/lib/compare/',
  'lib/find': '^src/lib/find/',
  'lib/overview': '^src/lib/overview/',
  'lib/api': '^src/lib/api/',
  'lib/feeds': '^src/lib/feeds/',
  'lib/seo': '^src/lib/seo/',
  'lib/contribute': '^src/lib/contribute/',
  'lib/diff': '^src/lib/diff/',
  browser: '^src/browser/',
  site: '^src/(pages|components|layouts|integrations)/|^src/content\\.config\\.ts$',
  sources: '^src/sources/',
  rules: '^src/rules/',
  import: '^src/import/',
  quality: '^src/quality/',
  refresh: '^src/refresh/',
  scaffold: '^src/scaffold/',
  harness: '^src/harness/',
  bench: '^src/bench/',
  scripts: '^scripts/',
  test: '^test/',
};

/** What each room may import, besides itself. Arrows point down: nothing lower imports a higher room. */
export const MAY_IMPORT = {
  util: [],
  schemas: [],
  data: ['schemas', 'util'],
  lib: [],
  'lib/pricing': ['lib', 'schemas', 'util'],
  'lib/provenance': ['lib', 'schemas'],
  'lib/catalog': ['lib/pricing', 'lib', 'schemas', 'util'],
  'lib/history': ['lib/catalog', 'lib/pricing', 'lib', 'schemas'],
  'lib/benchmarks': ['lib/catalog', 'lib', 'schemas'],
  'lib/text': ['lib/catalog', 'lib', 'schemas'],
  'lib/search': ['lib/benchmarks', 'lib/catalog', 'lib/text', 'lib', 'schemas'],
  'lib/compare': ['lib/catalog', 'lib/pricing', 'lib/text', 'lib', 'schemas'],
  'lib/find': ['lib/benchmarks', 'lib/catalog', 'lib/pricing', 'lib/provenance', 'lib', 'schemas'],
  'lib/overview': ['lib', 'schemas'],
  'lib/api': ['lib/catalog', 'lib', 'schemas'],
  'lib/feeds': ['lib/history', 'lib'],
  'lib/seo': ['lib'],
  'lib/contribute': ['lib/catalog', 'lib', 'schemas'],
  'lib/diff': [
    'lib/api',
    'lib/benchmarks',
    'lib/catalog',
    'lib/compare',
    'lib/feeds',
    'lib/find',
    'lib/history',
    'lib/overview',
    'lib/pricing',
    'lib/provenance',
    'lib/text',
    'lib',
    'schemas',
  ],
  browser: [
    'lib/search',
    'lib/find',
    'lib/overview',
    'lib/benchmarks',
    'lib/pricing',
    'lib/compare',
    'lib',
    'schemas',
  ],
  site: [
    'browser',
    'lib/api',
    'lib/benchmarks',
    'lib/catalog',
    'lib/compare',
    'lib/contribute',
    'lib/feeds',
    'lib/find',
    'lib/history',
    'lib/overview',
    'lib/pricing',
    'lib/provenance',
    'lib/search',
    'lib/seo',
    'lib/text',
    'lib',
    'data',
    'schemas',
    'util',
  ],
  sources: ['schemas', 'util'],
  rules: ['lib/catalog', 'lib', 'schemas'],
  import: ['rules', 'sources', 'data', 'schemas', 'util'],
  quality: ['import', 'rules', 'sources', 'lib/provenance', 'lib', 'data', 'schemas'],
  refresh: ['import', 'sources', 'lib', 'data', 'schemas', 'util'],
  scaffold: ['import', 'data', 'schemas'],
  harness: [],
  bench: ['harness', 'data', 'schemas'],
  scripts: [
    'bench',
    'harness',
    'import',
    'quality',
    'refresh',
    'rules',
    'scaffold',
    'sources',
    'lib/catalog',
    'lib/diff',
    'lib',
    'data',
    'schemas',
    'util',
    'test',
  ],
  // Tests may import any room; a test file is exempt below as well.
  test: Object.keys(ROOM_PATHS).filter((room) => room !== 'test'),
};

const TEST_FILE = '\\.test\\.ts$';
const OURS = '^(src|scripts|test)/';

/** @type {import('dependency-cruiser').IForbiddenRuleType[]} */
const roomRules = Object.entries(MAY_IMPORT).map(([room, allowed]) => ({
  name: `room:${room}`,
  comment: `${room} may import only ${allowed.length ? allowed.join(', ') : 'itself'} (docs/architecture.md)`,
  severity: 'error',
  from: { path: ROOM_PATHS[/** @type {keyof typeof ROOM_PATHS} */ (room)], pathNot: TEST_FILE },
  to: {
    path: OURS,
    pathNot: [room, ...allowed].map((r) => ROOM_PATHS[/** @type {keyof typeof ROOM_PATHS} */ (r)]),
  },
}));

/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'An import circle, type-only imports included: move the shared part down a room.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-unresolvable',
      comment: 'An import of ours that names no file.',
      severity: 'error',
      from: { path: OURS },
      to: { couldNotResolve: true, pathNot: '^astro:' },
    },
    {
      name: 'in-a-room',
      comment: 'Every source file belongs to a room of .dependency-cruiser.mjs.',
      severity: 'error',
      from: {
        path: '^(src|scripts)/',
        pathNot: Object.values(ROOM_PATHS),
      },
      to: {},
    },
    ...roomRules,
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist|\\.astro)/|^test/fixtures/' },
    // Type-only imports count: a circle of types is a circle.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.mjs', '.js', '.json'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
