// `pressdoc validate --format sarif|json`, --quiet, --output-file, --color:
// the built command line (dist/cli.cjs) run as a child process on the
// samples and the corpus, its output checked against the official SARIF
// 2.1.0 schema and against what validate() gives. `npm test` builds first.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { useTempDir } from './support/temp-dir.js';
import { RULE_IDS, rules, validate, type RuleId } from '../src/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'dist', 'cli.cjs');
const SLOW = 60_000;
const MINSK = 'fixtures/dossier-6125-minsk-2024.txt';
const KREMLIN = 'fixtures/dossier-kremlin-2025-03.txt';
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };

function run(args: string[], env: NodeJS.ProcessEnv = {}): SpawnSyncReturns<string> {
  const base = { ...process.env };
  delete base.NO_COLOR;
  delete base.FORCE_COLOR;
  return spawnSync(process.execPath, [cli, ...args], { cwd: root, input: '', encoding: 'utf8', env: { ...base, ...env }, timeout: SLOW, maxBuffer: 64 * 1024 * 1024 });
}

// The official schema (oasis-tcs/sarif-spec, Documents/CommitteeSpecifications/2.1.0,
// draft-07) is not written for ajv's strict mode (its anyOf/required name
// properties declared beside them), so strict is off; formats (uri,
// uri-reference, date-time) are checked.
// ajv-formats is CommonJS with `exports.default`: under ESM the default import is the module object.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv) => Ajv;
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
const sarifSchema = JSON.parse(readFileSync(join(root, 'test/support/sarif-schema-2.1.0.json'), 'utf8')) as object;
const validSarif = ajv.compile(sarifSchema);

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: Array<{ physicalLocation: { artifactLocation: { uri?: string; uriBaseId?: string }; region: Record<string, number> } }>;
}
interface SarifLog {
  version: string;
  runs: Array<{
    tool: { driver: { name: string; version: string; rules: Array<{ id: string; shortDescription: { text: string }; help: { text: string }; defaultConfiguration: { level: string } }> } };
    results: SarifResult[];
    invocations: Array<{ executionSuccessful: boolean; toolExecutionNotifications: Array<{ level: string; message: { text: string } }> }>;
  }>;
}

const levelOf = (s: string): string => (s === 'info' ? 'note' : s);
const expectedFindings = (file: string) => validate(readFileSync(join(root, file), 'utf8'));

let tmp: string;
useTempDir(cli, 'pressdoc-formats-', (dir) => (tmp = dir));

