import type { Formatter } from './index.js';
export declare const junit: Formatter;
