/**
 * The document of the sandboxed iframe (`<iframe sandbox="allow-scripts" srcdoc=…>`), as text.
 *
 * Why an iframe *and* a worker: the iframe's opaque origin keeps the reader's code away from the
 * site's storage, cookies and DOM, but a busy loop in the iframe itself froze the whole page in
 * Chromium; a worker can be stopped at once with `terminate()`. So the iframe only relays: it
 * turns the grader's source into a Blob URL, starts a fresh Worker for every run (no state
 * survives between runs), forwards the job, and ends the worker after the time limit.
 *
 * Its Content-Security-Policy, which blob workers inherit, allows inline script, eval (the grader
 * runs the compiled code with `new Function`) and blob: workers, and nothing else: no network at
 * all, so code cannot `fetch`, `importScripts` or send anything anywhere.
 *
 * Protocol. Page → frame: `{ type: 'run', runId, workerSource, id, source, limitMs }`.
 * Frame → page: `{ type: 'ready' }` once, then per run `{ type: 'started', runId }` when the worker
 * has loaded the grader and got the job (the time limit counts from there, so a slow start is not
 * the reader's time), then `{ type: 'answer', runId, kind: 'result', data }`, `{ …, kind: 'timeout' }`
 * or `{ …, kind: 'crash', reason }`. Frame ↔ worker: the worker posts once when loaded, gets
 * `{ id, source }`, and posts the grade.
 */

const CSP = "default-src 'none'; script-src 'unsafe-inline' 'unsafe-eval' blob:; worker-src blob:";

const FRAME_SCRIPT = `"use strict";
let url = null;
let active = null;
const reply = (message) => parent.postMessage(message, "*");
function finish(run, answer) {
  if (active !== run) return;
  active = null;
  clearTimeout(run.timer);
  run.worker.terminate();
  reply(Object.assign({ type: "answer", runId: run.id }, answer));
}
addEventListener("message", (event) => {
  if (event.source !== parent) return;
  const m = event.data;
  if (!m || m.type !== "run" || typeof m.workerSource !== "string" || typeof m.limitMs !== "number") return;
  if (active) finish(active, { kind: "crash", reason: "another run started" });
  if (url === null) url = URL.createObjectURL(new Blob([m.workerSource], { type: "text/javascript" }));
  let worker;
  try {
    worker = new Worker(url);
  } catch (e) {
    reply({ type: "answer", runId: m.runId, kind: "crash", reason: "the sandbox could not start: " + e });
    return;
  }
  const run = { id: m.runId, worker: worker, timer: 0, started: false };
  active = run;
  worker.onmessage = (e) => {
    if (run.started) return finish(run, { kind: "result", data: e.data });
    // The worker's first message says the grader is loaded: the reader's time starts now.
    run.started = true;
    run.timer = setTimeout(() => finish(run, { kind: "timeout" }), m.limitMs);
    worker.postMessage({ id: m.id, source: m.source });
    reply({ type: "started", runId: m.runId });
  };
  worker.onmessageerror = () => finish(run, { kind: "crash", reason: "its answer could not be read" });
  worker.onerror = (e) => {
    e.preventDefault();
    finish(run, { kind: "crash", reason: e.message || "the grader failed" });
  };
});
reply({ type: "ready" });
`;

/** The iframe's whole document. Example: `iframe.srcdoc = FRAME_HTML`. */
export const FRAME_HTML = `<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${CSP}"><title>Exercise sandbox</title></head><body><script>${FRAME_SCRIPT}</script></body></html>`;
