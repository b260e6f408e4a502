/**
 * A lint worker thread (see run-files.ts). It rebuilds the setup once from the plain-data
 * SetupOptions it is given, then lints the batches of files it is sent and posts the results
 * back, one message per batch. It never decides anything about the run: ordering, crashes and
 * exit codes are the main thread's business.
 *
 * Protocol (all plain data):
 *   main → worker  {type:'init', init: WorkerInit}           once, first
 *   worker → main  {type:'ready'} | {type:'setup-failed', message}
 *   main → worker  {type:'batch', id, files: [index, path][]}
 *   worker → main  {type:'results', id, results: [index, FileResult][]}
 *   main → worker  {type:'close'}                            the worker exits
 */
import { parentPort } from 'node:worker_threads';
import { lintOne } from './run-files.js';
import { setup } from './setup.js';
const port = parentPort;
const EXIT_ON = process.env.TALKLINT_TEST_WORKER_EXIT_ON;
if (port !== null) {
    let init = null;
    let s = null;
    const post = (m) => port.postMessage(m);
    port.on('message', (msg) => {
        if (msg.type === 'init') {
            init = msg.init;
            const built = setup(init.setupOptions);
            if (!built.ok) {
                post({ type: 'setup-failed', message: built.errors.map((e) => `${e.file}:${e.line}:${e.column}: ${e.message}`).join('\n') });
                return;
            }
            s = built;
            post({ type: 'ready' });
        }
        else if (msg.type === 'batch') {
            if (s === null || init === null)
                throw new Error('talklint worker: a batch arrived before a successful init');
            const results = [];
            for (const [index, path] of msg.files) {
                // Test seam (test/throughput): end this thread abruptly, as a crash would, on this file.
                if (EXIT_ON !== undefined && EXIT_ON !== '' && path.endsWith(EXIT_ON))
                    process.exit(70);
                results.push([index, lintOne(s, path, init, false)]);
            }
            post({ type: 'results', id: msg.id, results });
        }
        else {
            port.close();
        }
    });
}
