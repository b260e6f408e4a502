import { type WorkerInit } from './run-files.js';
import type { FileResult } from '../types.js';
export type MainToWorker = {
    type: 'init';
    init: WorkerInit;
} | {
    type: 'batch';
    id: number;
    files: Array<[number, string]>;
} | {
    type: 'close';
};
export type WorkerToMain = {
    type: 'ready';
} | {
    type: 'setup-failed';
    message: string;
} | {
    type: 'results';
    id: number;
    results: Array<[number, FileResult]>;
};
