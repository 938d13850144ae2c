/**
 * The page's side of the sandbox: one hidden `<iframe sandbox="allow-scripts">` (opaque origin)
 * per page, made on the first run, that starts a fresh worker for each run and stops it after
 * `limitMs` (src/exercises/sandbox-frame.ts). The page keeps its own watchdog: a frame that has not
 * answered within `watchdogMs` is removed (which ends its worker) and a new one made for the next
 * run. Runs are queued, one at a time. Answers are passed on as untrusted data (see result.ts).
 */
import { FRAME_HTML } from './sandbox-frame';

/** What a run ended with. `data` is whatever the worker posted: check it before use. */
export type SandboxAnswer = { kind: 'result'; data: unknown } | { kind: 'timeout' } | { kind: 'crash'; reason: string };

export interface SandboxOptions {
  /** URL of the bundled grader worker (same origin; fetched once). */
  workerUrl: string;
  /** Time limit for one run, enforced by terminating the worker. Default 2000 ms. */
  limitMs?: number;
  /** How long the page waits for an answer once the frame has started the run, before giving up on the frame. Default 4000 ms. */
  watchdogMs?: number;
  /** How long the page waits for the frame to start a run (making the frame and the worker, loading the grader). Default 20000 ms. */
  startMs?: number;
}

export interface Sandbox {
  /** Loads the grader and starts a worker ahead of the first run (when the reader reaches an exercise). */
  prepare(): void;
  /** Grades `source` for exercise `id`. Never rejects: failures come back as `crash`. */
  run(id: string, source: string): Promise<SandboxAnswer>;
}

interface Frame {
  iframe: HTMLIFrameElement;
  ready: Promise<void>;
}

/**
 * Creates the sandbox of this page (one is enough for every exercise on it).
 * Example: `await createSandbox({ workerUrl }).run('relu', code)` is `{ kind: 'result', data: … }`.
 */
export function createSandbox({ workerUrl, limitMs = 2000, watchdogMs = 4000, startMs = 20_000 }: SandboxOptions): Sandbox {
  let workerSource: Promise<string> | null = null;
  let frame: Frame | null = null;
  let queue: Promise<unknown> = Promise.resolve();
  let nextRunId = 1;
  const waiting = new Map<number, (answer: SandboxAnswer) => void>();
  const starting = new Map<number, () => void>();
  let onReady: (() => void) | null = null;

  window.addEventListener('message', (event) => {
    if (!frame || event.source !== frame.iframe.contentWindow) return;
    const m = event.data as { type?: unknown; runId?: unknown; kind?: unknown; data?: unknown; reason?: unknown } | null;
    if (!m || typeof m !== 'object') return;
    if (m.type === 'ready') onReady?.();
    if (m.type === 'started' && typeof m.runId === 'number') starting.get(m.runId)?.();
    if (m.type !== 'answer' || typeof m.runId !== 'number') return;
    const resolve = waiting.get(m.runId);
    if (!resolve) return;
    waiting.delete(m.runId);
    if (m.kind === 'result') resolve({ kind: 'result', data: m.data });
    else if (m.kind === 'timeout') resolve({ kind: 'timeout' });
    else resolve({ kind: 'crash', reason: typeof m.reason === 'string' ? m.reason.slice(0, 300) : 'the sandbox failed' });
  });

  const loadWorker = (): Promise<string> => {
    workerSource ??= fetch(workerUrl).then((r) => {
      if (!r.ok) throw new Error(`HTTP ${r.status}`);
      return r.text();
    });
    workerSource.catch(() => (workerSource = null)); // the next run tries again
    return workerSource;
  };

  const makeFrame = (): Frame => {
    const iframe = document.createElement('iframe');
    iframe.setAttribute('sandbox', 'allow-scripts');
    iframe.title = 'Sandbox that runs exercise code';
    iframe.hidden = true;
    iframe.tabIndex = -1;
    iframe.setAttribute('aria-hidden', 'true');
    const ready = new Promise<void>((resolve) => (onReady = resolve));
    iframe.srcdoc = FRAME_HTML;
    document.body.append(iframe);
    return { iframe, ready };
  };

  const dropFrame = (): void => {
    frame?.iframe.remove();
    frame = null;
  };

  const runOne = async (id: string, source: string): Promise<SandboxAnswer> => {
    let text: string;
    try {
      text = await loadWorker();
    } catch (e) {
      return { kind: 'crash', reason: `the grader could not be loaded (${String(e)}); check the connection and try again` };
    }
    frame ??= makeFrame();
    const current = frame;
    const runId = nextRunId++;
    return new Promise<SandboxAnswer>((resolve) => {
      const giveUp = (): void => {
        waiting.delete(runId);
        starting.delete(runId);
        if (frame === current) dropFrame();
        resolve({ kind: 'crash', reason: 'the sandbox stopped answering, so it was restarted' });
      };
      let timer = setTimeout(giveUp, startMs);
      starting.set(runId, () => {
        starting.delete(runId);
        clearTimeout(timer);
        timer = setTimeout(giveUp, watchdogMs);
      });
      waiting.set(runId, (answer) => {
        starting.delete(runId);
        clearTimeout(timer);
        resolve(answer);
      });
      void current.ready.then(() => {
        current.iframe.contentWindow?.postMessage({ type: 'run', runId, workerSource: text, id, source, limitMs }, '*');
      });
    });
  };

  return {
    prepare() {
      void loadWorker()
        .then((text) => {
          frame ??= makeFrame();
          const current = frame;
          return current.ready.then(() => current.iframe.contentWindow?.postMessage({ type: 'prepare', workerSource: text }, '*'));
        })
        .catch(() => undefined); // the first run reports the failure
    },
    run(id, source) {
      const next = queue.then(() => runOne(id, source));
      queue = next.catch(() => undefined);
      return next;
    },
  };
}
