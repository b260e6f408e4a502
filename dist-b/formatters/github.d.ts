import type { Formatter } from './index.js';
/** Escapes a command's message (the part after `::`). */
export declare function escapeData(text: string): string;
/** Escapes a command property value (file, title). */
export declare function escapeProperty(text: string): string;
export declare function githubCommand(command: string, props: ReadonlyArray<[string, string | number]>, message: string): string;
export declare const github: Formatter;
