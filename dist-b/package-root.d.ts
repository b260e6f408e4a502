/** The package's root folder. */
export declare const PACKAGE_ROOT: string;
/** The package's version (package.json). */
export declare const PACKAGE_VERSION: string;
