// Size budgets (gzip), checked by `pnpm run size` (printed as a table by scripts/size-table.mjs).
// A page's cost is what it downloads: for the script-tag loader, the loader plus each element's
// chunk and every chunk that chunk imports, read from the build's component graph
// (dist/.vite/components-manifest.json, written by scripts/build-bundles.mjs).
import { existsSync, readFileSync } from 'node:fs';

const GRAPH = 'dist/.vite/components-manifest.json';
const graph = existsSync(GRAPH) ? JSON.parse(readFileSync(GRAPH, 'utf8')) : {};

/** The files a page that shows `tags` loads: the loader, their chunks and what those import. */
function pageFiles(...tags) {
  const names = tags.map((tag) => `components/${tag}`);
  const keys = Object.keys(graph).filter((key) => graph[key].isEntry && names.includes(graph[key].name));
  if (keys.length !== names.length) {
    throw new Error(`${GRAPH}: no chunk for one of ${names.join(', ')}; run the build`);
  }
  const seen = new Set();
  const queue = [...keys];
  while (queue.length > 0) {
    const key = queue.pop();
    if (seen.has(key)) continue;
    seen.add(key);
    queue.push(...(graph[key].imports ?? []));
  }
  return ['dist/paylink-elements.js', ...[...seen].map((key) => `dist/${graph[key].file}`)];
}

const ALL_TAGS = Object.values(graph)
  .filter((chunk) => chunk.isEntry && chunk.name.startsWith('components/'))
  .map((chunk) => chunk.name.replace('components/', ''));

const gzip = (name, path, limit) => ({ name, path, limit, gzip: true });
const LANGUAGES = ['nl', 'fr', 'de', 'it', 'es', 'pt', 'ar'];
const COMPONENTS_WITH_LANGUAGES = ['list', 'detail', 'create-form', 'import', 'pay-page'];

export default [
  gzip('loader: paylink-elements.js (ES module)', 'dist/paylink-elements.js', '5 KB'),
  gzip('loader: paylink-elements.iife.js (classic script)', 'dist/paylink-elements.iife.js', '5 KB'),
  gzip(
    'a page that shows only <paylink-list> (api-base on the list): loader + its chunk + what it imports',
    pageFiles('paylink-list'),
    '60 KB',
  ),
  gzip(
    'a portal page with <paylink-provider> + <paylink-list>',
    pageFiles('paylink-provider', 'paylink-list'),
    '62 KB',
  ),
  gzip(
    `everything: loader + every element's chunk + what they import (${ALL_TAGS.length} elements, English)`,
    pageFiles(...ALL_TAGS),
    '110 KB',
  ),
  gzip(
    'a page with only <paylink-detail> (loader)',
    pageFiles('paylink-provider', 'paylink-detail'),
    '62 KB',
  ),
  gzip('pay-page.js: the checkout page, one file', 'dist/pay-page.js', '48 KB'),
  gzip(
    'import.js: a page with only <paylink-import> (and its provider), with its shared chunk',
    ['dist/import.js', 'dist/chunks/import.shared-*.js'],
    '56 KB',
  ),
  gzip(
    'npm: a vite page with only <paylink-create-form> (size/create-form.ts)',
    'dist-size/create-form.js',
    '52 KB',
  ),
  gzip('npm: its QR encoder (uqr, lazy, after a link is created)', 'dist-size/chunks/uqr-*.js', '5 KB'),
  // Loaded on first use only:
  gzip('@floating-ui/dom (first menu or popover)', 'dist/chunks/elements.floating-ui.dom-*.js', '9 KB'),
  gzip('QR encoder (uqr, when a link with its QR code is shown)', 'dist/chunks/uqr-*.js', '5 KB'),
  gzip("the list's More actions (first use of the button)", 'dist/chunks/elements.bulk-actions-*.js', '6 KB'),
  gzip("the list's filters popover (first open)", 'dist/chunks/elements.filters-popover-*.js', '2 KB'),
  gzip(
    "<paylink-import>'s Web Worker (papaparse, CSV module, zod/mini)",
    'dist/chunks/import-worker-*.js',
    '23 KB',
  ),
  gzip(
    "<paylink-import>'s page reader (where no worker can start)",
    'dist/chunks/elements.import-file-*.js',
    '12 KB',
  ),
  ...COMPONENTS_WITH_LANGUAGES.flatMap((component) =>
    LANGUAGES.map((language) =>
      gzip(`${component} messages, ${language}`, `dist/chunks/${component}-${language}-*.js`, '3 KB'),
    ),
  ),
];
