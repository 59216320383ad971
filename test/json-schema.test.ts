// The JSON Schemas shipped in schema/ are fresh compiles of the zod schemas,
// and a standard validator (ajv, draft 2020-12, strict mode) accepts the
// trees and diagnostics of the three samples and rejects broken ones.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import { JSON_SCHEMA_FILES, JSON_SCHEMA_NAMES, jsonSchemaText } from '../src/json-schema.js';
import { validateTree } from '../src/schema.js';
import { fixture, SAMPLES } from './helpers.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  version: string;
  files: string[];
  exports: Record<string, unknown>;
};
const shipped = (name: keyof typeof JSON_SCHEMA_FILES): string => readFileSync(join(root, 'schema', JSON_SCHEMA_FILES[name]), 'utf8');

/** ajv in strict mode: an unknown keyword or a loose schema is an error, not a silent pass. */
function validator(name: keyof typeof JSON_SCHEMA_FILES) {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  return ajv.compile(JSON.parse(shipped(name)) as object);
}

/** A sample's result as stored: through JSON and back. */
function stored(name: string): { tree: any; diagnostics: any[] } {
  return JSON.parse(JSON.stringify(parse(fixture(name))));
}

describe('schema/*.schema.json', () => {
  it.each(JSON_SCHEMA_NAMES)('%s is a fresh generation from the zod schemas', (name) => {
    const message = `schema/${JSON_SCHEMA_FILES[name]} is stale: run \`npm run json-schema\` (part of \`npm run build\`) and commit it`;
    expect(shipped(name) === jsonSchemaText(name, pkg.version), message).toBe(true);
  });

  it('are shipped and exported by the package', () => {
    expect(pkg.files).toContain('schema');
    for (const name of JSON_SCHEMA_NAMES) {
      const path = `./schema/${JSON_SCHEMA_FILES[name]}`;
      expect(pkg.exports[path]).toBe(path);
    }
  });

  it('declare draft 2020-12 and name every node type in $defs', () => {
    const tree = JSON.parse(shipped('tree')) as { $schema: string; $defs: Record<string, unknown> };
    expect(tree.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    for (const type of ['Header', 'Toc', 'TocEntry', 'Section', 'Subsection', 'SpeakerTurn', 'Caption', 'SourceLink', 'Boilerplate', 'When', 'Position']) {
      expect(Object.keys(tree.$defs)).toContain(type);
    }
  });
});

describe('ajv with the shipped JSON Schemas', () => {
  const validTree = validator('tree');
  const validDiagnostics = validator('diagnostics');

  it.each(SAMPLES)('accepts the tree and the diagnostics of %s', (name) => {
    const { tree, diagnostics } = stored(name);
    expect(validTree(tree), JSON.stringify(validTree.errors)).toBe(true);
    expect(validDiagnostics(diagnostics), JSON.stringify(validDiagnostics.errors)).toBe(true);
  });

  it('the samples exercise the schema: dossier and article nodes alike', () => {
    const types = new Set<string>();
    for (const name of SAMPLES) {
      JSON.stringify(stored(name).tree, (key, value: unknown) => {
        if (key === 'type' && typeof value === 'string') types.add(value);
        return value;
      });
    }
    for (const t of ['header', 'toc', 'section', 'subsection', 'speakerTurn', 'caption', 'photoCounter', 'boilerplate', 'title']) {
      expect(types).toContain(t);
    }
  });

  // The samples parse without diagnostics: a small damaged dossier gives some of each severity.
  const damaged = [
    '6125 – RUSSIE – Titre – 24.05.24 –',
    'Texte perdu avant la table',
    '1°/Premier titre – 31 février 2025 à 25h70 à Minsk',
    '2°/Deuxième titre',
    '1°/Premier titre – 31 février 2025 à 25h70 à Minsk',
    '2°/Deuxième titre – 12 mars 2025 à 21h40 à Tombouctou',
    '',
  ].join('\n');

  it('accepts the diagnostics of a damaged dossier', () => {
    const { tree, diagnostics } = JSON.parse(JSON.stringify(parse(damaged))) as { tree: unknown; diagnostics: Array<{ code: string; severity: string }> };
    expect(new Set(diagnostics.map((d) => d.code))).toEqual(
      new Set(['UNRECOGNIZED_LINE', 'INVALID_DATE', 'INVALID_TIME', 'HEADING_WITHOUT_TIMESTAMP', 'UNKNOWN_TIME_ZONE']),
    );
    expect(validDiagnostics(diagnostics), JSON.stringify(validDiagnostics.errors)).toBe(true);
    expect(validTree(tree), JSON.stringify(validTree.errors)).toBe(true);
  });

  /** Broken copies of the Minsk dossier's tree, each with the path ajv must point at. */
  const breakages: Array<[string, (tree: any) => void, string]> = [
    ['an unknown node type', (t) => (t.children[0].type = 'banner'), '/children/0'],
    ['a missing position', (t) => delete t.children[1].position, '/children/1'],
    ['an unknown field', (t) => (t.children[2].colour = 'red'), '/children/2'],
    ['a date that is not YYYY-MM-DD', (t) => (t.children[2].when.date = '24 mai'), '/children/2/when/date'],
    ['a line number below 1', (t) => (t.position.start.line = 0), '/position/start/line'],
    ['a column that is not an integer', (t) => (t.children[0].position.end.column = 1.5), '/children/0/position/end/column'],
    ['a wrong document kind', (t) => (t.kind = 'book'), '/kind'],
    ['a section number that is a string', (t) => (t.children[2].number = '1'), '/children/2'],
  ];

  it.each(breakages)('rejects %s, and so does validateTree', (_name, breakIt, path) => {
    const tree = stored('dossier-6125-minsk-2024.txt').tree;
    breakIt(tree);
    expect(validTree(tree)).toBe(false);
    expect(validTree.errors!.map((e) => e.instancePath)).toContain(path);
    expect(validateTree(tree).ok).toBe(false);
  });

  it('rejects a diagnostic with an unknown code or severity', () => {
    const { diagnostics } = JSON.parse(JSON.stringify(parse(damaged))) as { diagnostics: object[] };
    expect(validDiagnostics(diagnostics)).toBe(true);
    expect(validDiagnostics([{ ...diagnostics[0], code: 'NOPE' }])).toBe(false);
    expect(validDiagnostics([{ ...diagnostics[0], severity: 'fatal' }])).toBe(false);
    expect(validDiagnostics({ diagnostics })).toBe(false);
  });
});
