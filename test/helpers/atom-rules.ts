/**
 * The rules of RFC 4287 that test/schemas/atom.rng cannot express, checked on xmllint's canonical
 * form (C14N) of a feed. Canonical XML has no CDATA sections, no entity references but a few
 * escapes, no DOCTYPE, no empty-element tags and every attribute in double quotes, so a few regular
 * expressions read it exactly; namespaces are resolved from the xmlns attributes as they come.
 */

const ATOM = 'http://www.w3.org/2005/Atom';
const ALTERNATE = new Set(['alternate', 'http://www.iana.org/assignments/relation/alternate']);

interface Element {
  ns: string;
  name: string;
  /** Unqualified attributes only: the ones Atom defines. */
  attrs: Map<string, string>;
  children: Element[];
  text: string;
}

// Attribute values may hold ">" but never a raw '"'; text and comments never hold a raw "<".
const TOKEN =
  /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<\/[^>]+>|<([^\s>]+)((?:\s+[^\s=]+="[^"]*")*)\s*>|[^<]+/g;
const ATTRIBUTE = /([^\s=]+)="([^"]*)"/g;
const ESCAPE = /&(?:#x([0-9A-Fa-f]+)|#([0-9]+)|(amp|lt|gt|quot|apos));/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescape(text: string): string {
  return text.replace(ESCAPE, (_, hex?: string, dec?: string, name?: string) =>
    name ? (NAMED[name] ?? '') : String.fromCodePoint(hex ? parseInt(hex, 16) : Number(dec)),
  );
}

/** The document element of canonical XML, with namespaces resolved. */
function readCanonical(c14n: string): Element | undefined {
  const root: Element = { ns: '', name: '', attrs: new Map(), children: [], text: '' };
  const open = [root];
  const scopes = [new Map<string, string>()];
  for (const [token, qname, attrText] of c14n.matchAll(TOKEN)) {
    const parent = open.at(-1);
    if (!parent || token.startsWith('<!--') || token.startsWith('<?')) continue;
    if (token.startsWith('</')) {
      open.pop();
      scopes.pop();
    } else if (qname !== undefined) {
      const scope = new Map(scopes.at(-1));
      const attrs = new Map<string, string>();
      for (const [, name = '', value = ''] of (attrText ?? '').matchAll(ATTRIBUTE)) {
        if (name === 'xmlns') scope.set('', unescape(value));
        else if (name.startsWith('xmlns:')) scope.set(name.slice(6), unescape(value));
        else if (!name.includes(':')) attrs.set(name, unescape(value));
      }
      const [prefix, name] = qname.includes(':') ? qname.split(':', 2) : ['', qname];
      const element: Element = {
        ns: scope.get(prefix ?? '') ?? '',
        name: name ?? '',
        attrs,
        children: [],
        text: '',
      };
      parent.children.push(element);
      open.push(element);
      scopes.push(scope);
    } else {
      parent.text += unescape(token);
    }
  }
  return root.children[0];
}

const atom = (element: Element, name: string) =>
  element.children.filter((child) => child.ns === ATOM && child.name === name);

function isAlternate(link: Element): boolean {
  return ALTERNATE.has(link.attrs.get('rel') ?? 'alternate');
}

/** §4.1.1, §4.1.2: at most one alternate link per combination of type and hreflang. */
function alternateLinkProblems(element: Element, label: string): string[] {
  const section = element.name === 'feed' ? '4.1.1' : '4.1.2';
  const seen = new Set<string>();
  const problems: string[] = [];
  for (const link of atom(element, 'link').filter(isAlternate)) {
    const type = link.attrs.get('type')?.toLowerCase() ?? '';
    const hreflang = link.attrs.get('hreflang')?.toLowerCase() ?? '';
    const key = `${type} ${hreflang}`;
    if (seen.has(key)) {
      problems.push(
        `${label} has more than one alternate link with type "${type}" and hreflang "${hreflang}" (RFC 4287 §${section})`,
      );
    }
    seen.add(key);
  }
  return problems;
}

