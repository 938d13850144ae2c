/**
 * An interrupted batch writes nothing: killed mid-batch (SIGKILL, no chance to clean up) or
 * stopped (SIGTERM), the grader leaves the previous --out file as it was and no temporary file;
 * on SIGTERM it also stops its sandboxed children and exits 143. Linux only (children are found
 * through /proc).
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { folder, MAIN, REPO } from './helpers.ts';

/** Sandboxed children of `pid` (its esbuild service is a child too, and is not counted). */
function sandboxesOf(pid: number): number[] {
  return childrenOf(pid).filter((c) => {
    try {
      return readFileSync(`/proc/${c}/cmdline`, 'utf8').includes('--permission');
    } catch {
      return false;
    }
  });
}

/** Process ids whose parent is `pid`. */
function childrenOf(pid: number): number[] {
  return readdirSync('/proc').filter((d) => /^\d+$/.test(d)).flatMap((d) => {
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid ? [Number(d)] : [];
    } catch {
      return [];
    }
  });
}
const alive = (pid: number): boolean => existsSync(`/proc/${pid}`) && !/^\S+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

async function interrupt(signal: NodeJS.Signals) {
  const files: Record<string, string> = { 'grades.json': 'previous grades\n' };
  for (let i = 0; i < 6; i++) files[`student${i}/relu.ts`] = 'export function relu(x: number): number { while (true) {} }';
  const dir = folder(files);
  dirs.push(dir);
  const out = join(dir, 'grades.json');
  const cli = spawn(process.execPath, [MAIN, '--exercise', 'relu', '--timeout', '60', '--jobs', '2', '--out', out, dir], { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  cli.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
  const exited = new Promise<[number | null, NodeJS.Signals | null]>((r) => cli.on('close', (code, sig) => r([code, sig])));
  let sandboxes: number[] = [];
  for (let waited = 0; sandboxes.length < 2 && waited < 120_000; waited += 250) {
    await sleep(250);
    sandboxes = sandboxesOf(cli.pid!);
  }
  expect(sandboxes.length, 'the grader started its sandboxes').toBe(2);
  await sleep(500);
  cli.kill(signal);
  const [code, sig] = await exited;
  return { dir, out, code, sig, stderr, sandboxes };
}

describe.skipIf(process.platform !== 'linux')('an interrupted batch', () => {
  it('killed with SIGKILL mid-batch: the previous --out file is untouched and no temporary file is left', async () => {
    const r = await interrupt('SIGKILL');
    expect(r.sig).toBe('SIGKILL');
    expect(readFileSync(r.out, 'utf8')).toBe('previous grades\n');
    expect(readdirSync(r.dir).filter((f) => f.startsWith('.'))).toEqual([]);
    for (const pid of r.sandboxes) if (alive(pid)) process.kill(pid, 'SIGKILL'); // orphans: their CPU limit would end them later
  }, 300_000);

  it('stopped with SIGTERM: exit 143, a one-line note, nothing written, the sandboxes stopped', async () => {
    const r = await interrupt('SIGTERM');
    expect(r.code).toBe(143);
    expect(r.stderr).toMatch(/grade: SIGTERM: stopped, nothing written\n$/);
    expect(readFileSync(r.out, 'utf8')).toBe('previous grades\n');
    expect(readdirSync(r.dir).filter((f) => f.startsWith('.'))).toEqual([]);
    await sleep(500);
    expect(r.sandboxes.filter(alive)).toEqual([]);
  }, 300_000);
});
