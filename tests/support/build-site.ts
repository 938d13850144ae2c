import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Builds the site with `astro build` into a fresh temporary folder and returns its path. */
export function buildSite(basePath?: string): string {
  const outDir = mkdtempSync(join(tmpdir(), 'nonlinear-site-'));
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  // Vitest puts Vite's own variables (BASE_URL, MODE, ...) in process.env; Astro would read
  // BASE_URL back as import.meta.env.BASE_URL and ignore the configured base.
  for (const key of Object.keys(env)) {
    if (/^(BASE_URL|MODE|DEV|PROD|SSR|TEST|NODE_ENV|VITEST.*)$/.test(key)) delete env[key];
  }
  if (basePath === undefined) delete env.BASE_PATH;
  else env.BASE_PATH = basePath;
  try {
    execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (e) {
    // Astro prints its build errors on stdout: pass them on, or a failed build says nothing useful.
    const { stdout = '', stderr = '' } = e as { stdout?: Buffer | string; stderr?: Buffer | string };
    throw new Error(`astro build${basePath ? ` (BASE_PATH=${basePath})` : ''} failed:\n${String(stdout).slice(-4000)}\n${String(stderr).slice(-4000)}`);
  }
  return outDir;
}
