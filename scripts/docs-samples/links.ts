// The relative links of a doc: each must lead to a file or folder of the repository, and a `#anchor`
// into a Markdown file to one of its headings (as GitHub names them). Links are relative to the
// doc's own folder, as GitHub (and npm, for a package's README) resolves them; links with a scheme
// (`https:`, `mailto:`) are left alone.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';

/** A link found in a doc. */
export interface Link {
  /** 1-based line. */
  line: number;
  target: string;
}

/** The Markdown text without its fenced blocks and inline code (lines kept, so line numbers hold). */
function prose(text: string): string[] {
  const lines = text.split(/\r?\n/);
  let fence: string | undefined;
  return lines.map((line) => {
    const open = /^\s*(`{3,}|~{3,})/.exec(line);
    if (fence) {
      if (open && line.trim().startsWith(fence) && /^(`+|~+)$/.test(line.trim())) fence = undefined;
      return '';
    }
    if (open) {
      fence = open[1];
      return '';
    }
    return line.replace(/`+[^`]*`+/g, '``');
  });
}

/** The inline links and link definitions of a Markdown text. */
export function findLinks(text: string): Link[] {
  const found: Link[] = [];
  prose(text).forEach((line, i) => {
    for (const match of line.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) {
      found.push({ line: i + 1, target: match[1]! });
    }
    const definition = /^\s*\[[^\]]+\]:\s*<?(\S+?)>?(?:\s+"[^"]*")?\s*$/.exec(line);
    if (definition) found.push({ line: i + 1, target: definition[1]! });
  });
  return found;
}

/** The anchors GitHub gives the headings of a Markdown text (`## Durability with \`--data\`` → `durability-with---data`). */
export function headingAnchors(text: string): Set<string> {
  const anchors = new Set<string>();
  const counts = new Map<string, number>();
  const lines = text.split(/\r?\n/);
  let fence: string | undefined;
  for (const line of lines) {
    const open = /^\s*(`{3,}|~{3,})/.exec(line);
    if (fence) {
      if (open && line.trim().startsWith(fence) && /^(`+|~+)$/.test(line.trim())) fence = undefined;
      continue;
    }
    if (open) {
      fence = open[1];
      continue;
    }
    const heading = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (!heading) continue;
    const slug = heading[1]!
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/\s/g, '-');
    const seen = counts.get(slug) ?? 0;
    counts.set(slug, seen + 1);
    anchors.add(seen === 0 ? slug : `${slug}-${seen}`);
  }
  return anchors;
}

/** Problems with the relative links of `doc` (relative to `root`), as `doc:line: message`. */
export function checkLinks(root: string, doc: string): string[] {
  const text = readFileSync(join(root, doc), 'utf8');
  const problems: string[] = [];
  for (const { line, target } of findLinks(text)) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue;
    const [path = '', anchor] = target.split('#', 2) as [string, string | undefined];
    const file = path === '' ? doc : normalize(join(dirname(doc), decodeURIComponent(path)));
    const at = `${doc}:${line}: ${target}`;
    if (file.startsWith('..')) {
      problems.push(`${at}: leads out of the repository`);
      continue;
    }
    if (!existsSync(join(root, file))) {
      problems.push(`${at}: no such file (${file})`);
      continue;
    }
    if (anchor === undefined || !file.endsWith('.md') || statSync(join(root, file)).isDirectory()) continue;
    const anchors = headingAnchors(file === doc ? text : readFileSync(join(root, file), 'utf8'));
    if (!anchors.has(anchor)) problems.push(`${at}: ${file} has no heading #${anchor}`);
  }
  return problems;
}
