/**
 * Every action the server writes to the trail is in domain/audit/actions.ts (so it has a label): the type holds the
 * writers, and this scan holds what the type cannot see (a literal cast away, a new template).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS, AUDIT_OBJECT_TYPES, isAuditAction } from '../../../../domain/audit/actions.js';

const SERVER_SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [full] : [];
  });
}

describe('audit actions written by the server', () => {
  const sources = sourceFiles(SERVER_SRC).map((f) => fs.readFileSync(f, 'utf8'));

  it('are all listed', () => {
    const written = new Set<string>();
    for (const text of sources) {
      for (const m of text.matchAll(/action: '([a-z_]+(?:\.[a-z_]+)+)'/g)) written.add(m[1]!);
      for (const m of text.matchAll(/_ACTION = '([a-z_]+(?:\.[a-z_]+)+)'/g)) written.add(m[1]!);
      for (const m of text.matchAll(/\? '([a-z_]+(?:\.[a-z_]+)+)' : '([a-z_]+(?:\.[a-z_]+)+)'/g)) {
        written.add(m[1]!);
        written.add(m[2]!);
      }
    }
    expect(written.size).toBeGreaterThan(30);
    expect([...written].filter((a) => !isAuditAction(a))).toEqual([]);
  });

  it('builds templated actions only from listed commands and plan steps', () => {
    const templates = new Set<string>();
    for (const text of sources) for (const m of text.matchAll(/action: `([^`]+)`/g)) templates.add(m[1]!);
    // the two templates, spelled without ${ so the linter does not take them for a mistaken template
    expect([...templates].sort()).toEqual(['participation.$' + '{request.command}', 'plan.$' + '{input.action}']);
    expect(AUDIT_ACTIONS).toContain('participation.certify');
    expect(AUDIT_ACTIONS).toContain('plan.amend');
  });

  it('names only listed object types', () => {
    const types = new Set<string>();
    for (const text of sources) for (const m of text.matchAll(/objectType: '([a-z_]+)'/g)) types.add(m[1]!);
    expect([...types].filter((t) => !(AUDIT_OBJECT_TYPES as readonly string[]).includes(t))).toEqual([]);
  });
});
