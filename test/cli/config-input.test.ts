/** Config keys that reach the transcript reader: speakerRoles and csv column names. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const PACK = `pack: acme
rules:
  - id: acme/no-dont-know
    type: forbidden
    severity: error
    message: "«{{match}}»"
    patterns:
      en: ["i dont know"]
`;

const ASSEMBLYAI = JSON.stringify({
  id: 'x',
  status: 'completed',
  text: 'a',
  utterances: [
    { speaker: 'A', text: 'Hi, I dont know.', start: 0, end: 1000, confidence: 0.9, words: [] },
    { speaker: 'B', text: 'Good morning, thank you for calling Acme.', start: 1000, end: 2000, confidence: 0.9, words: [] },
  ],
});

function project(config: string, files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'talklint-cfg-input-'));
  writeFileSync(join(dir, 'acme.yaml'), PACK);
  writeFileSync(join(dir, 'talklint.config.yaml'), `packs: [./acme.yaml]\n${config}`);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

type Json = Array<{ notices: string[]; messages: Array<{ ruleId: string; speaker: string; role: string; line: number; column: number }> }>;

describe('speakerRoles in the config', () => {
  it('without it the roles are guessed (B greets first) and the output says so', async () => {
    const dir = project('', { 'call.json': ASSEMBLYAI });
    const r = await runCli(['call.json', '-f', 'json'], { cwd: dir });
    const [file] = JSON.parse(r.stdout) as Json;
    expect(file!.notices).toContain('speaker roles guessed: B → agent (greets first), A → customer');
    expect(file!.messages).toEqual([]);
  });
  it('with it, speaker A is the agent and its words are checked', async () => {
    const dir = project('speakerRoles: {A: agent, B: customer}\n', { 'call.json': ASSEMBLYAI });
    const r = await runCli(['call.json', '-f', 'json'], { cwd: dir });
    const [file] = JSON.parse(r.stdout) as Json;
    expect(file!.notices).toEqual([]);
    expect(file!.messages.map((m) => [m.ruleId, m.speaker, m.role])).toEqual([['acme/no-dont-know', 'A', 'agent']]);
    expect(r.code).toBe(1);
  });
  it('a role that is not agent/customer/unknown is a located config error', async () => {
    const dir = project('speakerRoles: {A: boss}\n', { 'call.json': ASSEMBLYAI });
    const r = await runCli(['call.json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('talklint.config.yaml:2:19: "A" in "speakerRoles" must be one of agent | customer | unknown, found "boss"');
  });
});

describe('csv column names in the config', () => {
  const CSV = 'Ticket,Who,Said\n1,Agent,I dont know\n1,Customer,ok\n';
  it('maps unusual column names', async () => {
    const dir = project('csv: {callId: Ticket, speaker: Who, text: Said}\n', { 'calls.csv': CSV });
    const r = await runCli(['calls.csv', '-f', 'json'], { cwd: dir });
    const [file] = JSON.parse(r.stdout) as Json;
    expect(file!.messages.map((m) => [m.ruleId, m.line, m.column])).toEqual([['acme/no-dont-know', 2, 9]]);
  });
  it('an unknown field is a located config error with a did-you-mean', async () => {
    const dir = project('csv: {txt: Said}\n', { 'calls.csv': CSV });
    const r = await runCli(['calls.csv'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('talklint.config.yaml:2:7: unknown key "txt" in "csv" (did you mean "text"?)');
  });
});
