/**
 * Where the shared annotated corpora live, for the tests that read them:
 * $ARGMAP_CORPORA when set, else `../shared/corpora` next to the repository (from the
 * working directory, then from this file's location in dist/test/eval/).
 * Tests that need a corpus register a logging no-op when it is absent.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Test } from 'uvu';

export function corporaDir(): string | null {
  // an explicit setting wins, even when it points nowhere (that skips the corpus tests)
  if (process.env.ARGMAP_CORPORA) return existsSync(process.env.ARGMAP_CORPORA) ? process.env.ARGMAP_CORPORA : null;
  const candidates = [
    resolve(process.cwd(), '..', 'shared', 'corpora'),
    fileURLToPath(new URL('../../../../shared/corpora', import.meta.url)),
  ];
  for (const c of candidates) if (c && existsSync(c)) return c;
  return null;
}

/** The path of one corpus inside the shared folder, or null when it is absent. */
export function corpus(...parts: string[]): string | null {
  const root = corporaDir();
  if (!root) return null;
  const p = join(root, ...parts);
  return existsSync(p) ? p : null;
}

/**
 * Registers `fn` as a test when the corpus at `parts` exists; otherwise a
 * test that only says it was skipped (uvu has no skip-with-reason).
 */
export function corpusTest(suite: Test, name: string, parts: string[], fn: (path: string) => void | Promise<void>): void {
  const p = corpus(...parts);
  if (p) suite(name, () => fn(p));
  else {
    suite(`${name} (skipped)`, () => {
      console.log(`  skipped "${name}": corpus ${parts.join('/') || 'folder'} not found (set ARGMAP_CORPORA or put it at ../shared/corpora)`);
    });
  }
}
