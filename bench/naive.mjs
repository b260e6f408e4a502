/**
 * The naive baseline: every phrase of the loaded packs reduced to plain literals (alternatives
 * expanded, optional parts both ways, gaps/slots split the phrase into pieces), escaped, joined
 * with | into ONE RegExp (flags gi: giu finds the same matches ~7× slower, see docs/performance.md),
 * run over each file's text. No normalisation, no morphology, no speaker scoping, no exceptions:
 * what a grep-style checker does.
 */
const MAX_EXPANSIONS = 16;

function expandSeq(nodes, vars) {
  // Returns a list of "piece lists": each piece list is literal strings separated by gaps/slots.
  let acc = [['']];
  for (const n of nodes) {
    let next = [];
    if (n.kind === 'word') {
      for (const pieces of acc) next.push(appendWord(pieces, n.text));
    } else if (n.kind === 'gap' || n.kind === 'slot') {
      for (const pieces of acc) next.push([...pieces, '']);
    } else {
      // alt: every option; optional: with and without; var: each value.
      const opts =
        n.kind === 'alt' ? n.options.flatMap((o) => expandSeq(o, vars)) : n.kind === 'optional' ? [...expandSeq(n.seq, vars), ['']] : (vars[n.name] ?? []).map((v) => [v]);
      for (const pieces of acc) for (const o of opts) next.push(joinPieces(pieces, o));
    }
    if (next.length > MAX_EXPANSIONS) next = next.slice(0, MAX_EXPANSIONS);
    acc = next;
  }
  return acc;
}

const isHan = (s) => /\p{Script=Han}/u.test(s);
function appendWord(pieces, word) {
  const last = pieces[pieces.length - 1];
  const sep = last === '' || (isHan(last.at(-1)) && isHan(word[0])) ? '' : ' ';
  return [...pieces.slice(0, -1), last + sep + word];
}
function joinPieces(pieces, o) {
  let out = pieces;
  o.forEach((piece, i) => {
    if (i > 0) out = [...out, ''];
    if (piece !== '') out = appendWord(out, piece);
  });
  return out;
}

/** Literal phrases of all phrase patterns of the packs. */
export function packLiterals(packs, variables = {}) {
  const out = new Set();
  for (const pack of packs) {
    for (const rule of pack.rules) {
      for (const p of rule.patterns) {
        if (!p.parsed) continue;
        for (const pieces of expandSeq(p.parsed.nodes, variables)) for (const piece of pieces) if ([...piece].length >= 2) out.add(piece);
      }
    }
  }
  return [...out];
}

export function naiveRegExp(literals) {
  const escaped = [...literals].sort((a, b) => b.length - a.length).map((l) => l.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(escaped.join('|'), 'gi');
}
