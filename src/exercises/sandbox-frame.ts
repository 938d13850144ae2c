/**
 * The document of the sandboxed iframe (`<iframe sandbox="allow-scripts" srcdoc=…>`), as text.
 *
 * Why an iframe *and* a worker: the iframe's opaque origin keeps the reader's code away from the
 * site's storage, cookies and DOM, but a busy loop in the iframe itself froze the whole page in
 * Chromium; a worker can be stopped at once with `terminate()`. So the iframe only relays: it
 * turns the grader's source into a Blob URL, uses a fresh Worker for every run (no state
 * survives between runs), forwards the job, and ends the worker after the time limit. To keep
 * runs quick, the next worker is started (and loads the grader, no reader code yet) as soon as
 * the page prepares the sandbox and after every run.
 *
 * Its Content-Security-Policy, which blob workers inherit, allows inline script, eval (the grader
 * runs the compiled code with `new Function`) and blob: workers, and nothing else: no network at
 * all, so code cannot `fetch`, `importScripts` or send anything anywhere.
 *
 * Protocol. Page → frame: `{ type: 'prepare', workerSource }` (optional, starts a worker ahead),
 * `{ type: 'run', runId, workerSource, id, source, limitMs }`.
 * Frame → page: `{ type: 'ready' }` once, then per run `{ type: 'started', runId }` when the worker
 * has loaded the grader and got the job (the time limit counts from there, so a slow start is not
 * the reader's time), then `{ type: 'answer', runId, kind: 'result', data }`, `{ …, kind: 'timeout' }`
 * or `{ …, kind: 'crash', reason }`. Frame ↔ worker: the worker posts once when loaded, gets
 * `{ id, source }`, and posts the grade.
 */

const CSP = "default-src 'none'; script-src 'unsafe-inline' 'unsafe-eval' blob:; worker-src blob:";

const FRAME_SCRIPT = `"use strict";
let url = null;
let spare = null;
let active = null;
const reply = (message) => parent.postMessage(message, "*");
function spawn() {
  const w = { worker: new Worker(url), loaded: false, failed: null, onload: null, onresult: null, onfail: null };
  const fail = (reason) => (w.onfail ? w.onfail(reason) : (w.failed = reason));
  w.worker.onmessage = (e) => {
    if (w.loaded) return w.onresult && w.onresult(e.data);
    w.loaded = true;
    if (w.onload) w.onload();
  };
  w.worker.onmessageerror = () => fail("its answer could not be read");
  w.worker.onerror = (e) => {
    e.preventDefault();
    fail(e.message || "the grader failed");
  };
  return w;
}
function prepare(source) {
  if (url === null) url = URL.createObjectURL(new Blob([source], { type: "text/javascript" }));
  if (spare === null || spare.failed) {
    try {
      spare = spawn();
    } catch (e) {
      spare = null;
    }
  }
}
function finish(run, answer) {
  if (active !== run) return;
  active = null;
  clearTimeout(run.timer);
  run.w.worker.terminate();
  reply(Object.assign({ type: "answer", runId: run.id }, answer));
  prepare("");
}
addEventListener("message", (event) => {
  if (event.source !== parent) return;
  const m = event.data;
  if (!m || typeof m.workerSource !== "string") return;
  if (m.type === "prepare") return prepare(m.workerSource);
  if (m.type !== "run" || typeof m.limitMs !== "number") return;
  if (active) finish(active, { kind: "crash", reason: "another run started" });
  prepare(m.workerSource);
  const w = spare;
  spare = null;
  if (w === null || w.failed) {
    reply({ type: "answer", runId: m.runId, kind: "crash", reason: "the sandbox could not start: " + (w ? w.failed : "no worker") });
    return;
  }
  const run = { id: m.runId, w: w, timer: 0 };
  active = run;
  w.onresult = (data) => finish(run, { kind: "result", data: data });
  w.onfail = (reason) => finish(run, { kind: "crash", reason: reason });
  const start = () => {
    // The reader's time starts once the grader is loaded and has the job.
    run.timer = setTimeout(() => finish(run, { kind: "timeout" }), m.limitMs);
    w.worker.postMessage({ id: m.id, source: m.source });
    reply({ type: "started", runId: m.runId });
  };
  if (w.loaded) start();
  else w.onload = start;
});
reply({ type: "ready" });
`;

/** The iframe's whole document. Example: `iframe.srcdoc = FRAME_HTML`. */
export const FRAME_HTML = `<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${CSP}"><title>Exercise sandbox</title></head><body><script>${FRAME_SCRIPT}</script></body></html>`;
