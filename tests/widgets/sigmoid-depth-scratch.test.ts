import { parseHTML } from 'linkedom';
import { sigmoidDepth } from '../../src/widgets/sigmoid-depth/definition.ts';
import { it } from 'vitest';
it('scratch', () => {
const { document } = parseHTML('<!doctype html><html><body></body></html>');
for (const st of [{ n: 5, z: 2, tanh: false }, { n: 20, z: 6, tanh: true }, { n: 1, z: 0, tanh: true }]) {
  const d = sigmoidDepth.derive(st);
  const t0 = performance.now();
  const el = sigmoidDepth.render(d, { document: document as any });
  console.log((performance.now() - t0).toFixed(1), 'ms', el.outerHTML.length);
  console.log(sigmoidDepth.describe(d, st));
}
});
