// Finds the fenced code blocks of the documentation: README.md and docs/**/*.md, but not the generated
// API reference in docs/api/. Each block keeps where it is (doc and line) so a failure points at it.
import { readdirSync, readFileSync } from 'node:fs';
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
  /** From `<!-- sample: path[#region] -->` right before the fence: the file the block must equal. */
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

/** The fenced blocks of one Markdown text. */
export function findBlocks(doc: string, text: string): Block[] {
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

/** README.md and every docs/**\/*.md under `root` except docs/api/, as paths relative to `root`. */
export function docFiles(root: string): string[] {
  const found = ['README.md'];
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

/** Every block of the given docs under `root`. */
export function readBlocks(root: string, docs: string[]): Block[] {
  return docs.flatMap((doc) => findBlocks(doc, readFileSync(join(root, doc), 'utf8')));
}
