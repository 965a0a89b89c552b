/** A problem found in a data file, located precisely enough for a person to fix it. */
export interface Problem {
  /** Path of the file as shown to people, relative to the working directory: data/models/openai/gpt-4o.yaml */
  file: string;
  /** 1-based line and column of the offending node. */
  line: number;
  col: number;
  /** Dotted path of the field: offers[0].price.input; empty for the file as a whole. */
  path: string;
  message: string;
}

export type PathSegment = string | number;

/** A problem with the file as a whole (its name, its size, its place), reported at its first line. */
export function wholeFile(file: string, message: string): Problem {
  return { file, line: 1, col: 1, path: '', message };
}

/** `offers[0].price.input` from ['offers', 0, 'price', 'input']. */
export function formatPath(path: readonly PathSegment[]): string {
  return path.reduce<string>((out, seg) => {
    if (typeof seg === 'number') return `${out}[${seg}]`;
    return out === '' ? seg : `${out}.${seg}`;
  }, '');
}

/** `data/providers/openai.yaml:14:7: offers[0].price.input: expected …` */
export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}:${p.col}: ${p.path === '' ? '' : `${p.path}: `}${p.message}`;
}

// GitHub's workflow-command escaping: data and property values have different rules.
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** A GitHub Actions annotation, shown inline on the pull request's changed file. */
export function githubAnnotation(p: Problem): string {
  const props = `file=${escapeProperty(p.file)},line=${p.line},col=${p.col}`;
  const title = p.path === '' ? 'Invalid data' : `Invalid data: ${p.path}`;
  return `::error ${props},title=${escapeProperty(title)}::${escapeData(p.message)}`;
}

export function sortProblems(problems: Problem[]): Problem[] {
  return problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.col - b.col);
}
