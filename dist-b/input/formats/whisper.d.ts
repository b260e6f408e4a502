import type { InputFormat } from '../index.js';
export declare const whisper: InputFormat;
