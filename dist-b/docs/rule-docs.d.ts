import type { PackDef } from '../packs/definition.js';
export declare const RULE_DOCS_DIR = "docs/rules";
/** Relative path → Markdown, for the index and one page per pack. */
export declare function generateRuleDocs(packs: readonly PackDef[]): Map<string, string>;
/** GitHub's heading anchor for a rule id: `ru/no-dont-know` → `runo-dont-know`. */
export declare function anchor(id: string): string;
