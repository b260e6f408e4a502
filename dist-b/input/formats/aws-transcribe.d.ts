import type { InputFormat } from '../index.js';
export declare const awsTranscribe: InputFormat;
