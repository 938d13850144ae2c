// The npm registry mirror these machines use lacks some platform builds of optional native
// bindings (e.g. @astrojs/compiler-binding-darwin-arm64@0.5.1). `npm install` then leaves them out
// of package-lock.json, and `npm ci` refuses the lock as out of sync. This adds the missing
// entries (os/cpu taken from the package name) so that npm ci skips them on other platforms and
// installs them from the full registry on theirs. Run after `npm install` changes the lock:
//   node scripts/lock-optional-bindings.mjs
import { readFileSync, writeFileSync } from 'node:fs';

const lockPath = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(lockPath, 'utf8'));
const packages = lock.packages;

/** os, cpu and libc of a platform package from its name's suffix, e.g. "linux-arm64-musl". */
function platformOf(name) {
  const m = /-(android|darwin|linux|win32|freebsd|wasm32)-?([a-z0-9]+)?(?:-(gnu|musl|msvc|wasi|eabihf))?$/.exec(name);
  if (!m) return null;
  const [, os, cpu, abi] = m;
  if (os === 'wasm32') return { cpu: ['wasm32'] };
  const entry = { os: [os], cpu: [cpu] };
  if (abi === 'gnu') entry.libc = ['glibc'];
  if (abi === 'musl') entry.libc = ['musl'];
  return entry;
}

let added = 0;
for (const [path, pkg] of Object.entries(packages)) {
  for (const [dep, version] of Object.entries(pkg.optionalDependencies ?? {})) {
    const key = `node_modules/${dep}`;
    const nested = `${path}/node_modules/${dep}`;
    if (packages[key] || packages[nested]) continue;
    const platform = platformOf(dep);
    if (!platform || !/^\d+\.\d+\.\d+$/.test(version)) continue;
    packages[key] = { version, ...(pkg.dev ? { dev: true } : {}), optional: true, ...platform };
    added++;
  }
}
const sorted = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : 1)));
lock.packages = sorted;
writeFileSync(lockPath, JSON.stringify(lock, null, 2) + '\n');
console.log(`lock-optional-bindings: added ${added} missing optional platform entries`);
