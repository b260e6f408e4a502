import { spawnSync } from 'node:child_process';
import iconv from 'iconv-lite';
import { chmodSync, chownSync, lstatSync, readdirSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { cli, project, type Project } from './helpers.js';

const SCRIPT = 'Добрый день!\n\nТы подожди, я тебе щас всё объясню.\n\nЯ не знаю, ок?\n';
const FIXED = 'Добрый день!\n\nВы подожди, я вам сейчас всё объясню.\n\nЯ не знаю, хорошо?\n';

let p: Project;
afterEach(() => p?.cleanup());

const read = (path: string): string => readFileSync(path, 'utf8');

/** Runs the CLI as a user for whom permissions apply: in-process normally, as "nobody" in a child process when the tests run as root. */
async function cliWithPermissions(cwd: string, args: string[]): Promise<{ code: number; stdout: string }> {
  if (process.getuid?.() !== 0) return cli(cwd, args);
  const runner = join(import.meta.dirname, 'run-cli.mts');
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
  const child = spawnSync(process.execPath, ['--import', tsx, runner, ...args], {
    cwd,
    uid: 65534,
    gid: 65534,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', HOME: '/tmp' },
  });
  expect(child.stderr).not.toContain('Error');
  return { code: child.status ?? -1, stdout: child.stdout };
}

describe('--fix on scripts', () => {
  it('applies every fixable suggestion, re-lints, and reports what remains', async () => {
    p = project();
    const file = p.write('script.txt', SCRIPT);
    const r = await cli(p.dir, ['--fix', 'script.txt']);
    expect(read(file)).toBe(FIXED);
    // Only the non-fixable problem remains: "Я не знаю" at line 5, column 1.
    expect(r.stdout).toContain('note: 4 problems fixed (fixt/formal-address ×2, fixt/no-slang ×2)');
    expect(r.stdout).toMatch(/5:1 +error +«Я не знаю»: скажите «Разрешите, я уточню» +fixt\/dont-know/);
    expect(r.stdout).not.toContain('fixt/formal-address  ');
    expect(r.stdout).toContain('1 problem (1 error, 0 warnings, 0 infos) in 1 file checked');
    expect(r.code).toBe(1);
  });

  it('exit code 0 when every problem was fixable', async () => {
    p = project();
    const file = p.write('clean.txt', 'Добрый день! Щас посмотрю.\n');
    const r = await cli(p.dir, ['--fix', 'clean.txt', '-f', 'json']);
    expect(read(file)).toBe('Добрый день! Сейчас посмотрю.\n');
    const json = JSON.parse(r.stdout) as Array<{ messages: unknown[]; warningCount: number }>;
    expect(json[0]!.messages).toEqual([]);
    expect(r.code).toBe(0);
  });

  it('keeps the original casing: «Ты» → «Вы», «ТЫ» → «ВЫ», «ты» → «вы»', async () => {
    p = project();
    const file = p.write('case.txt', 'Добрый день! Ты здесь? ТЫ ЗДЕСЬ? А ты?\n');
    await cli(p.dir, ['--fix', 'case.txt']);
    expect(read(file)).toBe('Добрый день! Вы здесь? ВЫ ЗДЕСЬ? А вы?\n');
  });

  it('running --fix twice changes nothing the second time (the file is not even rewritten)', async () => {
    p = project();
    const file = p.write('script.txt', SCRIPT);
    const first = await cli(p.dir, ['--fix', 'script.txt']);
    const afterFirst = statSync(file);
    const second = await cli(p.dir, ['--fix', 'script.txt']);
    expect(read(file)).toBe(FIXED);
    expect(statSync(file).ino).toBe(afterFirst.ino);
    expect(statSync(file).mtimeMs).toBe(afterFirst.mtimeMs);
    expect(second.stdout).not.toContain('fixed');
    expect(second.code).toBe(first.code);
    // The second report is the first one without the "fixed" note.
    expect(second.stdout).toBe(first.stdout.replace(/ {2}note: 4 problems fixed[^\n]*\n/, ''));
  });

  it('does not write a file with nothing to fix', async () => {
    p = project();
    const file = p.write('ok.txt', 'Добрый день! Я не знаю.\n');
    const before = statSync(file);
    const r = await cli(p.dir, ['--fix', 'ok.txt']);
    expect(statSync(file).ino).toBe(before.ino);
    expect(statSync(file).mtimeMs).toBe(before.mtimeMs);
    expect(r.code).toBe(1);
  });

  it('keeps the file mode (640 stays 640)', async () => {
    p = project();
    const file = p.write('mode.txt', SCRIPT);
    chmodSync(file, 0o640);
    await cli(p.dir, ['--fix', 'mode.txt']);
    expect(read(file)).toBe(FIXED);
    expect(statSync(file).mode & 0o777).toBe(0o640);
  });

  it('keeps a UTF-8 byte-order mark and CRLF line ends', async () => {
    p = project();
    const bom = Buffer.from([0xef, 0xbb, 0xbf]);
    const file = p.write('bom.txt', Buffer.concat([bom, Buffer.from('Добрый день!\r\n\r\nТы подожди.\r\n')]));
    await cli(p.dir, ['--fix', 'bom.txt']);
    expect(readFileSync(file)).toEqual(Buffer.concat([bom, Buffer.from('Добрый день!\r\n\r\nВы подожди.\r\n')]));
  });

  it('fixes a Markdown script, leaving code blocks and headings alone', async () => {
    p = project();
    const md = '# Ты и щас\n\nДобрый день! Ты подожди.\n\n```\nты щас\n```\n';
    const file = p.write('script.md', md);
    await cli(p.dir, ['--fix', 'script.md']);
    expect(read(file)).toBe('# Ты и щас\n\nДобрый день! Вы подожди.\n\n```\nты щас\n```\n');
  });

  it('fixes that undo each other (alpha → beta → alpha) are not applied; a second run changes nothing either', async () => {
    p = project('packs: [./cycle-pack.yaml, ./fix-pack.yaml]\n');
    const file = p.write('cycle.txt', 'Добрый день! Say alpha now, щас.\n');
    const r = await cli(p.dir, ['--fix', 'cycle.txt']);
    expect(read(file)).toBe('Добрый день! Say alpha now, сейчас.\n');
    expect(r.stdout).toContain('note: 1 problem fixed (fixt/no-slang ×1)');
    expect(r.stdout).toContain('note: the fixes of cyc/a-to-b, cyc/b-to-a undo each other, so they were not applied');
    const before = statSync(file);
    const again = await cli(p.dir, ['--fix', 'cycle.txt']);
    expect(read(file)).toBe('Добрый день! Say alpha now, сейчас.\n');
    expect(statSync(file).ino).toBe(before.ino);
    expect(again.stdout).toContain('note: the fixes of cyc/a-to-b, cyc/b-to-a undo each other, so they were not applied');
  });
});

describe('--fix leaves transcripts alone', () => {
  it('refuses with a per-file notice, does not touch the bytes, and keeps the exit code', async () => {
    p = project();
    const transcript = 'Оператор: Добрый день! Ты подожди.\nКлиент: Хорошо.\n';
    const file = p.write('call.txt', transcript);
    const before = statSync(file);
    const plain = await cli(p.dir, ['call.txt']);
    const fixed = await cli(p.dir, ['--fix', 'call.txt']);
    expect(read(file)).toBe(transcript);
    expect(statSync(file).mtimeMs).toBe(before.mtimeMs);
    expect(fixed.stdout).toContain('note: --fix does not change transcripts (text format): they are a record of what was said; the file was left as it is');
    expect(fixed.code).toBe(plain.code);
    expect(fixed.stdout.replace(/ {2}note: --fix[^\n]*\n/, '')).toBe(plain.stdout);
  });

  it('fixes the scripts of a run and skips its transcripts', async () => {
    p = project();
    const script = p.write('a-script.txt', 'Добрый день! Щас.\n');
    const call = p.write('b-call.txt', 'Оператор: Добрый день! Щас.\nКлиент: Да.\n');
    const r = await cli(p.dir, ['--fix', '.']);
    expect(read(script)).toBe('Добрый день! Сейчас.\n');
    expect(read(call)).toBe('Оператор: Добрый день! Щас.\nКлиент: Да.\n');
    expect(r.stdout).toContain('b-call.txt\n  note: --fix does not change transcripts');
  });
});

describe('a failed write leaves the original intact', () => {
  it('a file name too long for the temp file: exit 2, same bytes, no temp file left', async () => {
    p = project();
    // write-file-atomic writes "<name>.<8 hex>" next to the file: over the 255-byte name limit.
    const name = 'x'.repeat(250) + '.txt';
    const file = p.write(name, SCRIPT);
    const r = await cli(p.dir, ['--fix', name]);
    expect(readFileSync(file, 'utf8')).toBe(SCRIPT);
    expect(r.stdout).toContain('--fix: cannot write the fixed file (ENAMETOOLONG); the original is unchanged');
    expect(r.code).toBe(2);
    expect(readdirSync(p.dir).sort()).toEqual(['cycle-pack.yaml', 'fix-pack.yaml', name, 'talklint.config.yaml'].sort());
  });

  it('a folder that is not writable: exit 2, same bytes, no temp file left', async () => {
    p = project();
    const file = p.write('locked/script.txt', SCRIPT);
    const locked = p.path('locked');
    chmodSync(p.dir, 0o755);
    chmodSync(locked, 0o555);
    let code: number;
    let stdout: string;
    try {
      ({ code, stdout } = await cliWithPermissions(p.dir, ['--fix', 'locked/script.txt']));
    } finally {
      chmodSync(locked, 0o755);
    }
    expect(readFileSync(file, 'utf8')).toBe(SCRIPT);
    expect(stdout).toContain('--fix: cannot write the fixed file (EACCES); the original is unchanged');
    expect(code).toBe(2);
    expect(readdirSync(locked)).toEqual(['script.txt']);
  });
});

describe('--fix-dry-run', () => {
  it('prints a unified diff, then the report of what would remain; writes nothing', async () => {
    p = project();
    const file = p.write('script.txt', SCRIPT);
    const r = await cli(p.dir, ['--fix-dry-run', 'script.txt']);
    expect(read(file)).toBe(SCRIPT);
    const [diff, report] = [r.stdout.slice(0, r.stdout.indexOf('script.txt\n  note')), r.stdout.slice(r.stdout.indexOf('script.txt\n  note'))];
    expect(diff).toBe(
      [
        '===================================================================',
        '--- a/script.txt',
        '+++ b/script.txt',
        '@@ -1,5 +1,5 @@',
        ' Добрый день!',
        ' ',
        '-Ты подожди, я тебе щас всё объясню.',
        '+Вы подожди, я вам сейчас всё объясню.',
        ' ',
        '-Я не знаю, ок?',
        '+Я не знаю, хорошо?',
        '',
      ].join('\n'),
    );
    expect(report).toContain('note: 4 problems would be fixed (fixt/formal-address ×2, fixt/no-slang ×2)');
    expect(report).toContain('1 problem (1 error, 0 warnings, 0 infos) in 1 file checked');
    expect(r.code).toBe(1);
  });

  it('reads standard input and prints its diff', async () => {
    p = project();
    const r = await cli(p.dir, ['--fix-dry-run', '--stdin-filename', 'draft.txt', '-'], 'Добрый день! Щас.\n');
    expect(r.stdout).toContain('--- a/draft.txt\n+++ b/draft.txt\n@@ -1,1 +1,1 @@\n-Добрый день! Щас.\n+Добрый день! Сейчас.\n');
  });

  it('--fix on standard input does not pretend to write', async () => {
    p = project();
    const r = await cli(p.dir, ['--fix', '-'], 'Добрый день! Щас.\n');
    expect(r.stdout).toContain('standard input is not fixed in place; use --fix-dry-run');
  });
});

describe('--fix-type and --fix-rule', () => {
  it('--fix-rule fixes only the listed rule', async () => {
    p = project();
    const file = p.write('script.txt', SCRIPT);
    await cli(p.dir, ['--fix', '--fix-rule', 'fixt/no-slang', 'script.txt']);
    expect(read(file)).toBe('Добрый день!\n\nТы подожди, я тебе сейчас всё объясню.\n\nЯ не знаю, хорошо?\n');
  });

  it('--fix-rule takes a comma list and repeats', async () => {
    p = project();
    const a = p.write('a.txt', SCRIPT);
    await cli(p.dir, ['--fix', '--fix-rule', 'fixt/no-slang,fixt/formal-address', 'a.txt']);
    expect(read(a)).toBe(FIXED);
    const b = p.write('b.txt', SCRIPT);
    await cli(p.dir, ['--fix', '--fix-rule', 'fixt/no-slang', '--fix-rule', 'fixt/formal-address', 'b.txt']);
    expect(read(b)).toBe(FIXED);
  });

  it('--fix-type limits by rule type', async () => {
    p = project();
    const file = p.write('script.txt', SCRIPT);
    await cli(p.dir, ['--fix', '--fix-type', 'required', 'script.txt']);
    expect(read(file)).toBe(SCRIPT);
    await cli(p.dir, ['--fix', '--fix-type', 'forbidden', 'script.txt']);
    expect(read(file)).toBe(FIXED);
  });

  const usage: Array<[string[], string]> = [
    [['--fix', '--fix-type', 'forbiden', 'x.txt'], '--fix-type: unknown rule type "forbiden"'],
    [['--fix', '--fix-rule', 'fixt/nope', 'x.txt'], '--fix-rule: unknown rule "fixt/nope"'],
    [['--fix-type', 'forbidden', 'x.txt'], '--fix-type needs --fix or --fix-dry-run'],
    [['--fix-rule', 'fixt/no-slang', 'x.txt'], '--fix-rule needs --fix or --fix-dry-run'],
    [['--fix', '--fix-dry-run', 'x.txt'], '--fix and --fix-dry-run cannot be used together'],
  ];
  for (const [argv, message] of usage) {
    it(`usage error: ${argv.join(' ')}`, async () => {
      p = project();
      const file = p.write('x.txt', SCRIPT);
      const r = await cli(p.dir, argv);
      expect(r.stderr).toContain(message);
      expect(r.code).toBe(2);
      expect(read(file)).toBe(SCRIPT);
    });
  }
});

describe('--fix with the shipped ru pack', () => {
  it('ru/formal-address: «Ты» → «Вы», «тебе» → «вам», «твой» → «ваш»', async () => {
    p = project('packs: [ru]\n');
    const file = p.write('script.txt', 'Ты подожди, я тебе перезвоню. Назови твой номер.\n');
    await cli(p.dir, ['--fix', '--fix-rule', 'ru/formal-address', 'script.txt']);
    expect(read(file)).toBe('Вы подожди, я вам перезвоню. Назови ваш номер.\n');
  });
});

describe('a read-only file is not replaced', () => {
  it('chmod 444 in a writable folder: exit 2, same bytes (the rename would have allowed it)', async () => {
    p = project();
    const file = p.write('ro.txt', SCRIPT);
    chmodSync(p.dir, 0o777);
    if (process.getuid?.() === 0) chownSync(file, 65534, 65534);
    chmodSync(file, 0o444);
    const r = await cliWithPermissions(p.dir, ['--fix', 'ro.txt']);
    expect(readFileSync(file, 'utf8')).toBe(SCRIPT);
    expect(r.stdout).toContain('--fix: cannot write the fixed file (EACCES); the original is unchanged');
    expect(r.code).toBe(2);
    expect(statSync(file).mode & 0o777).toBe(0o444);
  });
});

describe('--fix writes a file back in the encoding it was read in', () => {
  const cases: Array<[string, string[], string, string]> = [
    ['windows-1251 (given with --encoding)', ['--encoding', 'windows-1251'], 'windows-1251', 'Добрый день! Ты щас подожди.\r\n'],
    ['KOI8-R (given with --encoding)', ['--encoding', 'koi8-r'], 'koi8-r', 'Добрый день! Ты подожди.\n'],
    ['UTF-16LE with a BOM (detected)', [], 'utf-16le', '\ufeffДобрый день! Ты подожди.\n'],
  ];
  for (const [name, flags, encoding, text] of cases) {
    it(name, async () => {
      p = project();
      const file = p.write('legacy.txt', iconv.encode(text, encoding));
      const r = await cli(p.dir, ['--fix', ...flags, 'legacy.txt']);
      const expected = text.replace('Ты', 'Вы').replace('щас', 'сейчас');
      expect(readFileSync(file)).toEqual(iconv.encode(expected, encoding));
      expect(r.stdout).toContain('problem');
      expect(r.code).toBe(0);
    });
  }

  it('refuses when the fix cannot be written in the file’s encoding, leaving the bytes alone', async () => {
    p = project('packs: [./fix-pack.yaml, ./zh-fix-pack.yaml]\n');
    p.write(
      'zh-fix-pack.yaml',
      'pack: zhfix\nlanguages: [ru]\nrules:\n  - id: zhfix/hanzi\n    type: forbidden\n    severity: warning\n    message: "{{match}}"\n    patterns:\n      ru: ["=клиент"]\n    suggestions:\n      - text: 客户\n        fixable: true\n    examples:\n      flag: ["клиент"]\n      pass: ["покупатель"]\n',
    );
    const bytes = iconv.encode('Добрый день, клиент!\n', 'windows-1251');
    const file = p.write('cp1251.txt', bytes);
    const r = await cli(p.dir, ['--fix', '--encoding', 'windows-1251', 'cp1251.txt']);
    expect(readFileSync(file)).toEqual(bytes);
    expect(r.stdout).toContain('note: the fixed text has characters that windows-1251 cannot encode; the file was left as it is');
  });
});

describe('--fix and inline directives', () => {
  it('a finding hidden by a directive is not fixed; the directive line is left as it is', async () => {
    p = project();
    const text = 'Добрый день!\n\n# talklint-disable-next-line fixt/formal-address -- quoting the customer\nТы сказал «щас».\n\nТы подожди.\n';
    const file = p.write('quote.txt', text);
    await cli(p.dir, ['--fix', 'quote.txt']);
    expect(read(file)).toBe('Добрый день!\n\n# talklint-disable-next-line fixt/formal-address -- quoting the customer\nТы сказал «сейчас».\n\nВы подожди.\n');
  });

  it('in Markdown, an HTML-comment directive works the same way', async () => {
    p = project();
    const file = p.write('quote.md', 'Добрый день!\n\n<!-- talklint-disable fixt/formal-address -->\nТы подожди.\n<!-- talklint-enable fixt/formal-address -->\n\nТы тоже.\n');
    await cli(p.dir, ['--fix', 'quote.md']);
    expect(read(file)).toBe('Добрый день!\n\n<!-- talklint-disable fixt/formal-address -->\nТы подожди.\n<!-- talklint-enable fixt/formal-address -->\n\nВы тоже.\n');
  });

  it('a custom directiveMarker from the config is honoured in every pass', async () => {
    p = project('packs: [./fix-pack.yaml]\ndirectiveMarker: "//"\n');
    const file = p.write('quote.txt', 'Добрый день!\n\n// talklint-disable-next-line fixt/formal-address\nТы щас.\n\nТы тоже.\n');
    await cli(p.dir, ['--fix', 'quote.txt']);
    expect(read(file)).toBe('Добрый день!\n\n// talklint-disable-next-line fixt/formal-address\nТы сейчас.\n\nВы тоже.\n');
  });

  it('--no-inline-config: directives are ignored, so everything fixable is fixed', async () => {
    p = project();
    const file = p.write('quote.txt', 'Добрый день!\n\n# talklint-disable-next-line fixt/formal-address\nТы подожди.\n');
    await cli(p.dir, ['--fix', '--no-inline-config', 'quote.txt']);
    expect(read(file)).toBe('Добрый день!\n\n# talklint-disable-next-line fixt/formal-address\nВы подожди.\n');
  });
});

describe('--fix through a symbolic link', () => {
  it('fixes the file the link points to and keeps the link', async () => {
    p = project();
    const target = p.write('real/script.txt', SCRIPT);
    symlinkSync(target, p.path('link.txt'));
    await cli(p.dir, ['--fix', 'link.txt']);
    expect(lstatSync(p.path('link.txt')).isSymbolicLink()).toBe(true);
    expect(read(target)).toBe(FIXED);
  });
});
