// natural's main entry loads ~1.5 s of modules (database clients included); talklint imports
// only the stemmers it uses, by path, which the package ships without types.
declare module 'natural/lib/natural/stemmers/porter_stemmer_ru.js' {
  const stemmer: { stem(word: string): string };
  export default stemmer;
}
declare module 'natural/lib/natural/stemmers/porter_stemmer.js' {
  const stemmer: { stem(word: string): string };
  export default stemmer;
}
declare module 'natural/lib/natural/distance/levenshtein_distance.js' {
  const distances: { LevenshteinDistance: (a: string, b: string) => number };
  export default distances;
}
// opencc-js ships its dictionaries as ESM modules of strings, without types.
declare module 'opencc-js/dict/STCharacters' {
  const dict: string;
  export default dict;
}
declare module 'opencc-js/dict/TWVariants' {
  const dict: string;
  export default dict;
}
