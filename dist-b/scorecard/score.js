import { refMatches } from './definition.js';
export function scoreCall(scorecard, diagnostics, info = {}) {
    const hitRules = new Set(diagnostics.map((d) => d.ruleId));
    const triggered = new Set([...(info.triggered ?? []), ...hitRules]);
    const said = new Set(info.said ?? []);
    const items = [];
    let passedWeight = 0;
    let applicableWeight = 0;
    const autoFailItems = [];
    for (const item of scorecard.items) {
        const hits = diagnostics.filter((d) => refMatches(item.rules, d.ruleId)).length;
        const base = {
            id: item.id,
            section: item.section,
            ...(item.title !== undefined ? { title: item.title } : {}),
            weight: item.weight,
            hits,
            autoFail: item.autoFail,
        };
        const reason = notApplicable(item, info.checked, triggered, hitRules, said);
        if (reason !== null) {
            items.push({ ...base, status: 'na', reason });
            continue;
        }
        applicableWeight += item.weight;
        if (hits > 0) {
            items.push({ ...base, status: 'fail' });
            if (item.autoFail)
                autoFailItems.push(item.id);
        }
        else {
            passedWeight += item.weight;
            items.push({ ...base, status: 'pass' });
        }
    }
    const autoFailed = autoFailItems.length > 0;
    const score = autoFailed ? 0 : applicableWeight === 0 ? 100 : Math.round((1000 * passedWeight) / applicableWeight) / 10;
    return { scorecard: scorecard.id, score, autoFailed, autoFailItems, items, passedWeight, applicableWeight };
}
function notApplicable(item, checked, triggered, hit, said) {
    if (checked !== undefined && !checked.some((id) => refMatches(item.rules, id)))
        return 'none of its rules was checked on this call';
    const na = item.na;
    if (!na)
        return null;
    if (na.kind === 'unlessTriggered' && ![...triggered].some((id) => refMatches(na.rules, id))) {
        return `the condition of ${na.rules.map((r) => r.text).join(', ')} did not occur`;
    }
    if (na.kind === 'unlessHit' && ![...hit].some((id) => refMatches(na.rules, id))) {
        return `${na.rules.map((r) => r.text).join(', ')} reported nothing`;
    }
    if (na.kind === 'unlessSaid' && !said.has(na.condition))
        return 'none of its phrases was said';
    return null;
}
