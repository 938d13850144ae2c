/**
 * The first code a sandboxed child runs (see sandbox.ts for the process around it and runner.ts
 * for what comes next). It reads its job from stdin, evaluates the exercise's runner script and
 * hands it capabilities: closures over fs, vm and util that write the result line to file
 * descriptor 3, compile the submission without eval, print its console output, and exit.
 */

/**
 * The child's boot script, run as `node -e` before anything else. It is wrapped in a function so
 * that its constants are not script-scope bindings the submission could name, and it keeps the
 * only references to fs, vm and util: runner.ts receives capabilities, never the modules. Node
 * objects the capabilities use (Buffer) are captured here, before the runner removes their globals.
 * Example: `spawn(process.execPath, ['--permission', '-e', BOOT], ...)`.
 */
export const BOOT = `(() => {
  'use strict';
  const fs = require('node:fs');
  const vm = require('node:vm');
  const format = require('node:util').format;
  const writeSync = fs.writeSync;
  const Bytes = Buffer;
  const bytes = Buffer.from;
  const exit = process.exit.bind(process);
  const write = (fd, text) => {
    const b = bytes.call(Bytes, text, 'utf8');
    for (let o = 0; o < b.length; ) {
      try {
        o += writeSync(fd, b, o, b.length - o);
      } catch (e) {
        if (e.code !== 'EAGAIN') throw e;
      }
    }
  };
  const input = JSON.parse(fs.readFileSync(0, 'utf8'));
  const start = vm.runInThisContext(input.runner, { filename: 'nonlinear-runner.js' })();
  start({ nonce: input.nonce, code: input.code, includeHidden: input.includeHidden }, {
    report: (line) => write(3, line + '\\n'),
    compile: (code) => vm.compileFunction(code, ['exports', 'module', 'require'], { filename: 'submission.js' }),
    exit,
    print: (fd, text) => write(fd === 2 ? 2 : 1, String(text)),
    format,
  });
})();`;
