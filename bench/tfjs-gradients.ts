/**
 * tfjs-core's Node entry registers no gradients, so `optimizer.minimize` fails with "gradient
 * function not found". A browser app gets them from its bundler; we do the same: esbuild bundles
 * tfjs-core's own `register_all_gradients` module once into a temporary file, and importing it
 * registers every gradient in tfjs's global registry, which the Node copy of tfjs-core shares.
 */
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

let registered = false;

export async function registerTfjsGradients(): Promise<void> {
  if (registered) return;
  const require = createRequire(import.meta.url);
  const entry = join(require.resolve('@tensorflow/tfjs-core/package.json'), '../dist/register_all_gradients.js');
  const dir = mkdtempSync(join(tmpdir(), 'nonlinear-tfjs-grads-'));
  try {
    const outfile = join(dir, 'register-all-gradients.mjs');
    await build({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'node', outfile, logLevel: 'warning' });
    await import(pathToFileURL(outfile).href);
    registered = true;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
