/**
 * JSON with source positions. `JSON.parse` builds the data; a small validating scanner walks the
 * same text once to record where every string and container starts (a tree mirroring the JSON, so
 * `results/items/3/alternatives/0/content` is found by walking), and to report syntax errors with
 * an exact offset (V8's messages do not always carry one).
 *
 * A string "stands verbatim" when its source has no escape sequences: then its decoded value is
 * exactly the characters between the quotes, and offsets inside it map 1:1 to the file.
 */
import { TranscriptError } from './errors.js';
import { jsonStringMap } from './source-map.js';
class JsonSyntaxError extends Error {
    offset;
    related;
    constructor(offset, message, 
    /** Another place the message refers to as `{related}` (where an unclosed bracket opened). */
    related) {
        super(message);
        this.offset = offset;
        this.related = related;
    }
}
export class JsonDoc {
    value;
    root;
    text;
    base;
    constructor(value, root, text, base) {
        this.value = value;
        this.root = root;
        this.text = text;
        this.base = base;
    }
    /**
     * Parses `text` (which starts at offset `base` of the file, for JSON Lines); throws a
     * TranscriptError located through `lines` (the whole file's LineIndex, made only on error).
     * `parsed` is the value when the caller already has it from JSON.parse (positions are still
     * scanned).
     */
    static parse(text, lines, base = 0, parsed) {
        let root;
        try {
            root = new Scanner(text, base).document();
        }
        catch (e) {
            if (e instanceof JsonSyntaxError) {
                const index = typeof lines === 'function' ? lines() : lines;
                let message = e.message;
                if (e.related !== undefined) {
                    const { line, column } = index.locate(e.related);
                    message = message.replace('{related}', `line ${line}, column ${column}`);
                }
                throw TranscriptError.at(index, e.offset, `invalid JSON: ${message}`);
            }
            throw e;
        }
        if (parsed)
            return new JsonDoc(parsed.value, root, text, base);
        let value;
        try {
            value = JSON.parse(text);
        }
        catch (e) {
            // The scanner accepted what JSON.parse refused: should not happen; report without a place.
            throw TranscriptError.at(typeof lines === 'function' ? lines() : lines, base, `invalid JSON: ${e.message}`);
        }
        return new JsonDoc(value, root, text, base);
    }
    find(path) {
        let loc = this.root;
        for (const key of path) {
            if (!loc)
                return undefined;
            loc = childOf(loc, key);
        }
        return loc ?? undefined;
    }
    /** Offset of the string or container at `path` (its first character), if it exists. */
    offsetOf(path) {
        return this.find(path)?.start;
    }
    /**
     * Where the string at `path` stands: the offset of its first character inside the quotes when
     * the source has no escapes, else null.
     */
    stringOffset(path) {
        return verbatimStart(this.find(path));
    }
    /** For a string with escapes: where each of its decoded characters stands; otherwise undefined. */
    stringMap(path) {
        return this.mapOf(this.find(path));
    }
    /**
     * The members of the object at `path` as offsetOf / stringOffset / stringMap of `[...path, key]`
     * give them, the path walked once (a record's fields are read this way, a turn at a time).
     */
    membersOf(path) {
        const loc = this.find(path);
        return {
            offset: loc?.start,
            member: (key) => {
                const m = loc ? childOf(loc, key) : undefined;
                return { offset: m?.start, stringOffset: verbatimStart(m), map: this.mapOf(m) };
            },
        };
    }
    mapOf(loc) {
        if (!loc || !loc.string || !loc.escaped)
            return undefined;
        const raw = this.text.slice(loc.start + 1 - this.base, loc.end - 1 - this.base);
        return jsonStringMap(raw, loc.start + 1);
    }
}
function childOf(loc, key) {
    const children = loc.children;
    if (!children)
        return undefined;
    return Array.isArray(children) ? (typeof key === 'number' ? children[key] : undefined) : children.get(String(key));
}
function verbatimStart(loc) {
    if (!loc || !loc.string || loc.escaped)
        return null;
    return loc.start + 1;
}
// A run of string characters that need no attention (no quote, backslash or control character).
const PLAIN_RUN = /[^"\\\u0000-\u001f]*/y;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
class Scanner {
    text;
    base;
    i = 0;
    constructor(text, base) {
        this.text = text;
        this.base = base;
    }
    document() {
        this.ws();
        if (this.i >= this.text.length)
            this.fail('the file is empty');
        const root = this.value();
        this.ws();
        if (this.i < this.text.length)
            this.fail(`unexpected ${this.describe()} after the end of the JSON value`);
        return root;
    }
    fail(message, at = this.i, related) {
        throw new JsonSyntaxError(this.base + at, message, related === undefined ? undefined : this.base + related);
    }
    describe() {
        const ch = this.text[this.i];
        return ch === undefined ? 'end of input' : `character ${JSON.stringify(ch)}`;
    }
    ws() {
        const t = this.text;
        for (;;) {
            const c = t.charCodeAt(this.i);
            if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09)
                this.i++;
            else
                return;
        }
    }
    value() {
        const ch = this.text[this.i];
        const start = this.i;
        if (ch === '{')
            return this.object();
        if (ch === '[')
            return this.array();
        if (ch === '"') {
            const escaped = this.string();
            return { start: this.base + start, end: this.base + this.i, string: true, escaped };
        }
        if (ch === '-' || (ch !== undefined && ch >= '0' && ch <= '9')) {
            NUMBER.lastIndex = this.i;
            const m = NUMBER.exec(this.text);
            if (!m)
                this.fail('invalid number');
            this.i += m[0].length;
        }
        else if (this.text.startsWith('true', this.i))
            this.i += 4;
        else if (this.text.startsWith('false', this.i))
            this.i += 5;
        else if (this.text.startsWith('null', this.i))
            this.i += 4;
        else
            this.fail(ch === undefined ? 'unexpected end of input (a value is missing)' : `unexpected ${this.describe()} (expected a value)`);
        return null;
    }
    object() {
        const open = this.i;
        const children = new Map();
        const loc = { start: this.base + open, end: -1, string: false, escaped: false, children };
        this.i++;
        this.ws();
        if (this.text[this.i] === '}') {
            this.i++;
            return loc;
        }
        for (;;) {
            this.ws();
            if (this.text[this.i] !== '"') {
                if (this.i >= this.text.length)
                    this.fail('unexpected end of input (the object opened at {related} is not closed)', this.i, open);
                this.fail(`expected a double-quoted property name, found ${this.describe()}`);
            }
            const keyStart = this.i;
            const escaped = this.string();
            const raw = this.text.slice(keyStart + 1, this.i - 1);
            const key = escaped ? JSON.parse(`"${raw}"`) : raw;
            this.ws();
            if (this.text[this.i] !== ':')
                this.fail(`expected ':' after property name, found ${this.describe()}`);
            this.i++;
            this.ws();
            children.set(key, this.value());
            this.ws();
            const ch = this.text[this.i];
            if (ch === ',') {
                this.i++;
                continue;
            }
            if (ch === '}') {
                this.i++;
                return loc;
            }
            if (ch === undefined)
                this.fail("unexpected end of input (expected ',' or '}'; the object opened at {related} is not closed)", this.i, open);
            this.fail(`expected ',' or '}' after property value, found ${this.describe()}`);
        }
    }
    array() {
        const open = this.i;
        const children = [];
        const loc = { start: this.base + open, end: -1, string: false, escaped: false, children };
        this.i++;
        this.ws();
        if (this.text[this.i] === ']') {
            this.i++;
            return loc;
        }
        for (;;) {
            this.ws();
            children.push(this.value());
            this.ws();
            const ch = this.text[this.i];
            if (ch === ',') {
                this.i++;
                this.ws();
                if (this.text[this.i] === ']')
                    this.fail("unexpected ']' after ',' (trailing comma)");
                continue;
            }
            if (ch === ']') {
                this.i++;
                return loc;
            }
            if (ch === undefined)
                this.fail("unexpected end of input (expected ',' or ']'; the array opened at {related} is not closed)", this.i, open);
            this.fail(`expected ',' or ']' after array element, found ${this.describe()}`);
        }
    }
    /** Skips a string token; returns true when it contains escapes. */
    string() {
        const open = this.i;
        this.i++;
        let escaped = false;
        const t = this.text;
        for (;;) {
            PLAIN_RUN.lastIndex = this.i;
            PLAIN_RUN.exec(t);
            this.i = PLAIN_RUN.lastIndex;
            const c = t.charCodeAt(this.i);
            if (Number.isNaN(c))
                this.fail('unterminated string', open);
            if (c === 0x22) {
                this.i++;
                return escaped;
            }
            if (c === 0x5c) {
                escaped = true;
                const e = t[this.i + 1];
                if (e === 'u') {
                    if (!/^[0-9a-fA-F]{4}$/.test(t.slice(this.i + 2, this.i + 6)))
                        this.fail('invalid \\u escape in string');
                    this.i += 6;
                }
                else if (e !== undefined && '"\\/bfnrt'.includes(e))
                    this.i += 2;
                else
                    this.fail(`invalid escape sequence in string`);
                continue;
            }
            this.fail(c === 0x0a ? 'unterminated string (a line break inside a string must be written \\n)' : 'control character in string');
        }
    }
}
