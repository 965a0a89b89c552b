/**
 * The house's shape: the rooms and their direction of imports are written down in three places
 * that must agree (the dependency-cruiser rules that enforce them, docs/architecture.md for
 * people, and each folder's README), and the rules themselves must catch what they are meant to.
 */
import { mkdtemp, readdir, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cruise } from 'dependency-cruiser';
import { describe, expect, it } from 'vitest';
import config, { MAY_IMPORT, ROOM_PATHS } from '../.dependency-cruiser.mjs';

type Room = keyof typeof ROOM_PATHS;
const ROOMS = Object.keys(ROOM_PATHS) as Room[];
const sorted = (list: readonly string[]) => [...list].sort();

/** The table between the markers of docs/architecture.md: room → its "may import" cell's rooms. */
async function documentedRooms(): Promise<Map<string, { folders: string[]; may: string[] }>> {
  const doc = await readFile('docs/architecture.md', 'utf8');
  const table = doc.split('<!-- rooms:start -->')[1]?.split('<!-- rooms:end -->')[0] ?? '';
  const rooms = new Map<string, { folders: string[]; may: string[] }>();
  for (const line of table.trim().split('\n').slice(2)) {
    const [room = '', folders = '', , may = ''] = line
      .replace(/^\||\|$/g, '')
      .split('|')
      .map((c) => c.trim());
    const names = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1] ?? '');
    rooms.set(names(room)[0] ?? room, {
      folders: names(folders),
      may: may === 'every room' ? ROOMS.filter((r) => r !== 'test') : names(may),
    });
  }
  return rooms;
}

/** The README that opens each room's folder, and the rooms its "May import:" line names. */
async function readmeMayImport(file: string): Promise<string[]> {
  const text = await readFile(file, 'utf8');
  const line = /^May import: (.*)$/m.exec(text)?.[1];
  if (line === undefined) throw new Error(`${file} has no "May import:" line`);
  return [...line.matchAll(/`([^`]+)`/g)].map((m) => m[1] ?? '');
}

describe('the rooms, as written down', () => {
  it('docs/architecture.md lists every room with exactly the imports the rules allow', async () => {
    const documented = await documentedRooms();
    expect(sorted([...documented.keys()])).toEqual(sorted(ROOMS));
    for (const room of ROOMS) {
      expect(sorted(documented.get(room)?.may ?? []), room).toEqual(sorted(MAY_IMPORT[room]));
    }
  });

  it("each room's folder opens with a README naming what it may import, as the rules do", async () => {
    const documented = await documentedRooms();
    let checked = 0;
    for (const room of ROOMS) {
      if (room === 'test') continue;
      for (const folder of documented.get(room)?.folders ?? []) {
        if (!folder.endsWith('/')) continue;
        // Astro would publish src/pages/README.md as a page; an underscore keeps it out.
        const readme = folder === 'src/pages/' ? `${folder}_README.md` : `${folder}README.md`;
        expect(sorted(await readmeMayImport(readme)), readme).toEqual(sorted(MAY_IMPORT[room]));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(25);
  });

  it('every folder of src/lib is a room, and at most six primitives stay loose at its top', async () => {
    const entries = await readdir('src/lib', { withFileTypes: true });
    const folders = entries.filter((e) => e.isDirectory()).map((e) => `lib/${e.name}`);
    expect(folders.filter((f) => !ROOMS.includes(f as Room))).toEqual([]);
    const loose = entries.filter(
      (e) => e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.test.ts'),
    );
    expect(loose.length).toBeLessThanOrEqual(6);
  });

  it('no stylesheet is over 400 lines (ESLint holds the code to the same)', async () => {
    for (const name of await readdir('src/styles')) {
      const lines = (await readFile(path.join('src/styles', name), 'utf8')).split('\n').length;
      expect(lines, name).toBeLessThanOrEqual(401);
    }
  });
});

describe('the import rules', () => {
  /** Cruises a throwaway tree of files shaped like ours, with the project's rules. */
  async function violations(files: Record<string, string>): Promise<string[]> {
    const root = await mkdtemp(path.join(tmpdir(), 'atlas-rooms-'));
    try {
      for (const [name, text] of Object.entries(files)) {
        await mkdir(path.dirname(path.join(root, name)), { recursive: true });
        await writeFile(path.join(root, name), text);
      }
      const cwd = process.cwd();
      process.chdir(root);
      try {
        const result = await cruise(['src'], {
          validate: true,
          ruleSet: { forbidden: config.forbidden ?? [] },
          tsPreCompilationDeps: true,
          exclude: { path: 'node_modules' },
        });
        if (typeof result.output === 'string') throw new Error(result.output);
        return result.output.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`);
      } finally {
        process.chdir(cwd);
      }
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  }

  it('refuses a circle made of type-only imports', async () => {
    const found = await violations({
      'src/lib/catalog/types.ts':
        "import type { Finder } from './competitors.ts';\nexport type Catalog = { find: Finder };\n",
      'src/lib/catalog/competitors.ts':
        "import type { Catalog } from './types.ts';\nexport type Finder = (c: Catalog) => void;\n",
    });
    expect(found.some((v) => v.startsWith('no-circular:'))).toBe(true);
  });

  it('refuses a lower room importing a higher one, and lets the higher import the lower', async () => {
    const found = await violations({
      'src/lib/format.ts': 'export const UNKNOWN = "—";\n',
      'src/lib/catalog/types.ts':
        "import { UNKNOWN } from '../format.ts';\nexport const A = UNKNOWN;\n",
      'src/lib/pricing/calculator.ts':
        "import { A } from '../catalog/types.ts';\nexport const B = A;\n",
    });
    expect(found).toEqual([
      'room:lib/pricing: src/lib/pricing/calculator.ts → src/lib/catalog/types.ts',
    ]);
  });

  it('keeps the site and the command line apart', async () => {
    const found = await violations({
      'src/refresh/plan/plan.ts': 'export const plan = 1;\n',
      'src/lib/find/rank.ts':
        "import { plan } from '../../refresh/plan/plan.ts';\nexport const r = plan;\n",
    });
    expect(found).toEqual(['room:lib/find: src/lib/find/rank.ts → src/refresh/plan/plan.ts']);
  });

  it('finds no violation in the project as it is', async () => {
    const result = await cruise(['src', 'scripts', 'test'], {
      validate: true,
      ruleSet: { forbidden: config.forbidden ?? [] },
      ...config.options,
    });
    if (typeof result.output === 'string') throw new Error(result.output);
    expect(result.output.summary.violations).toEqual([]);
    expect(result.output.summary.totalCruised).toBeGreaterThan(200);
  });
});
