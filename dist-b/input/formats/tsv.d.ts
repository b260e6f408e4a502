/** Tab-separated values: the CSV reader (csv.ts) with the tab delimiter. */
import type { InputFormat } from '../index.js';
export declare const tsv: InputFormat;
