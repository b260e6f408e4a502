type Iconv = typeof import('iconv-lite');
type Chardet = typeof import('chardet');
type WriteFileAtomic = typeof import('write-file-atomic');
type Levenshtein = (typeof import('natural/lib/natural/distance/levenshtein_distance.js'))['default'];
/** iconv-lite. */
export declare function iconv(): Iconv;
/** chardet. */
export declare function chardet(): Chardet;
/**
 * write-file-atomic (and signal-exit, which it loads): only a run that writes a cache, a
 * baseline or a fix needs it (~2.5 ms of each start otherwise).
 */
export declare function writeFileAtomic(): WriteFileAtomic;
/** natural's Levenshtein distance (and underscore, which it loads: ~3.5 ms of a start): for "did you mean" in a YAML error only. */
export declare function levenshtein(): Levenshtein['LevenshteinDistance'];
export {};
