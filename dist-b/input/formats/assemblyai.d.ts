import type { InputFormat } from '../index.js';
export declare const assemblyai: InputFormat;