function requiredProblems(element: Element, label: string): string[] {
  return ['id', 'updated']
    .filter((name) => atom(element, name).length === 0)
    .map((name) => `${label} has no atom:${name} (RFC 4287 §4.1)`);
}

/** §4.1.3.3: what a media type says the content of atom:content may be. */
function contentKind(type: string | undefined): 'atom' | 'xml' | 'text' | 'base64' {
  const media = type?.split(';')[0]?.trim().toLowerCase();
  if (media === undefined || ['text', 'html', 'xhtml'].includes(media)) return 'atom';
  if (/[+/]xml$/.test(media) || /\/xml-(external-parsed-entity|dtd)$/.test(media)) return 'xml';
  return media.startsWith('text/') ? 'text' : 'base64';
}

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

function contentProblems(entry: Element, label: string): string[] {
  const [content] = atom(entry, 'content');
  if (!content) {
    return atom(entry, 'link').some(isAlternate)
      ? []
      : [`${label} has neither atom:content nor an alternate link (RFC 4287 §4.1.2)`];
  }
  const problems: string[] = [];
  const kind = contentKind(content.attrs.get('type'));
  const summary = atom(entry, 'summary').length > 0;
  if (content.attrs.has('src') && !summary) {
    problems.push(`${label} has out-of-line content and no atom:summary (RFC 4287 §4.1.2)`);
  }
  if ((kind === 'text' || kind === 'base64') && content.children.length > 0) {
    problems.push(`${label} has child elements in ${kind} content (RFC 4287 §4.1.3.3)`);
  }
  if (kind === 'base64' && !content.attrs.has('src')) {
    if (!BASE64.test(content.text.replace(/\s+/g, ''))) {
      problems.push(`${label} has content that is not valid Base64 (RFC 4287 §4.1.3.3)`);
    }
    if (!summary) {
      problems.push(`${label} has Base64 content and no atom:summary (RFC 4287 §4.1.2)`);
    }
  }
  return problems;
}

function entryProblems(entry: Element, label: string): string[] {
  return [
    ...requiredProblems(entry, label),
    ...contentProblems(entry, label),
    ...alternateLinkProblems(entry, label),
  ];
}

const entryLabel = (entry: Element, index: number) => {
  const id = atom(entry, 'id')[0]?.text.trim();
  return `atom:entry ${index + 1}${id ? ` (${id})` : ''}`;
};

/** Problems a RELAX NG grammar cannot see in a canonical (C14N) Atom feed or entry document. */
export function atomRuleProblems(c14n: string): string[] {
  const root = readCanonical(c14n);
  if (root?.ns !== ATOM) return [];
  if (root.name === 'entry') {
    const sourceAuthor = atom(root, 'source').some((source) => atom(source, 'author').length > 0);
    const author = atom(root, 'author').length > 0 || sourceAuthor;
    return [
      ...entryProblems(root, 'atom:entry'),
      ...(author
        ? []
        : ['atom:entry has no atom:author, nor one in atom:source (RFC 4287 §4.1.2)']),
    ];
  }
  if (root.name !== 'feed') return [];
  const entries = atom(root, 'entry');
  const feedAuthor = atom(root, 'author').length > 0;
  const problems = [
    ...requiredProblems(root, 'atom:feed'),
    ...alternateLinkProblems(root, 'atom:feed'),
  ];
  const versions = new Set<string>();
  entries.forEach((entry, index) => {
    const label = entryLabel(entry, index);
    problems.push(...entryProblems(entry, label));
    if (!feedAuthor && atom(entry, 'author').length === 0) {
      problems.push(`${label} has no atom:author, and neither has atom:feed (RFC 4287 §4.1.1)`);
    }
    const [id, updated] = ['id', 'updated'].map((name) => atom(entry, name)[0]?.text.trim());
    const version = `${id} ${updated}`;
    if (id && updated && versions.has(version)) {
      problems.push(
        `${label} repeats the atom:id and atom:updated of an earlier entry; its atom:updated SHOULD differ (RFC 4287 §4.1.1)`,
      );
    }
    versions.add(version);
  });
  return problems;
}
