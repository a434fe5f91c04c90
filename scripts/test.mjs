// Type-checks and compiles src/ and test/ (tsc), writes the generated data
// files (scripts/build-data.mjs: the bundled gazetteer, the lemmatizer's
// exceptions), runs the uvu suites
// compiled to dist/test, and ends with one line "N passed, N failed"
// (uvu itself prints only Total/Passed/Skipped).
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const tsc = fileURLToPath(new URL('../node_modules/typescript/bin/tsc', import.meta.url));
const build = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) {
  console.log('\nthe TypeScript build failed (see above)');
  console.log('0 passed, 1 failed');
  process.exit(1);
}
// the generated data files (the compiled gazetteer, the lemmatizer's exceptions), as `npm run build` writes them
const packed = spawnSync(process.execPath, [fileURLToPath(new URL('build-data.mjs', import.meta.url))], { cwd: root, stdio: 'inherit' });
if (packed.status !== 0) {
  console.log('\nscripts/build-data.mjs failed (see above)');
  console.log('0 passed, 1 failed');
  process.exit(1);
}
const uvu = fileURLToPath(new URL('../node_modules/uvu/bin.js', import.meta.url));
const args = [uvu, 'dist/test', '\\.test\\.js$', ...process.argv.slice(2)];
const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'inherit'] });
let out = '';
child.stdout.on('data', (d) => {
  out += d;
  process.stdout.write(d);
});
child.on('close', (code) => {
  const plain = out.replace(/\u001b\[[0-9;]*m/g, '');
  const num = (label) => Number(new RegExp(`${label}:\\s+(\\d+)`).exec(plain)?.[1] ?? NaN);
  const total = num('Total');
  const passed = num('Passed');
  const skipped = num('Skipped') || 0;
  if (Number.isNaN(total) || Number.isNaN(passed)) {
    console.log('\nthe test run did not finish (see the errors above)');
    console.log('0 passed, 1 failed');
    process.exitCode = 1;
    return;
  }
  const failed = total - passed - skipped + (code !== 0 && total === passed + skipped ? 1 : 0);
  if (skipped) console.log(`${skipped} skipped`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed > 0 || code !== 0 ? 1 : 0;
});
