// What the docs samples run against, started once per test file: the real Node mock backend (seeded),
// a Chromium (started on first use), the built elements and their manifest, and a scratch folder
// inside node_modules (so a sample's `import '@paylink/…'` resolves to the workspace packages).
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type MockServer, startMockServer } from '@paylink/mock-backend/node';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../e2e/support/harness.ts';

/** One element of custom-elements.json, as far as the docs test reads it. */
export interface ManifestElement {
  tagName: string;
  cssParts: Set<string>;
  cssProperties: Set<string>;
}

/** What every check gets. */
export interface Environment {
  /** The repository root (absolute). */
  root: string;
  /** `packages/elements/dist/` (absolute). */
  dist: string;
  /** The Node mock server (seeded with 40 links), e.g. `http://127.0.0.1:41234`. */
  mock: MockServer;
  /** A scratch folder for sample files, inside the root's node_modules. */
  work: string;
  /** How long a page may take to show what each of its elements renders, in ms. */
  patience: number;
  /** Chromium, launched on first use. */
  browser(): Promise<Browser>;
  /** The elements of custom-elements.json by tag. */
  elements(): Map<string, ManifestElement>;
  close(): Promise<void>;
}

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** Starts what the checks need; `name` names its scratch folder (one per test file). */
export async function startEnvironment(name: string, patience = 15_000): Promise<Environment> {
  const dist = join(repoRoot, 'packages/elements/dist');
  const manifestFile = join(repoRoot, 'packages/elements/custom-elements.json');
  if (!existsSync(join(dist, 'paylink-elements.js')) || !existsSync(manifestFile)) {
    throw new Error('The docs samples run against the built packages: run `pnpm run build` first.');
  }
  const work = join(repoRoot, 'node_modules/.cache/docs-samples', name);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  // Samples are ES modules (top-level await), as in a `"type": "module"` project.
  writeFileSync(join(work, 'package.json'), '{ "type": "module", "private": true }\n');
  const mock = await startMockServer({ port: 0, seed: 40 });
  let browser: Promise<Browser> | undefined;
  let elements: Map<string, ManifestElement> | undefined;
  return {
    root: repoRoot,
    dist,
    mock,
    work,
    patience,
    browser: () => {
      browser ??= launchBrowser();
      return browser;
    },
    elements: () => {
      elements ??= readElements(readFileSync(manifestFile, 'utf8'));
      return elements;
    },
    close: async () => {
      await (await browser)?.close();
      await mock.close();
    },
  };
}

interface ManifestJson {
  modules: {
    declarations?: {
      tagName?: string;
      cssParts?: { name: string }[];
      cssProperties?: { name: string }[];
    }[];
  }[];
}

function readElements(text: string): Map<string, ManifestElement> {
  const manifest = JSON.parse(text) as ManifestJson;
  const found = new Map<string, ManifestElement>();
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.tagName) continue;
      found.set(declaration.tagName, {
        tagName: declaration.tagName,
        cssParts: new Set((declaration.cssParts ?? []).map((part) => part.name)),
        cssProperties: new Set((declaration.cssProperties ?? []).map((property) => property.name)),
      });
    }
  }
  return found;
}
