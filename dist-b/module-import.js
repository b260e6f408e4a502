/**
 * import() of a user's module (a `--format ./my-formatter.js` file). The bundled command line
 * runs through node:vm (bin/talklint.js, for V8's code cache), where import() cannot be used
 * without an experimental flag; bin/ hands in its own import() with setModuleImporter.
 */
let importer = (url) => import(url);
export function setModuleImporter(fn) {
    importer = fn;
}
export function importModule(url) {
    return importer(url);
}
