import { xmlEscape } from './shared.js';
export const checkstyle = {
    name: 'checkstyle',
    usesFingerprints: false,
    description: 'Checkstyle XML (Jenkins, reviewdog, SonarQube)',
    format(results) {
        const out = ['<?xml version="1.0" encoding="utf-8"?>', '<checkstyle version="4.3">'];
        for (const r of results) {
            out.push(`  <file name="${xmlEscape(r.filePath)}">`);
            if (r.fatal) {
                out.push(`    <error line="${r.fatal.line ?? 0}" column="${r.fatal.column ?? 0}" severity="error" message="${xmlEscape(r.fatal.message)}" source="talklint/fatal" />`);
            }
            for (const d of r.diagnostics) {
                out.push(`    <error line="${d.line}" column="${d.column}" severity="${d.severity}" message="${xmlEscape(d.message)}" source="${xmlEscape(d.ruleId)}" />`);
            }
            out.push('  </file>');
        }
        out.push('</checkstyle>');
        return out.join('\n') + '\n';
    },
};
