// Decides how each fenced block of the docs (README.md, docs/, the packages' README.md) is checked,
// and checks it. The conventions (also in docs/README.md, "Code samples"):
//   - every block has a language;
//   - `<!-- sample: path[#region] -->` before a block: it must equal that file (or region), which a
//     test runs;
//   - html: run as a page (check-html.ts); a js block starting `// /portal.js` (css: `/* /app.css */`)
//     is that page file, served to the html samples of its doc;
//   - ts / js: type-checked; run in Node, or, when they use the DOM or the elements, bundled and run
//     in the page of the html block right before them (an empty page when there is none);
//   - tsx: type-checked; css: parsed and checked against custom-elements.json; sh: check-sh.ts;
//     json: parsed. Any other language fails.

import { BrowserBundles, codeKind, runInNode, TypeChecker } from './check-code.ts';
import { checkCss } from './check-css.ts';
import { checkPage, type PageSample } from './check-html.ts';
import { checkSh } from './check-sh.ts';
import type { Environment } from './environment.ts';
import { type Block, where } from './markdown.ts';
import { checkSampleRef } from './sample-ref.ts';

const CODE = new Set(['ts', 'js', 'tsx']);

/** Checks the blocks of a set of docs against one environment. */
export class DocsRun {
  private readonly types: TypeChecker;
  private readonly bundles: BrowserBundles;
  private readonly pages = new Map<Block, Promise<void>>();

  constructor(
    private readonly env: Environment,
    private readonly blocks: Block[],
  ) {
    const code = blocks.filter((block) => CODE.has(block.lang) && !block.sample);
    this.types = new TypeChecker(env, code);
    this.bundles = new BrowserBundles(env);
  }

  /** Checks one block; throws an error whose message starts with the block's `doc:line`. */
  async check(block: Block): Promise<void> {
    try {
      await this.checkBlock(block);
    } catch (error) {
      const message = (error as Error).message;
      throw new Error(message.startsWith(`${block.doc}:`) ? message : `${where(block)}: ${message}`);
    }
  }

  private async checkBlock(block: Block): Promise<void> {
    if (block.lang === '') throw new Error('a fenced block without a language (```html, ```ts, ```sh, …)');
    if (block.sample) {
      checkSampleRef(this.env.root, { ...block, sample: block.sample });
      return;
    }
    if (block.lang === 'html') return this.page(block);
    if (CODE.has(block.lang)) return this.checkCode(block);
    if (block.lang === 'css') {
      await checkCss(this.env, block);
      if (block.file) await this.pageUsing(block);
      return;
    }
    if (block.lang === 'sh') return checkSh(this.env, block);
    if (block.lang === 'json') {
      JSON.parse(block.code);
      return;
    }
    throw new Error(
      `no runner for \`${block.lang}\` blocks (html, ts, js, tsx, css, sh, json); use one of those`,
    );
  }

  private async checkCode(block: Block): Promise<void> {
    const problems = this.types.diagnostics(block);
    if (problems.length > 0) throw new Error(problems.join('\n'));
    if (block.file) return this.pageUsing(block);
    const kind = codeKind(block);
    if (kind === 'node') return runInNode(this.env, block);
    if (kind !== 'browser') return;
    const before = this.docBlocks(block.doc)[block.index - 1];
    if (before?.lang === 'html' && !before.sample) {
      try {
        await this.page(before);
      } catch (error) {
        throw new Error(`runs in the page of ${where(before)}, which failed:\n${(error as Error).message}`);
      }
      return;
    }
    // No markup goes with it: the sample builds what it needs itself.
    await checkPage(this.env, {
      html: { ...block, lang: 'html', code: '' },
      files: new Map(),
      script: { block, bundle: await this.bundles.bundle(block) },
    });
  }

  private docBlocks(doc: string): Block[] {
    return this.blocks.filter((block) => block.doc === doc);
  }

  /** Runs an html block's page once, however many blocks wait for it. */
  private page(html: Block): Promise<void> {
    let result = this.pages.get(html);
    if (!result) {
      result = this.buildPage(html).then((sample) => checkPage(this.env, sample));
      this.pages.set(html, result);
    }
    return result;
  }

  private async buildPage(html: Block): Promise<PageSample> {
    const blocks = this.docBlocks(html.doc);
    // Each page file of the doc; where a doc gives one twice, the block nearest to this page.
    const files = new Map<string, Block>();
    for (const block of blocks) {
      if (!block.file) continue;
      const current = files.get(block.file);
      if (!current || Math.abs(block.index - html.index) < Math.abs(current.index - html.index)) {
        files.set(block.file, block);
      }
    }
    const next = blocks[html.index + 1];
    const paired = next && CODE.has(next.lang) && !next.file && !next.sample && codeKind(next) === 'browser';
    return {
      html,
      files,
      ...(paired ? { script: { block: next, bundle: await this.bundles.bundle(next) } } : {}),
    };
  }

  /** A page file is run by the html samples of its doc that load it; it fails when none does. */
  private async pageUsing(file: Block): Promise<void> {
    const users = this.docBlocks(file.doc).filter(
      (block) => block.lang === 'html' && !block.sample && block.code.includes(`="${file.file}"`),
    );
    if (users.length === 0) {
      throw new Error(`no html sample of ${file.doc} loads ${file.file}, so it never runs`);
    }
    for (const user of users) {
      try {
        await this.page(user);
      } catch (error) {
        throw new Error(`the page of ${where(user)} that loads it failed:\n${(error as Error).message}`);
      }
    }
  }
}
