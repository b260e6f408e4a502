/** talklint's version, read once from its package.json. */
import { PACKAGE_VERSION } from './package-root.js';
export const VERSION = PACKAGE_VERSION;
