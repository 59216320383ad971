// docs/rules.md is generated from the rule list; this fails when it is
// stale (run `npm run docs:rules`) or misses a rule.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES_DOC, renderRulesDoc } from '../../scripts/rules-doc.js';
import { rules } from '../../src/validate/index.js';

describe('docs/rules.md', () => {
  const page = readFileSync(RULES_DOC, 'utf8');

  it('is up to date with the rule list (regenerate with `npm run docs:rules`)', () => {
    expect(page).toBe(renderRulesDoc());
  });

  it('has a section per rule, with its default severity and, when it has one, its example’s findings', () => {
    for (const r of rules) {
      const start = page.indexOf(`\n## ${r.id}\n`);
      expect(start, r.id).toBeGreaterThan(0);
      const next = page.indexOf('\n## ', start + 1);
      const section = page.slice(start, next === -1 ? undefined : next);
      expect(section).toContain(`Default severity: **${r.defaultSeverity}**`);
      if (r.docs.example !== undefined) expect(section).toMatch(new RegExp(`Findings:\\n\\n\`{3,}text\\n\\d+:\\d+  ${r.defaultSeverity}  \\S`));
    }
  });
});
