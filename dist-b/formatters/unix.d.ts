/**
 * ESLint's `unix` format, like compilers print: `path:line:col: message [Error/rule-id]`, then a
 * blank line and "N problems". Severities are Error, Warning and Info; a file that could not be
 * read is `[Error]` without a rule id. Messages are kept on one line.
 */
import type { Formatter } from './index.js';
export declare const unix: Formatter;
