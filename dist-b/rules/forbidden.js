export const forbidden = {
    type: 'forbidden',
    description: 'Reports every occurrence of a phrase in the speaker’s turns, with the suggested wording.',
    optionKeys: [],
    placeholders: [],
    needsPatterns: true,
    readOptions: () => ({}),
    check(rule, call) {
        // Only the turns of its scope (and window) with a match of its patterns.
        for (const turn of call.turnsWith(rule.patternGroup, rule.def.speaker, rule.def.within)) {
            for (const m of call.matches(rule, turn))
                call.reportMatch(rule, turn, m);
        }
    },
};
