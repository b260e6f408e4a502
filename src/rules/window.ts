/**
 * Windows of a call by position: the first or last N turns of the rule's speaker. Shared by the
 * rule types that look for something "in the first two agent turns" or "in the last two".
 */
import { isMap, isScalar, type Node } from 'yaml';
import type { AnalyzedTurn } from '../engine/call-context.js';
import { MapReader, describe } from '../packs/yaml-reader.js';

export interface TurnWindow {
  first?: number;
  last?: number;
}

export function readWindow(rule: MapReader, key = 'within'): TurnWindow | undefined {
  const node = rule.value(key) as Node | null | undefined;
  if (node === undefined) return undefined;
  if (!isMap(node)) {
    rule.y.error(node ?? rule.keyNode(key), `"${key}" in ${rule.where} must be a mapping such as {first: 2} or {last: 2}, found ${describe(node)}`);
    return undefined;
  }
  const r = new MapReader(rule.y, node, `"${key}" of ${rule.where}`, ['first', 'last']);
  const first = r.integer('first', { min: 1 });
  const last = r.integer('last', { min: 1 });
  if (first !== undefined && last !== undefined) {
    rule.y.error(node, `"${key}" in ${rule.where} takes "first" or "last", not both`);
    return undefined;
  }
  if (first === undefined && last === undefined) {
    if (!node.items.some((p) => isScalar(p.key) && (p.key.value === 'first' || p.key.value === 'last'))) {
      rule.y.error(node, `"${key}" in ${rule.where} needs "first: N" or "last: N"`);
    }
    return undefined;
  }
  return first !== undefined ? { first } : { last: last as number };
}

export function applyWindow(turns: AnalyzedTurn[], window: TurnWindow | undefined): AnalyzedTurn[] {
  if (!window) return turns;
  if (window.first !== undefined) return turns.slice(0, window.first);
  if (window.last !== undefined) return turns.slice(Math.max(0, turns.length - window.last));
  return turns;
}

export function describeWindow(window: TurnWindow | undefined): string {
  if (!window) return 'the call';
  if (window.first !== undefined) return window.first === 1 ? 'the first turn' : `the first ${window.first} turns`;
  return window.last === 1 ? 'the last turn' : `the last ${window.last} turns`;
}
