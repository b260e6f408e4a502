import { shownPath } from './shared.js';
/** Escapes a command's message (the part after `::`). */
export function escapeData(text) {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
/** Escapes a command property value (file, title). */
export function escapeProperty(text) {
    return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
const COMMAND = { error: 'error', warning: 'warning', info: 'notice' };
export function githubCommand(command, props, message) {
    const p = props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',');
    return `::${command}${p ? ' ' + p : ''}::${escapeData(message)}`;
}
function annotationMessage(d) {
    return [d.message, ...d.suggestions.map((s) => `→ ${s.text}`)].join('\n');
}
export const github = {
    name: 'github',
    usesFingerprints: false,
    description: 'GitHub Actions annotations (::error / ::warning / ::notice workflow commands)',
    format(results, ctx) {
        const lines = [];
        for (const r of results) {
            const file = shownPath(r, ctx.cwd);
            if (r.fatal) {
                const props = [['file', file]];
                if (r.fatal.line !== undefined)
                    props.push(['line', r.fatal.line]);
                if (r.fatal.column !== undefined)
                    props.push(['col', r.fatal.column]);
                props.push(['title', 'talklint']);
                lines.push(githubCommand('error', props, r.fatal.message));
            }
            for (const d of r.diagnostics) {
                // The runner drops an annotation with col/endColumn over several lines, so those get lines only.
                const columns = d.endLine === d.line ? [['col', d.column], ['endColumn', Math.max(d.endColumn, d.column)]] : [];
                const props = [['file', file], ['line', d.line], ['endLine', d.endLine], ...columns, ['title', d.ruleId]];
                lines.push(githubCommand(COMMAND[d.severity], props, annotationMessage(d)));
            }
        }
        return lines.length > 0 ? lines.join('\n') + '\n' : '';
    },
};
