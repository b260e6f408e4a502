/** The rule types talklint knows. A new type is one file here plus one line below. */
import { forbidden } from './forbidden.js';
import { limit } from './limit.js';
import { required } from './required.js';
import { sequence } from './sequence.js';
import { conditional } from './conditional.js';
export const RULE_KINDS = new Map([forbidden, required, limit, sequence, conditional].map((k) => [k.type, k]));
