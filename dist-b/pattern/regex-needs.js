const NOTHING = { literal: '', digit: false };
const DIGIT = /[0-9]/;
/** `flags` are the RegExp's: with `i`, the literal is not used (its case may differ). */
export function regexNeeds(source, flags) {
    let literal = '';
    let run = '';
    let digit = false;
    const endRun = () => {
        if (run.length > literal.length)
            literal = run;
        run = '';
    };
    let i = 0;
    const n = source.length;
    while (i < n) {
        const ch = source[i];
        // One atom: its kind, and where it ends.
        let kind = 'other';
        let char = '';
        if (ch === '|')
            return NOTHING;
        if (ch === '\\') {
            const next = source[i + 1] ?? '';
            if (next === 'd') {
                kind = 'digit';
                i += 2;
            }
            else if (next === 'b' || next === 'B') {
                kind = 'assertion';
                i += 2;
            }
            else if ((next === 'p' || next === 'P' || next === 'u') && source[i + 2] === '{') {
                i = closing(source, i + 2, '}');
            }
            else if (next === 'k' && source[i + 2] === '<') {
                i = closing(source, i + 2, '>');
            }
            else if (next === 'u') {
                i += 6;
            }
            else if (next === 'x') {
                i += 4;
            }
            else if (next === 'c') {
                i += 3;
            }
            else if (/[^A-Za-z0-9]/.test(next) && next !== '') {
                kind = 'char'; // an escaped symbol stands for itself: \. \? \( \\
                char = next;
                i += 2;
            }
            else {
                i += 2; // \s \w \n \1 … : a class, a control character or a back-reference
            }
        }
        else if (ch === '[') {
            i = classEnd(source, i);
        }
        else if (ch === '(') {
            const end = groupEnd(source, i);
            if (end < 0)
                return NOTHING;
            // A lookaround matches no characters; a group is "anything" (quantified like an atom).
            kind = /^\(\?(?:[=!]|<[=!])/.test(source.slice(i, i + 4)) ? 'assertion' : 'other';
            i = end;
        }
        else if (ch === '^' || ch === '$') {
            kind = 'assertion';
            i++;
        }
        else if (ch === '.' || ch === ')' || ch === ']' || ch === '{' || ch === '}' || ch === '?' || ch === '*' || ch === '+') {
            if (ch === ')')
                return NOTHING; // unbalanced: not a source this reads
            i++;
        }
        else {
            kind = 'char';
            char = ch;
            i++;
            // A surrogate pair is one character with the u flag.
            const c = ch.charCodeAt(0);
            if (c >= 0xd800 && c <= 0xdbff && i < n) {
                char += source[i];
                i++;
            }
        }
        // Its quantifier, if any: the least number of times it must occur.
        let min = 1;
        let quantified = false;
        const q = source[i];
        if (q === '?' || q === '*') {
            min = 0;
            quantified = true;
            i++;
        }
        else if (q === '+') {
            quantified = true;
            i++;
        }
        else if (q === '{') {
            const m = /^\{(\d+)(,\d*)?\}/.exec(source.slice(i));
            if (m) {
                min = Number(m[1]);
                quantified = true;
                i += m[0].length;
            }
        }
        if (quantified && source[i] === '?')
            i++; // lazy
        if (kind === 'assertion')
            continue; // matches no characters: does not break a literal run
        if (min === 0) {
            endRun();
            continue;
        }
        if (kind === 'digit' || (kind === 'char' && DIGIT.test(char)))
            digit = true;
        if (kind === 'char') {
            run += char;
            if (quantified)
                endRun();
        }
        else
            endRun();
    }
    endRun();
    return { literal: flags.includes('i') ? '' : literal, digit };
}
/** Index after the `close` that ends what starts at `open` (or the end of the source). */
function closing(source, open, close) {
    const k = source.indexOf(close, open);
    return k < 0 ? source.length : k + 1;
}
/** Index after the `]` that closes the class starting at `start` (escapes and nested classes of the v flag skipped). */
function classEnd(source, start) {
    let depth = 0;
    for (let k = start; k < source.length; k++) {
        const c = source[k];
        if (c === '\\')
            k++;
        else if (c === '[')
            depth++;
        else if (c === ']' && --depth === 0)
            return k + 1;
    }
    return source.length;
}
/** Index after the `)` that closes the group starting at `start`, or -1 when it is not closed. */
function groupEnd(source, start) {
    let depth = 0;
    for (let k = start; k < source.length; k++) {
        const c = source[k];
        if (c === '\\')
            k++;
        else if (c === '[')
            k = classEnd(source, k) - 1;
        else if (c === '(')
            depth++;
        else if (c === ')' && --depth === 0)
            return k + 1;
    }
    return -1;
}
