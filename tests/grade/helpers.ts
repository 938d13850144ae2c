/**
 * Shared by the grader's tests: run the command line as a real process (as an instructor's script
 * would), and build throw-away class folders.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const REPO = join(import.meta.dirname, '..', '..');
export const MAIN = join(REPO, 'scripts', 'grade', 'main.ts');

export interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs `node scripts/grade/main.ts ...args`; resolves when it exits. */
export function grade(args: readonly string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [MAIN, ...args], { cwd: REPO, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

/** A fresh temporary folder holding `files` (relative path → content). */
export function folder(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'nonlinear-grade-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

/** A file of content/exercises/<id>/. */
export const exerciseFile = (id: string, file: string): string => readFileSync(join(REPO, 'content', 'exercises', id, file), 'utf8');

/** The Gradescope object the command line prints, as the tests read it. */
export interface GradescopeOut {
  score: number;
  max_score: number;
  execution_time: number;
  output: string;
  tests: { name: string; score: number; max_score: number; status: string; output: string; visibility: string }[];
}
export type JsonOut = (GradescopeOut & { student: string; exercise: string })[];
