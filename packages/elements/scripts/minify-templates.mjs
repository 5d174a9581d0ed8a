// Strips the indentation and comments Lit's `css` and `html` templates carry (minifiers leave
// template text alone): a vite plugin for the script-tag bundles, and, run as a script on a folder
// (`node scripts/minify-templates.mjs dist`), a pass over the npm build, so apps that bundle the
// package get the smaller templates too. It parses each module with TypeScript, so nested templates
// and `${…}` bindings are handled exactly.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/**
 * Whitespace runs with a line break become one space (or, with `keepLines`, one line break, so
 * source maps keep their lines); CSS loses comments and spaces around punctuation. No template here
 * is preformatted, so on screen nothing changes.
 */
function minifiers(keepLines) {
  const lineBreak = keepLines ? (run) => (run.includes('\n') ? '\n' : ' ') : () => ' ';
  return {
    css: (text) =>
      text
        .replace(/\/\*[\s\S]*?\*\//g, (comment) => (keepLines ? comment.replace(/[^\n]/g, '') : ''))
        .replace(/\s+/g, lineBreak)
        .replace(/[ ]*([{};])[ ]*/g, '$1')
        .replace(/([,:])[ ]+/g, '$1')
        .replace(/;}/g, '}'),
    html: (text) => text.replace(/\s*\n\s*/g, lineBreak),
  };
}

/** Replaces the static parts of every css`…`/html`…` template in `code`; returns null when none. */
export function minifyTemplates(code, fileName, { keepLines = false } = {}) {
  const byTag = minifiers(keepLines);
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const edits = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && node.tag.text in byTag) {
      const minify = byTag[node.tag.text];
      const template = node.template;
      const parts = ts.isNoSubstitutionTemplateLiteral(template)
        ? [template]
        : [template.head, ...template.templateSpans.map((span) => span.literal)];
      for (const part of parts) {
        // The raw text sits between the part's delimiters: ` or } before, ` or ${ after.
        const start = part.getStart(source) + 1;
        const end = part.getEnd() - (ts.isTemplateHead(part) || ts.isTemplateMiddle(part) ? 2 : 1);
        const raw = code.slice(start, end);
        const minified = minify(raw);
        if (minified !== raw) edits.push({ start, end, text: minified });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  if (edits.length === 0) return null;
  let result = code;
  for (const { start, end, text } of edits.sort((a, b) => b.start - a.start)) {
    result = result.slice(0, start) + text + result.slice(end);
  }
  return result;
}

/** The plugin: applies {@link minifyTemplates} to this package's TypeScript sources. */
export function minifyLitTemplates() {
  return {
    name: 'paylink-minify-lit-templates',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/packages\/elements\/src\/.*\.ts$/.test(id) || !/\b(css|html)`/.test(code)) return null;
      const result = minifyTemplates(code, id);
      return result === null ? null : { code: result, map: null };
    },
  };
}

/** Minifies the templates of every `.js` file under `dir` in place, keeping line numbers. */
function minifyFolder(dir) {
  let changed = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.js')) continue;
    const file = join(entry.parentPath, entry.name);
    const code = readFileSync(file, 'utf8');
    const result = minifyTemplates(code, file, { keepLines: true });
    if (result !== null) {
      writeFileSync(file, result);
      changed++;
    }
  }
  return changed;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2];
  if (!dir) throw new Error('usage: node scripts/minify-templates.mjs <folder>');
  console.log(`minified the templates of ${minifyFolder(dir)} modules in ${dir}/`);
}
