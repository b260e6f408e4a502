export const limit = {
    type: 'limit',
    description: 'Reports a call in which the phrases occur more than `max` times.',
    optionKeys: ['max'],
    placeholders: ['count', 'max'],
    needsPatterns: true,
    readOptions(r) {
        return { max: r.integer('max', { min: 0, required: true }) ?? 0 };
    },
    check(rule, call) {
        const max = rule.def.options.max;
        let count = 0;
        let over = null;
        for (const turn of call.scopedTurns(rule)) {
            for (const match of call.matches(rule, turn)) {
                count++;
                if (count === max + 1)
                    over = { turn, match };
            }
        }
        if (over)
            call.reportMatch(rule, over.turn, over.match, { count, max });
    },
};
