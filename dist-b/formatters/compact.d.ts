/**
 * ESLint's `compact` format, one finding per line:
 *   path: line L, col C, Error - message (rule-id)
 * then a blank line and "N problems". Severities are Error, Warning and Info (talklint's third
 * level); a file that could not be read is an Error without a rule id. Messages are kept on one line.
 */
import type { Formatter } from './index.js';
export declare const compact: Formatter;
