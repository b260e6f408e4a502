export declare function makeFolder(dir: string): void;
