import type { InputFormat } from '../index.js';
export declare const jsonRecords: InputFormat;
