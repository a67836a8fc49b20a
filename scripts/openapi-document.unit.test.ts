/**
 * The committed openapi.json is usable by others (ADR 0031): every operation has an operationId and its error
 * answers, a standard generator (openapi-typescript) turns it into a client that type-checks, and the Redocly
 * linter's recommended rules report no error. (server/test/openapi.test.ts shows the file is the running app's.)
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createConfig, lintFromString } from '@redocly/openapi-core';
import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const FILE = path.resolve(import.meta.dirname, '../openapi.json');
const source = fs.readFileSync(FILE, 'utf8');
const document = JSON.parse(source) as {
  paths: Record<string, Record<string, { operationId?: string; responses: Record<string, unknown> }>>;
};
const operations = Object.entries(document.paths).flatMap(([p, methods]) =>
  Object.entries(methods).map(([method, operation]) => ({ name: `${method.toUpperCase()} ${p}`, operation })),
);

describe('openapi.json', () => {
  it('gives every operation a unique operationId', () => {
    expect(operations.filter((o) => !o.operation.operationId).map((o) => o.name)).toEqual([]);
    const ids = operations.map((o) => o.operation.operationId);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('documents the error answers of every operation, each naming its codes', () => {
    const missing = operations.filter(
      (o) => !Object.keys(o.operation.responses).some((status) => status.startsWith('4') || status.startsWith('5')),
    );
    expect(missing.map((o) => o.name)).toEqual([]);
    for (const { operation } of operations) {
      for (const [status, response] of Object.entries(operation.responses)) {
        if (!/^[45]/.test(status)) continue;
        expect((response as { description: string }).description).toMatch(/^[A-Z_]+(, [A-Z_]+)*$/);
      }
    }
  });

  it('describes an uploaded file body as binary content of the media types the route accepts', () => {
    type Body = { required: boolean; content: Record<string, { schema: { type: string; format: string } }> };
    const body = (p: string, method: string) =>
      (document.paths[p]?.[method] as unknown as { requestBody?: Body } | undefined)?.requestBody;
    const roster = body('/api/v1/campaigns/{id}/roster/import', 'post');
    expect(roster?.required).toBe(true);
    expect(roster?.content).toEqual({
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
        schema: expect.objectContaining({ type: 'string', format: 'binary' }),
      },
    });
    expect(Object.keys(body('/api/v1/participations/{id}/files', 'post')?.content ?? {})).toContain('image/jpeg');
  });

  it('passes the Redocly linter (recommended rules) without an error', async () => {
    const config = await createConfig({ extends: ['recommended'] });
    const problems = await lintFromString({ source, absoluteRef: FILE, config });
    const errors = problems
      .filter((p) => p.severity === 'error')
      .map((p) => `${p.ruleId}: ${p.message} at ${p.location[0]?.pointer ?? ''}`);
    expect(errors).toEqual([]);
  }, 60_000);

  it('generates a TypeScript client with openapi-typescript that type-checks', async () => {
    const generated = astToString(await openapiTS(JSON.parse(source)));
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'uplift-openapi-'));
    try {
      fs.writeFileSync(path.join(dir, 'api.ts'), generated);
      // a use of the generated types, so the check covers a real path's answer and error shapes
      fs.writeFileSync(
        path.join(dir, 'use.ts'),
        [
          "import type { components, operations } from './api';",
          "type Bodies = operations['bodiesList']['responses'][200]['content']['application/json'];",
          'export const first = (b: Bodies): string | undefined => b.items[0]?.name;',
          "export const code = (e: components['schemas']['ErrorBody']): string => e.code;",
          "type Roster = operations['rostersImport']['requestBody'];",
          "export const upload = (r: Roster): string => r.content['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'];",
        ].join('\n'),
      );
      const program = ts.createProgram([path.join(dir, 'use.ts')], {
        strict: true,
        noEmit: true,
        target: ts.ScriptTarget.ES2022,
        module: ts.ModuleKind.ESNext,
        moduleResolution: ts.ModuleResolutionKind.Bundler,
        skipLibCheck: true,
      });
      const diagnostics = ts
        .getPreEmitDiagnostics(program)
        .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      expect(diagnostics).toEqual([]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
