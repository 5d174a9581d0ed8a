// Finds the fenced code blocks of the documentation: README.md, docs/**/*.md (but not the generated
// API reference in docs/api/) and the published packages' README.md. Each block keeps where it is
// (doc and line) so a failure points at it, and the folder its doc's relative paths start from.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** A fenced code block of a Markdown file. */
export interface Block {
  /** The Markdown file, relative to the root it was read from, e.g. `docs/theming.md`. */
  doc: string;
  /** 1-based line of the opening fence. */
  line: number;
  /** The first word of the info string (`html`, `ts`, …); `''` when the block has none. */
  lang: string;
  /** The block's text, without the fences and the fence's indentation. */
  code: string;
  /** Its position among the blocks of its doc (0-based). */
  index: number;
  /**
   * The folder, relative to the root, that the doc's paths are relative to: `''` for README.md and
   * docs/ (their samples name files from the root, and commands run there), the package's folder for
   * a package's README.md (shown on npm beside that package: its links, sample paths and commands
   * start there).
   */
  base: string;
  /**
   * From `<!-- sample: path[#region] -->` right before the fence: the file the block must equal, its
   * path relative to {@link base}.
   */
  sample?: { path: string; region?: string };
  /**
   * For a `js` or `css` block whose first line names a page file (`// /portal.js`, `/* /app.css *\/`):
   * the URL path the html samples of the same doc load it from.
   */
  file?: string;
}

const FENCE = /^(\s*)(`{3,}|~{3,})\s*([^`\s]*)[^`]*$/;
const SAMPLE = /^\s*<!--\s*sample:\s*([^\s#]+)(?:#([\w.-]+))?\s*-->\s*$/;
const FILE_COMMENT = /^(?:\/\/\s*(\/\S+\.m?js)\s*|\/\*\s*(\/\S+\.css)\s*\*\/\s*)$/;

/** `doc:line`, how failures name a block. */
export function where(block: Pick<Block, 'doc' | 'line'>): string {
  return `${block.doc}:${block.line}`;
}

/** The folder a doc's relative paths start from: a package README's own folder, else the root. */
export function docBase(doc: string): string {
  const pkg = /^(packages\/[^/]+)\/README\.md$/.exec(doc.split('\\').join('/'));
  return pkg ? pkg[1]! : '';
}

/** The fenced blocks of one Markdown text; `base` as in {@link Block.base}. */
export function findBlocks(doc: string, text: string, base = docBase(doc)): Block[] {
  const lines = text.split(/\r?\n/);
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = FENCE.exec(lines[i] ?? '');
    if (!open) continue;
    const [, indent = '', fence = '', lang = ''] = open;
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const line = lines[j] ?? '';
      const trimmed = line.trim();
      if (trimmed.startsWith(fence[0]!.repeat(fence.length)) && /^(`+|~+)$/.test(trimmed)) break;
      body.push(line.startsWith(indent) ? line.slice(indent.length) : line.trimStart());
    }
    const block: Block = {
      doc,
      line: i + 1,
      lang: lang.toLowerCase(),
      code: body.join('\n'),
      index: blocks.length,
      base,
    };
    const sample = previousLine(lines, i)?.match(SAMPLE);
    if (sample) block.sample = { path: sample[1]!, ...(sample[2] ? { region: sample[2] } : {}) };
    const file = FILE_COMMENT.exec(body[0]?.trim() ?? '');
    if (file && (block.lang === 'js' || block.lang === 'css')) block.file = file[1] ?? file[2];
    blocks.push(block);
    i = j;
  }
  return blocks;
}

/** The last non-blank line before line `i`, or undefined. */
function previousLine(lines: string[], i: number): string | undefined {
  for (let k = i - 1; k >= 0; k--) {
    if ((lines[k] ?? '').trim() !== '') return lines[k];
  }
  return undefined;
}

/**
 * README.md, every docs/**\/*.md under `root` except docs/api/, and packages/*\/README.md, as paths
 * relative to `root`.
 */
export function docFiles(root: string): string[] {
  const found = ['README.md'];
  for (const name of readdirSync(join(root, 'packages'))) {
    if (existsSync(join(root, 'packages', name, 'README.md')))
      found.push(join('packages', name, 'README.md'));
  }
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (relative(root, path) !== join('docs', 'api')) walk(path);
      } else if (entry.name.endsWith('.md')) {
        found.push(relative(root, path));
      }
    }
  };
  walk(join(root, 'docs'));
  return found.sort();
}

/**
 * Every block of the given docs under `root`; `base` gives a doc's {@link Block.base} (the runner's
 * own tests read a fixture as if it were a package's README).
 */
export function readBlocks(root: string, docs: string[], base: (doc: string) => string = docBase): Block[] {
  return docs.flatMap((doc) => findBlocks(doc, readFileSync(join(root, doc), 'utf8'), base(doc)));
}
