import { builtinModules } from 'node:module';
import { readFileSync } from 'node:fs';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ROOT } from './helpers/check.js';

const BUILTINS = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

/** Every module the library core reaches from dist/src/index.js, following relative imports. */
function reach(): Map<string, string[]> {
  const seen = new Map<string, string[]>();
  const todo = [new URL('dist/src/index.js', ROOT)];
  while (todo.length) {
    const url = todo.pop()!;
    if (seen.has(url.href)) continue;
    const code = readFileSync(url, 'utf8');
    const specs: string[] = [];
    for (const m of code.matchAll(IMPORT)) specs.push((m[1] ?? m[2])!);
    seen.set(url.href, specs);
    for (const s of specs) if (s.startsWith('.') && s.endsWith('.js')) todo.push(new URL(s, url));
  }
  return seen;
}

test('the library core imports no Node built-ins and uses no Node globals (runs in Deno and browsers)', () => {
  const modules = reach();
  assert.ok(modules.size > 5);
  for (const [file, specs] of modules) {
    for (const s of specs) assert.not.ok(BUILTINS.has(s), `${file} imports ${s}`);
    const code = readFileSync(new URL(file), 'utf8');
    assert.not.match(code, /\b(?:process\.|Buffer\.|require\(|__dirname)/, `${file} uses a Node global`);
    assert.not.ok(file.includes('/cli/') || file.includes('/eval/'), `${file}: the CLI or the evaluation harness is reachable from the core`);
  }
  // the runtime dependencies the core does import (src/nlp/model.ts assembles the model from the package's files)
  const external = new Set([...modules.values()].flat().filter((s) => !s.startsWith('.')).map((s) => s.split('/')[0]!));
  assert.equal([...external].sort(), ['wink-eng-lite-web-model', 'wink-nlp']);
});

test.run();
