/** Extensions read when a directory is walked. */
export declare const LINTABLE_EXTENSIONS: readonly ["txt", "md", "markdown", "json", "jsonl", "ndjson", "csv", "tsv", "srt", "vtt"];
export declare const IGNORE_FILE = ".talklintignore";
export interface CollectOptions {
    cwd: string;
    /** Extra gitignore-style patterns (the config's `ignorePatterns`). */
    ignorePatterns?: readonly string[];
}
export interface CollectResult {
    /** Absolute paths, sorted. */
    files: string[];
    /** Arguments that matched nothing (a usage error for the CLI). */
    unmatched: string[];
}
export declare function collectFiles(args: readonly string[], opts: CollectOptions): Promise<CollectResult>;