describe('validate --format sarif', { timeout: SLOW }, () => {
  it('is a SARIF 2.1.0 log the official schema accepts, on the samples and the corpus', () => {
    for (const paths of [['fixtures/*.txt'], ['fixtures/corpus']]) {
      const r = run(['validate', ...paths, '--format', 'sarif']);
      // The corpus has errors (exit 1); nothing fails to be checked (that would be 2).
      expect([0, 1], r.stderr).toContain(r.status);
      const log = JSON.parse(r.stdout) as SarifLog;
      expect(validSarif(log), JSON.stringify(validSarif.errors?.slice(0, 5))).toBe(true);
      expect(log.version).toBe('2.1.0');
      expect(log.runs[0]!.invocations[0]!.executionSuccessful).toBe(true);
    }
  });

  it('lists every rule with its id, description, help and default level; results carry rule, level, message and a 1-based region', () => {
    const r = run(['validate', MINSK, KREMLIN, '--format', 'sarif']);
    const [sarifRun] = (JSON.parse(r.stdout) as SarifLog).runs;
    const driver = sarifRun!.tool.driver;
    expect(driver.name).toBe('pressdoc');
    expect(driver.version).toBe(pkg.version);
    expect(driver.rules.map((x) => x.id)).toEqual([...RULE_IDS]);
    for (const [i, rule] of rules.entries()) {
      expect(driver.rules[i]!.shortDescription.text).toBe(rule.description);
      expect(driver.rules[i]!.help.text).toBe(rule.docs.details);
      expect(driver.rules[i]!.defaultConfiguration.level).toBe(levelOf(rule.defaultSeverity));
    }
    const expected = [MINSK, KREMLIN].flatMap((file) =>
      expectedFindings(file).map((d) => ({
        ruleId: d.rule,
        ruleIndex: RULE_IDS.indexOf(d.rule as RuleId),
        level: levelOf(d.severity),
        message: d.message,
        uri: file,
        region: [d.position.start.line, d.position.start.column, d.position.end.line, d.position.end.column],
      })),
    );
    expect(expected.length).toBeGreaterThan(3);
    expect(
      sarifRun!.results.map((x) => {
        const { artifactLocation, region } = x.locations[0]!.physicalLocation;
        expect(artifactLocation.uriBaseId).toBe('SRCROOT');
        return { ruleId: x.ruleId, ruleIndex: x.ruleIndex, level: x.level, message: x.message.text, uri: artifactLocation.uri, region: [region.startLine, region.startColumn, region.endLine, region.endColumn] };
      }),
    ).toEqual(expected);
    // The gallery warning of the Kremlin dossier, as the stylish output shows it (line 41, column 1).
    expect(sarifRun!.results.find((x) => x.ruleId === 'gallery-sequence')!.locations[0]!.physicalLocation.region.startLine).toBe(41);
  });

  it('a file that cannot be checked is an error notification and exit 2; the log stays valid', () => {
    const bad = join(tmp, 'latin1.txt');
    writeFileSync(bad, Buffer.from([0x4c, 0x65, 0x20, 0x63, 0x61, 0x66, 0xe9, 0x0a]));
    const r = run(['validate', MINSK, bad, '--format', 'sarif']);
    expect(r.status).toBe(2);
    const log = JSON.parse(r.stdout) as SarifLog;
    expect(validSarif(log)).toBe(true);
    const [invocation] = log.runs[0]!.invocations;
    expect(invocation!.executionSuccessful).toBe(false);
    expect(invocation!.toolExecutionNotifications).toHaveLength(1);
    expect(invocation!.toolExecutionNotifications[0]!.level).toBe('error');
    expect(invocation!.toolExecutionNotifications[0]!.message.text).toMatch(/not valid UTF-8/);
  });
});

interface EslintResult {
  filePath: string;
  messages: Array<{ ruleId: string | null; severity: number; message: string; line?: number; column?: number; endLine?: number; endColumn?: number; fatal?: boolean }>;
  errorCount: number;
  warningCount: number;
  fatalErrorCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
}

describe('validate --format json (ESLint formatter shape)', { timeout: SLOW }, () => {
  it('one LintResult per file with absolute filePath, messages with 1-based positions and counts', () => {
    const files = ['fixtures/article-rt-france-union.txt', MINSK, KREMLIN];
    const r = run(['validate', 'fixtures/*.txt', '--format', 'json']);
    expect(r.status).toBe(0);
    const results = JSON.parse(r.stdout) as EslintResult[];
    expect(results.map((x) => x.filePath)).toEqual(files.map((f) => resolve(root, f)));
    for (const [i, file] of files.entries()) {
      const ds = expectedFindings(file);
      const res = results[i]!;
      expect(res.messages).toEqual(
        ds.map((d) => ({
          ruleId: d.rule,
          severity: d.severity === 'error' ? 2 : 1,
          message: d.message,
          line: d.position.start.line,
          column: d.position.start.column,
          endLine: d.position.end.line,
          endColumn: d.position.end.column,
          nodeType: null,
        })),
      );
      expect(res.errorCount).toBe(ds.filter((d) => d.severity === 'error').length);
      expect(res.warningCount).toBe(ds.length - res.errorCount);
      expect([res.fatalErrorCount, res.fixableErrorCount, res.fixableWarningCount]).toEqual([0, 0, 0]);
    }
    expect(results[2]!.messages.filter((m) => m.ruleId === 'gallery-sequence').map((m) => m.line)).toEqual([41, 217, 254]);
  });

  it('an unreadable file is one fatal message, severity 2, ruleId null; --format pressdoc-json keeps the former shape', () => {
    const r = run(['validate', 'no/such.txt', MINSK, '--format', 'json']);
    expect(r.status).toBe(2);
    const results = JSON.parse(r.stdout) as EslintResult[];
    const missing = results.find((x) => x.filePath.endsWith('no/such.txt'))!;
    expect(missing.messages).toEqual([{ ruleId: null, severity: 2, fatal: true, message: expect.stringMatching(/no such file/), nodeType: null }]);
    expect([missing.errorCount, missing.fatalErrorCount]).toEqual([1, 1]);
    const own = JSON.parse(run(['validate', MINSK, '--format', 'pressdoc-json']).stdout) as Array<{ file: string; diagnostics: unknown[] }>;
    expect(own).toEqual([{ file: MINSK, diagnostics: expectedFindings(MINSK) }]);
  });
});

