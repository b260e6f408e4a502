/**
 * Word-form matching for Russian and English.
 *
 * A word's *keys* are the stems it may share with its other forms. Two words match when their
 * key sets intersect. For Russian the keys are natural's Porter stem plus every base left after
 * removing one inflectional ending (and a reflexive -ся/-сь) that leaves at least three letters.
 * Porter alone splits paradigms (знает→знает but знаю→зна; должен→долж but должны→должн); the
 * ending bases join them (знает→зна, должны→долж) while the three-letter floor keeps short
 * words apart (нет is not н+ет). test/matcher/morphology.test.ts holds the cases that justify this.
 *
 * English keys: the word and its Porter stem (transfer/transferring/transferred).
 */
import porterRu from 'natural/lib/natural/stemmers/porter_stemmer_ru.js';
import porterEn from 'natural/lib/natural/stemmers/porter_stemmer.js';
const RU_ENDINGS = [
    // verbs: present/future, past, infinitive, imperative
    'ете', 'ешь', 'ет', 'ем', 'ут', 'ют', 'ите', 'ишь', 'ит', 'им', 'ат', 'ят', 'ть', 'ти', 'ла', 'ло', 'ли', 'л', 'йте', 'й',
    // nouns and adjectives
    'ами', 'ями', 'ого', 'его', 'ому', 'ему', 'ыми', 'ими', 'ой', 'ей', 'ом', 'ам', 'ям', 'ах', 'ях', 'ов', 'ев',
    'ий', 'ый', 'ая', 'яя', 'ое', 'ее', 'ые', 'ие', 'ую', 'юю', 'ым', 'ых', 'их',
    // short adjectives with the fleeting vowel (должен/должна, нужен/нужна)
    'ен', 'на', 'но', 'ны',
    'а', 'я', 'о', 'е', 'ы', 'и', 'у', 'ю', 'ь',
];
const MIN_BASE = 3;
export function russianKeys(word) {
    const keys = new Set([word, porterRu.stem(word)]);
    const bases = [word];
    if ((word.endsWith('ся') || word.endsWith('сь')) && word.length - 2 >= MIN_BASE + 1) {
        bases.push(word.slice(0, -2));
        keys.add(word.slice(0, -2));
    }
    for (const base of bases) {
        for (const ending of RU_ENDINGS) {
            if (base.endsWith(ending) && base.length - ending.length >= MIN_BASE)
                keys.add(base.slice(0, -ending.length));
        }
    }
    return [...keys];
}
export function englishKeys(word) {
    const stem = porterEn.stem(word);
    return stem === word ? [word] : [word, stem];
}
const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;
/** Words shorter than this are matched exactly unless a pattern asks otherwise. */
export const MORPH_MIN_LENGTH = 4;
export function scriptOf(word) {
    if (CYRILLIC.test(word))
        return 'cyrillic';
    if (LATIN.test(word))
        return 'latin';
    if (/\p{Script=Han}/u.test(word))
        return 'han';
    return 'other';
}
/**
 * Keys worked out before, by word: the pack cache keeps those of the packs' own words (~2,000,
 * ~15 ms of Porter stemming at every start otherwise) and hands them back on a cache hit.
 */
const known = new Map();
/** Makes `morphKeys` answer these words from the list (see `known`). */
export function rememberMorphKeys(entries) {
    for (const [word, keys] of entries)
        known.set(word, keys);
}
/** Morphological keys of a (normalised) word, or an empty list when its script has none. */
export function morphKeys(word) {
    const remembered = known.get(word);
    if (remembered !== undefined)
        return remembered;
    const script = scriptOf(word);
    if (script === 'cyrillic')
        return russianKeys(word);
    if (script === 'latin')
        return englishKeys(word);
    return [];
}
