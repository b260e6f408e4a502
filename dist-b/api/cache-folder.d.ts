export declare function cacheDir(): string;
/**
 * Whether `dir` is a folder of this user's that nobody else may write to, created (mode 700)
 * when missing. A cache is only used there: in a shared temp folder, an entry planted by someone
 * else would change the rules of this user's runs (pack cache) or be code run as this user (code
 * cache). False where POSIX user ids do not exist: no cache there.
 */
export declare function ownFolder(dir: string): boolean;
