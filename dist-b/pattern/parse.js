/**
 * Parser for the phrase-pattern language. Errors carry the 0-based index in the pattern string
 * so that the pack loader can point at the exact column in the YAML file.
 */
import { normalize } from '../text/normalize.js';
import { ANONYMOUS_SLOT, DEFAULT_GAP, DEFAULT_SLOT_MAX, } from './ast.js';
import { MORPH_MIN_LENGTH } from '../text/morphology.js';
export class PatternSyntaxError extends Error {
    index;
    constructor(message, index) {
        super(message);
        this.index = index;
    }
}
const HAN = /\p{Script=Han}/u;
const WORD_CHAR = /[\p{L}\p{N}\p{M}'\-]/u;
const IGNORED_PUNCT = /[,.!?;:"«»“”„、，。！？；：…—–]/u;
class Parser {
    source;
    i = 0;
    /** Where the last gap ("...") of the pattern starts. */
    lastGapAt = 0;
    s;
    constructor(source) {
        this.source = source;
        // Same length as the source, so indices stay valid for error positions.
        this.s = normalize(source);
    }
    parse() {
        this.skipSpace();
        let anchored = false;
        if (this.s[this.i] === '^') {
            anchored = true;
            this.i++;
        }
        const nodes = this.sequence(new Set());
        if (this.i < this.s.length)
            throw new PatternSyntaxError(`unexpected "${this.s[this.i]}"`, this.i);
        validateSequence(nodes, 0);
        if (nodes.length === 0)
            throw new PatternSyntaxError('empty pattern', 0);
        if (!canMatchSomething(nodes))
            throw new PatternSyntaxError('pattern has only optional parts and could match nothing', 0);
        if (!startsWithWord(nodes))
            throw new PatternSyntaxError('a pattern must start with a word, not a gap or a slot', 0);
        const last = nodes[nodes.length - 1];
        if (last.kind === 'gap')
            throw new PatternSyntaxError('a pattern cannot end with a gap', this.lastGapAt);
        return { source: this.source, anchored, nodes };
    }
    skipSpace() {
        while (this.i < this.s.length && (/\s/u.test(this.s[this.i]) || IGNORED_PUNCT.test(this.s[this.i]))) {
            // "..." is a gap, not punctuation
            if (this.s.startsWith('...', this.i) || this.s[this.i] === '…')
                return;
            this.i++;
        }
    }
    sequence(closers) {
        const out = [];
        for (;;) {
            this.skipSpace();
            const ch = this.s[this.i];
            if (ch === undefined || closers.has(ch))
                return out;
            const at = this.i;
            const nodes = this.element();
            // Checked here, where the column of the offending part is known.
            const prev = out[out.length - 1]?.kind;
            if (nodes[0]?.kind === 'gap') {
                if (prev === 'gap')
                    throw new PatternSyntaxError('two gaps in a row: write one gap "...N"', at);
                if (prev === 'slot')
                    throw new PatternSyntaxError('a slot cannot be followed by a gap', at);
                this.lastGapAt = at;
            }
            out.push(...nodes);
        }
    }
    element() {
        const start = this.i;
        const ch = this.s[this.i];
        if (ch === '[') {
            this.i++;
            // [a b] is an optional phrase; [a|b c] optional alternatives, short for [(a|b c)].
            const options = [];
            for (;;) {
                const seq = this.sequence(new Set([']', '|']));
                if (seq.length === 0)
                    throw new PatternSyntaxError(options.length === 0 && this.s[this.i] !== '|' ? 'empty optional group "[]"' : 'empty alternative in "[ | ]"', this.i);
                options.push(seq);
                if (this.s[this.i] === '|') {
                    this.i++;
                    continue;
                }
                this.expect(']', start, 'unclosed "[": optional words are written [like this] or [this|that]');
                break;
            }
            return [{ kind: 'optional', seq: options.length === 1 ? options[0] : [{ kind: 'alt', options }] }];
        }
        if (ch === '(') {
            this.i++;
            const options = [];
            for (;;) {
                const seq = this.sequence(new Set(['|', ')']));
                if (seq.length === 0)
                    throw new PatternSyntaxError('empty alternative in "( | )"', this.i);
                options.push(seq);
                if (this.s[this.i] === '|') {
                    this.i++;
                    continue;
                }
                this.expect(')', start, 'unclosed "(": alternatives are written (one|two words)');
                break;
            }
            return [{ kind: 'alt', options }];
        }
        if (ch === '$') {
            const m = /^\$\{([a-z_][a-z0-9_]*)\}/u.exec(this.s.slice(this.i));
            if (!m)
                throw new PatternSyntaxError('a variable is written ${name} (letters, digits, _)', start);
            this.i += m[0].length;
            return [{ kind: 'var', name: m[1] }];
        }
        if (ch === '{') {
            const m = /^\{\s*(?:…|\.\.\.|([\p{L}_][\p{L}\p{N}_]*))\s*(?::\s*(\d+))?\s*\}/u.exec(this.s.slice(this.i));
            if (!m)
                throw new PatternSyntaxError('a slot is written {…} or {name} (optionally {name:N} for at most N words)', start);
            this.i += m[0].length;
            const max = m[2] !== undefined ? Number(m[2]) : DEFAULT_SLOT_MAX;
            if (max < 1)
                throw new PatternSyntaxError('a slot must allow at least one word', start);
            return [{ kind: 'slot', name: m[1] ?? ANONYMOUS_SLOT, max }];
        }
        if (this.s.startsWith('...', this.i) || ch === '…') {
            this.i += ch === '…' ? 1 : 3;
            const m = /^\d+/u.exec(this.s.slice(this.i));
            let max = DEFAULT_GAP;
            if (m) {
                max = Number(m[0]);
                this.i += m[0].length;
            }
            if (max < 1)
                throw new PatternSyntaxError('a gap must allow at least one word', start);
            return [{ kind: 'gap', max }];
        }
        if (ch === ']' || ch === ')' || ch === '|' || ch === '}')
            throw new PatternSyntaxError(`unmatched "${ch}"`, start);
        if (ch === '^')
            throw new PatternSyntaxError('"^" (start of sentence) is only allowed at the start of a pattern', start);
        let mode = null;
        if (ch === '=') {
            mode = 'exact';
            this.i++;
        }
        if (HAN.test(this.s[this.i] ?? '')) {
            // Chinese: every character is a word of its own; '=' and '*' make no sense there.
            const words = [];
            while (this.i < this.s.length && HAN.test(this.s[this.i])) {
                words.push({ kind: 'word', mode: 'exact', text: this.s[this.i] });
                this.i++;
            }
            return words;
        }
        const wordStart = this.i;
        while (this.i < this.s.length && WORD_CHAR.test(this.s[this.i]) && !HAN.test(this.s[this.i]))
            this.i++;
        if (this.i === wordStart)
            throw new PatternSyntaxError(`unexpected "${this.s[this.i] ?? ''}"`, this.i);
        const text = this.s.slice(wordStart, this.i).replace(/'/g, '').replace(/^-+|-+$/g, '');
        if (text === '')
            throw new PatternSyntaxError('a word needs letters or digits', wordStart);
        if (this.s[this.i] === '*') {
            if (mode === 'exact')
                throw new PatternSyntaxError('"=" (exact) and "*" (prefix) cannot be combined', start);
            this.i++;
            mode = 'prefix';
        }
        if (mode === null)
            mode = [...text].length >= MORPH_MIN_LENGTH ? 'morph' : 'exact';
        return [{ kind: 'word', mode, text }];
    }
    expect(ch, openedAt, message) {
        if (this.s[this.i] !== ch)
            throw new PatternSyntaxError(message, openedAt);
        this.i++;
    }
}
function validateSequence(nodes, depth) {
    for (let k = 0; k < nodes.length; k++) {
        const n = nodes[k];
        const next = nodes[k + 1];
        if (n.kind === 'gap' && next?.kind === 'gap')
            throw new PatternSyntaxError('two gaps in a row: write one gap "...N"', 0);
        if (n.kind === 'slot' && next?.kind === 'gap')
            throw new PatternSyntaxError('a slot cannot be followed by a gap', 0);
        if (n.kind === 'optional')
            validateSequence(n.seq, depth + 1);
        if (n.kind === 'alt')
            for (const o of n.options)
                validateSequence(o, depth + 1);
    }
}
/** True when every way of matching `nodes` starts with a word (so the matcher can index it). */
function startsWithWord(nodes) {
    const [first, ...rest] = nodes;
    if (first === undefined)
        return false;
    switch (first.kind) {
        case 'word':
        case 'var':
            return true;
        case 'alt':
            return first.options.every(startsWithWord);
        case 'optional':
            return startsWithWord(first.seq) && startsWithWord(rest);
        default:
            return false;
    }
}
function canMatchSomething(nodes) {
    return nodes.some((n) => n.kind !== 'optional' && (n.kind !== 'alt' || n.options.every(canMatchSomething)));
}
export function parsePattern(source) {
    return new Parser(source).parse();
}
/** Slot names used by a pattern. */
export function slotNames(nodes, out = new Set()) {
    for (const n of nodes) {
        if (n.kind === 'slot')
            out.add(n.name);
        else if (n.kind === 'optional')
            slotNames(n.seq, out);
        else if (n.kind === 'alt')
            for (const o of n.options)
                slotNames(o, out);
    }
    return out;
}
