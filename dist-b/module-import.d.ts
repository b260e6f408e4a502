export declare function setModuleImporter(fn: (url: string) => Promise<unknown>): void;
export declare function importModule(url: string): Promise<unknown>;