describe('--quiet, --output-file, --color, --version', { timeout: SLOW }, () => {
  it('--quiet reports errors only: the samples have warnings and info, no errors, so nothing is reported', () => {
    const loud = run(['validate', 'fixtures/*.txt']);
    expect(loud.stdout).toContain('warning');
    const quiet = run(['validate', 'fixtures/*.txt', '--quiet']);
    expect(quiet.status).toBe(0);
    expect(quiet.stdout).toBe('no problems in 3 files\n');
    // Errors are still reported: the Kremlin dossier's gallery warnings re-graded as errors, the Minsk warning dropped.
    const r = run(['validate', MINSK, KREMLIN, '--rule', 'gallery-sequence=error', '--quiet', '--format', 'json']);
    expect(r.status).toBe(1);
    const [minsk, kremlin] = JSON.parse(r.stdout) as EslintResult[];
    expect(expectedFindings(MINSK).map((d) => d.severity)).toContain('warning');
    expect(minsk!.messages).toEqual([]);
    expect(kremlin!.messages.map((m) => [m.ruleId, m.severity, m.line])).toEqual([
      ['gallery-sequence', 2, 41],
      ['gallery-sequence', 2, 217],
      ['gallery-sequence', 2, 254],
    ]);
    expect([kremlin!.errorCount, kremlin!.warningCount]).toEqual([3, 0]);
  });

  it('--output-file writes the report (folders made) and nothing to standard output; an unwritable path is exit 2 before any check', () => {
    const target = join(tmp, 'out', 'deep', 'report.sarif');
    const r = run(['validate', 'fixtures/*.txt', '--format', 'sarif', '--output-file', target]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    expect(readFileSync(target, 'utf8')).toBe(run(['validate', 'fixtures/*.txt', '--format', 'sarif']).stdout);
    const stylish = join(tmp, 'stylish.txt');
    expect(run(['validate', KREMLIN, '-o', stylish], { FORCE_COLOR: '1' }).status).toBe(0);
    expect(readFileSync(stylish, 'utf8')).not.toContain('\u001b[');
    const denied = run(['validate', MINSK, '--output-file', join(MINSK, 'x.json')]);
    expect(denied.status).toBe(2);
    expect(denied.stdout).toBe('');
    expect(denied.stderr).toMatch(/^pressdoc: cannot write the output file '.*x\.json': /);
  });

  it('--color and --no-color win over FORCE_COLOR and NO_COLOR, before or after the command', () => {
    const esc = '\u001b[';
    expect(run(['validate', KREMLIN]).stdout).not.toContain(esc);
    expect(run(['validate', KREMLIN], { FORCE_COLOR: '1' }).stdout).toContain(esc);
    expect(run(['validate', KREMLIN], { FORCE_COLOR: '1', NO_COLOR: '1' }).stdout).not.toContain(esc);
    expect(run(['validate', KREMLIN, '--no-color'], { FORCE_COLOR: '1' }).stdout).not.toContain(esc);
    expect(run(['--color', 'validate', KREMLIN], { NO_COLOR: '1' }).stdout).toContain(esc);
    expect(run(['validate', KREMLIN, '--color']).stdout).toContain(esc);
    expect(run(['parse', MINSK, '--color']).stdout).toContain(esc);
  });

  it('--version prints the version of package.json', () => {
    const r = run(['--version']);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`${pkg.version}\n`);
  });
});
