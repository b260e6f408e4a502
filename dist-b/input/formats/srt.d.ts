import type { InputFormat } from '../index.js';
export declare const srt: InputFormat;
