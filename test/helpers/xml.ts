/**
 * Offline validators for the site's XML outputs, for tests: libxml2's xmllint (as WebAssembly, in
 * a worker) checks a document against a schema, and each validator returns human-readable
 * problems, `line N: …` where xmllint names a line, and an empty array when the document is valid.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateXML, type XMLLintOptions } from 'xmllint-wasm';
import { atomRuleProblems } from './atom-rules.ts';

const SCHEMAS = fileURLToPath(new URL('../schemas/', import.meta.url));
// The sitemap package exports no files but its code, so find its folder through package.json.
const SITEMAP_PACKAGE = createRequire(import.meta.url).resolve('sitemap/package.json');

type Extension = NonNullable<XMLLintOptions['extension']>;

/** xmllint's messages about the document, without its echo of the source line and caret. */
function problems(fileName: string, rawOutput: string): string[] {
  const lines = rawOutput.split('\n').filter((line) => line.trim() !== '');
  const kept = lines.flatMap((line) => {
    const located = new RegExp(`^${fileName.replaceAll('.', '\\.')}:(\\d+): (.*)$`).exec(line);
    if (located) return [`line ${located[1]}: ${tidy(located[2] ?? '')}`];
    return /^(Relax-NG|Schemas) validity error/.test(line) ? [tidy(line)] : [];
  });
  return kept.length > 0 ? kept : lines;
}

const tidy = (message: string) => message.replace(/(Relax-NG|Schemas) validity error : /, '');

async function validate(
  xml: string,
  fileName: string,
  schemaFile: string,
  extension: Extension,
  canonical = false,
): Promise<{ problems: string[]; c14n: string }> {
  const schema = {
    fileName: path.basename(schemaFile),
    contents: await readFile(schemaFile, 'utf8'),
  };
  const result = await validateXML({
    xml: { fileName, contents: xml },
    schema,
    extension,
    ...(canonical ? { normalization: 'c14n' as const } : {}),
  });
  return {
    problems: result.valid ? [] : problems(fileName, result.rawOutput),
    c14n: result.normalized,
  };
}

/**
 * An Atom feed or entry document against test/schemas/atom.rng (RFC 4287), then the RFC's rules a
 * grammar cannot express, read from xmllint's canonical form of the document when it parses.
 */
export async function validateAtom(xml: string): Promise<string[]> {
  const { problems, c14n } = await validate(xml, 'feed.xml', `${SCHEMAS}atom.rng`, 'relaxng', true);
  return [...problems, ...(c14n ? atomRuleProblems(c14n) : [])];
}

/** A sitemaps.org <urlset> against the XSD the sitemap package ships. */
export async function validateSitemap(xml: string): Promise<string[]> {
  const xsd = path.join(path.dirname(SITEMAP_PACKAGE), 'schema', 'sitemap.xsd');
  return (await validate(xml, 'sitemap.xml', xsd, 'schema')).problems;
}

/** A sitemaps.org <sitemapindex> against test/schemas/siteindex.xsd. */
export async function validateSitemapIndex(xml: string): Promise<string[]> {
  return (await validate(xml, 'sitemap-index.xml', `${SCHEMAS}siteindex.xsd`, 'schema')).problems;
}
