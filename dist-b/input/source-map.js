/** Builds a map piece by piece. */
export class SourceMapBuilder {
    starts = [];
    ends = [];
    /** Characters that stand verbatim at `offset`. */
    verbatim(text, offset) {
        for (let i = 0; i < text.length; i++) {
            this.starts.push(offset + i);
            this.ends.push(offset + i + 1);
        }
    }
    /** One code unit written in the source as [start, end) (an escape sequence, a doubled quote). */
    unit(start, end) {
        this.starts.push(start);
        this.ends.push(end);
    }
    /** Characters that stand nowhere in the source. */
    none(count) {
        for (let i = 0; i < count; i++) {
            this.starts.push(-1);
            this.ends.push(-1);
        }
    }
    get length() {
        return this.starts.length;
    }
    build() {
        return { starts: Int32Array.from(this.starts), ends: Int32Array.from(this.ends) };
    }
}
/** The map of text[from, to). */
export function sliceMap(map, from, to) {
    return { starts: map.starts.slice(from, to), ends: map.ends.slice(from, to) };
}
/**
 * The source range of text[start, end): from the first mapped character's start to the last
 * mapped character's end; undefined when none of them is mapped.
 */
export function mapRange(map, start, end) {
    let from = -1;
    for (let i = start; i < end && from === -1; i++)
        from = map.starts[i] ?? -1;
    let to = -1;
    for (let i = end - 1; i >= start && to === -1; i--)
        to = map.ends[i] ?? -1;
    return from === -1 || to === -1 ? undefined : [from, to];
}
/**
 * The map of a JSON string token whose source (between the quotes) starts at `offset`: every
 * escape sequence (`\"`, `\n`, `\u0417`) maps to its whole span.
 */
export function jsonStringMap(raw, offset) {
    const b = new SourceMapBuilder();
    for (let i = 0; i < raw.length;) {
        if (raw[i] === '\\') {
            const len = raw[i + 1] === 'u' ? 6 : 2;
            b.unit(offset + i, offset + i + len);
            i += len;
        }
        else {
            b.unit(offset + i, offset + i + 1);
            i++;
        }
    }
    return b.build();
}
