import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const root = new URL('../', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const tsconfig = JSON.parse(readFileSync(new URL('tsconfig.json', root), 'utf8'));
const sources = readdirSync(new URL('src/', root)).filter((f) => f.endsWith('.ts'));

describe('@nonlinear/kernel package', () => {
  it('has no runtime dependencies and declares no side effects', () => {
    expect(pkg.name).toBe('@nonlinear/kernel');
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(pkg.sideEffects).toBe(false);
  });

  it('compiles without the DOM library or Node types, so neither can slip in', () => {
    expect(tsconfig.compilerOptions.lib.some((l: string) => /dom/i.test(l))).toBe(false);
    expect(tsconfig.compilerOptions.types).toEqual([]);
  });

  it('imports nothing but its own files', () => {
    for (const file of sources) {
      const text = readFileSync(new URL(`src/${file}`, root), 'utf8');
      for (const [, spec] of text.matchAll(/from '([^']+)'/g)) expect(spec, file).toMatch(/^\.\/[\w-]+\.ts$/);
      expect(text, file).not.toMatch(/Math\.random|Date\.now|performance\.now/);
    }
  });

  it('documents every exported function and constant with TSDoc that gives an example', async () => {
    const kernel = await import('../src/index.ts');
    const text = sources.map((f) => readFileSync(new URL(`src/${f}`, root), 'utf8')).join('\n');
    for (const name of Object.keys(kernel)) {
      const doc = new RegExp(`/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\\s*export (?:function|const|class) ${name}\\b`).exec(text);
      expect(doc, `TSDoc before ${name}`).not.toBeNull();
      expect(doc![1], `${name}'s TSDoc`).toMatch(/Example/);
    }
  });

  it('exports every name the widgets, exercises and outside checks rely on', async () => {
    const kernel = await import('../src/index.ts');
    const names = [
      'sigmoid', 'sigmoidGrad', 'tanh', 'tanhGrad', 'relu', 'reluGrad', 'leakyRelu', 'leakyReluGrad', 'elu', 'eluGrad',
      'softplus', 'softplusGrad', 'silu', 'siluGrad', 'gelu', 'geluGrad', 'identity', 'activations', 'softmax',
      'logSoftmax', 'logSumExp', 'mse', 'mseGrad', 'mae', 'maeGrad', 'huber', 'huberGrad', 'binaryCrossEntropy',
      'binaryCrossEntropyGrad', 'bceWithLogits', 'bceWithLogitsGrad', 'softmaxCrossEntropy', 'softmaxCrossEntropyGrad',
      'gradCheck', 'sigmoidInto', 'tanhInto', 'geluInto', 'softmaxRowsInto', 'Value', 'toGraph',
    ];
    for (const name of names) expect(kernel, name).toHaveProperty(name);
    for (const [name, a] of Object.entries(kernel.activations)) {
      expect(typeof a.fn, name).toBe('function');
      expect(typeof a.grad, name).toBe('function');
      expect(a.range.length, name).toBe(2);
      expect(a.formula.length, name).toBeGreaterThan(0);
    }
    expect(Object.keys(kernel.activations)).toEqual(
      expect.arrayContaining(['sigmoid', 'tanh', 'relu', 'leakyRelu', 'elu', 'softplus', 'silu', 'gelu', 'identity']),
    );
  });
});
