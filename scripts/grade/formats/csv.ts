/**
 * A gradebook as CSV (RFC 4180: fields with a comma, quote or line break are quoted, quotes
 * doubled, CRLF line ends): `student,<exercise ids…>,total`, one row per student, points per
 * exercise, an empty cell where a student submitted nothing. Student ids come from file names,
 * which anyone can choose, so a cell starting with = + - @ (or a tab or carriage return) gets a
 * leading apostrophe: a spreadsheet shows it as text instead of running it as a formula.
 */
import type { Graded } from '../batch.ts';

/** A CSV field a spreadsheet shows as text. Example: `csvCell('=1+1')` is `'=1+1` (apostrophe first); `csvCell('a,b')` is `"a,b"`. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * The gradebook. `exercises` gives the column order (course order).
 * Example: `csv(graded, ['sigmoid', 'relu'])` starts `student,sigmoid,relu,total\r\n`.
 */
export function csv(graded: readonly Graded[], exercises: readonly string[]): string {
  const columns = exercises.filter((id) => graded.some((g) => g.exercise === id));
  const rows = new Map<string, Map<string, number | null>>();
  for (const g of graded) {
    const row = rows.get(g.student) ?? new Map<string, number | null>();
    row.set(g.exercise, g.result ? g.result.score : null);
    rows.set(g.student, row);
  }
  const lines = [['student', ...columns, 'total'].map(csvCell).join(',')];
  for (const [student, row] of rows) {
    const cells = columns.map((id) => row.get(id) ?? null);
    const total = cells.reduce<number>((s, c) => s + (c ?? 0), 0);
    lines.push([csvCell(student), ...cells.map((c) => (c === null ? '' : String(c))), String(total)].join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}
