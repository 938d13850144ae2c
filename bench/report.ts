/**
 * What a benchmark suite returns and how the runner prints it: a human-readable table, then one
 * JSON line per case. Timing suites (numerics) give at least `case`, `kernelMs`, `tfjsMs` and
 * `ratio` (= tfjsMs / kernelMs, so above 1 means the kernel is faster); the training suite gives
 * throughputs (see mlp.ts).
 */

export interface CaseResult {
  /** Stable case name, e.g. "sigmoid-1e6". */
  case: string;
  /** Median milliseconds per call, kernel side. */
  kernelMs: number;
  /** Median milliseconds per call, tfjs side. */
  tfjsMs: number;
  /** tfjsMs / kernelMs. */
  ratio: number;
  /** Largest |kernel - tfjs| over the case's outputs (NaN if either side produced a NaN). */
  maxAbsDiff: number;
  /** Whether maxAbsDiff is within the case's tolerance (false also for NaN). */
  agrees: boolean;
}

/** What a suite hands the runner: a table for people, JSON lines for machines, and what disagreed. */
export interface SuiteReport {
  table: string;
  lines: Record<string, unknown>[];
  /** Cases whose kernel and reference results disagree beyond tolerance. */
  failures: string[];
}

export interface BenchSuite {
  name: string;
  run(): Promise<SuiteReport>;
}

/** The report of a suite of timing cases (kernelMs vs tfjsMs). */
export function timingReport(results: readonly CaseResult[]): SuiteReport {
  return {
    table: formatTable(results),
    lines: results.map((r) => JSON.parse(jsonLine(r)) as Record<string, unknown>),
    failures: results.filter((r) => !r.agrees).map((r) => r.case),
  };
}

/** A plain aligned table: first column left-aligned, the others right-aligned. */
export function alignedTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((row) => row[c]!.length)));
  const line = (cells: readonly string[]): string =>
    cells.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** Milliseconds to 3 significant figures (0.01 ms at least); ratios to 2 decimals. */
export function roundMs(ms: number): number {
  if (ms >= 100) return Math.round(ms);
  if (ms >= 10) return Math.round(ms * 10) / 10;
  return Math.round(ms * 100) / 100;
}

export function roundRatio(r: number): number {
  return Math.round(r * 100) / 100;
}

/** Two significant figures: enough to see 1e-7 versus 1e-3. */
export function roundDiff(d: number): number {
  return Number.isFinite(d) && d !== 0 ? Number(d.toPrecision(2)) : d;
}

export function formatTable(results: readonly CaseResult[]): string {
  const header = ['case', 'kernel ms (median)', 'tfjs ms (median)', 'ratio tfjs/kernel', 'max |diff|'];
  const rows = results.map((r) => [
    r.case,
    String(roundMs(r.kernelMs)),
    String(roundMs(r.tfjsMs)),
    `${roundRatio(r.ratio).toFixed(2)}x`,
    `${roundDiff(r.maxAbsDiff).toExponential(1)}${r.agrees ? '' : '  MISMATCH'}`,
  ]);
  return alignedTable(header, rows);
}

/** The machine-readable line: the four required fields first, then the extra ones. */
export function jsonLine(r: CaseResult): string {
  return JSON.stringify({
    case: r.case,
    kernelMs: roundMs(r.kernelMs),
    tfjsMs: roundMs(r.tfjsMs),
    ratio: roundRatio(r.ratio),
    maxAbsDiff: roundDiff(r.maxAbsDiff),
  });
}
