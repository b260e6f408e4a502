/**
 * A lint worker thread (see run-files.ts). It rebuilds the setup once from the plain-data
 * SetupOptions it is given, then lints the batches of files it is sent and posts the results
 * back, one message per batch. It never decides anything about the run: ordering, crashes and
 * exit codes are the main thread's business.
 *
 * Protocol (all plain data):
 *   main → worker  {type:'init', init: WorkerInit}           once, first
 *   worker → main  {type:'ready'} | {type:'setup-failed', message}
 *   main → worker  {type:'batch', id, tasks: [index, Task][]}   (Task: a file, or a range of a large export)
 *   worker → main  {type:'results', id, results: [index, TaskResult, ReadStamp?][]}  (ReadStamp: init.readStamps)
 *   main → worker  {type:'close'}                            the worker exits
 */
import { parentPort } from 'node:worker_threads';
import type { ReadStamp } from './read-stamp.js';
import { emptyTimes, hasTimes, type LintTimes } from '../engine/timing.js';
import { lintTask, TaskTimer, type Task, type TaskResult, type WorkerInit } from './run-files.js';
import { setup, type Setup } from './setup.js';

export type MainToWorker = { type: 'init'; init: WorkerInit } | { type: 'batch'; id: number; tasks: Array<[number, Task]> } | { type: 'close' };
export type WorkerToMain =
  | { type: 'ready' }
  | { type: 'setup-failed'; message: string }
  | { type: 'results'; id: number; results: Array<[number, TaskResult] | [number, TaskResult, ReadStamp]>; timing?: LintTimes };

const port = parentPort;
const EXIT_ON = process.env.TALKLINT_TEST_WORKER_EXIT_ON;
if (port !== null) {
  let init: WorkerInit | null = null;
  let s: Setup | null = null;
  let timer: TaskTimer | undefined;
  const post = (m: WorkerToMain): void => port.postMessage(m);
  port.on('message', (msg: MainToWorker) => {
    if (msg.type === 'init') {
      init = msg.init;
      const built = setup(init.setupOptions);
      if (!built.ok) {
        post({ type: 'setup-failed', message: built.errors.map((e) => `${e.file}:${e.line}:${e.column}: ${e.message}`).join('\n') });
        return;
      }
      s = built;
      if (init.timing === true) timer = new TaskTimer();
      post({ type: 'ready' });
    } else if (msg.type === 'batch') {
      if (s === null || init === null) throw new Error('talklint worker: a batch arrived before a successful init');
      const results: Array<[number, TaskResult] | [number, TaskResult, ReadStamp]> = [];
      for (const [index, task] of msg.tasks) {
        // Test seam (test/throughput): end this thread abruptly, as a crash would, on this file.
        if (EXIT_ON !== undefined && EXIT_ON !== '' && task[1].endsWith(EXIT_ON)) process.exit(70);
        let read: ReadStamp | undefined;
        const result = lintTask(s, task, init, false, (x) => (read = x), timer);
        results.push(read === undefined ? [index, result] : [index, result, read]);
      }
      // The batch's times go with its results (posting copies them), and the sink starts again.
      if (timer !== undefined && hasTimes(timer.times)) {
        post({ type: 'results', id: msg.id, results, timing: timer.times });
        Object.assign(timer.times, emptyTimes());
      } else post({ type: 'results', id: msg.id, results });
    } else {
      port.close();
    }
  });
}
