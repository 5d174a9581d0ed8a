// A vite plugin for the script-tag bundles: strips the indentation and comments Lit's `css` and
// `html` templates carry from the source (minifiers leave template text alone). It parses each
// module with TypeScript, so nested templates and `${…}` bindings are handled exactly.
import ts from 'typescript';

/** Whitespace runs with a line break become one space; CSS loses comments and spaces around punctuation. */
const minifiers = {
  css: (text) =>
    text
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};])\s*/g, '$1')
      .replace(/([,:])\s+/g, '$1')
      .replace(/;}/g, '}'),
  // A run of whitespace that holds a line break renders like one space (no template here is
  // preformatted), so keeping one space changes nothing on screen.
  html: (text) => text.replace(/\s*\n\s*/g, ' '),
};

/** Replaces the static parts of every css`…`/html`…` template in `code`; returns null when none. */
export function minifyTemplates(code, fileName) {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const edits = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && node.tag.text in minifiers) {
      const minify = minifiers[node.tag.text];
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
