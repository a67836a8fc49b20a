/**
 * fast-check values for a request schema (the fuzz test, server/test/request-fuzz.test.ts): the contract's zod schema
 * as JSON Schema, and from it mostly well-formed values — so requests get past validation into the handlers — mixed
 * with hostile ones at every level (wrong types, edge numbers, long, odd and unsafe text, missing and extra fields).
 * `known` offers real values for some formats (the demo's ids), so handlers meet rows that exist.
 */
import fc from 'fast-check';
import { z } from 'zod';

type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  default?: unknown;
};

export interface Known {
  uuids: string[];
}

/** Text that breaks careless code: control characters, NUL, lone surrogates, RTL, emoji, markup, SQL, huge. */
const hostileText = fc.constantFrom(
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\ud800',
  '\u202e反向',
  '😀👨‍👩‍👧',
  '<script>alert(1)</script>',
  "' or 1=1 --",
  '%_\\',
  '../../etc/passwd',
  '９９９９',
  'x'.repeat(70_000),
  '0000-00-00',
  '2026-02-30',
  '-1',
  'NaN',
);

const hostile: fc.Arbitrary<unknown> = fc.oneof(
  hostileText,
  fc.constantFrom(null, true, false, 0, -1, 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, 0.5, [], {}, [null], { a: 1 }),
  fc.string({ maxLength: 20 }),
);

function stringOf(schema: JsonSchema, known: Known): fc.Arbitrary<string> {
  if (schema.format === 'uuid') return fc.oneof(fc.constantFrom(...known.uuids), fc.uuid({ version: 4 }));
  if (schema.format === 'date')
    return fc
      .date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
  if (schema.format === 'email') return fc.emailAddress();
  if (schema.format === 'uri' || schema.format === 'url') return fc.webUrl();
  if (schema.pattern) {
    try {
      return fc.stringMatching(new RegExp(schema.pattern)).filter((s) => s.length <= (schema.maxLength ?? 10_000));
    } catch {
      // a pattern fast-check cannot read: plain text below
    }
  }
  return fc.string({
    minLength: schema.minLength ?? 0,
    maxLength: Math.min(schema.maxLength ?? 40, 40),
    unit: fc.constantFrom(...'企业质量认证体系管理abcXYZ0123456789 -_.，。'.split('')),
  });
}

function numberOf(schema: JsonSchema, integer: boolean): fc.Arbitrary<number> {
  const min = schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : -1000);
  const max = Math.min(
    schema.maximum ?? (schema.exclusiveMaximum !== undefined ? schema.exclusiveMaximum - 1 : 1e6),
    1e9,
  );
  if (integer) return fc.integer({ min: Math.ceil(min), max: Math.max(Math.ceil(min), Math.floor(max)) });
  return fc.double({ min, max: Math.max(min, max), noNaN: true });
}

/** Well-formed (mostly) values of the schema. */
function valid(schema: JsonSchema, known: Known, depth: number): fc.Arbitrary<unknown> {
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const union = schema.anyOf ?? schema.oneOf;
  if (union && union.length > 0) return fc.oneof(...union.map((s) => value(s, known, depth)));
  if (schema.allOf && schema.allOf.length > 0) return value(schema.allOf[0]!, known, depth);
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  if (types.length > 1) return fc.oneof(...types.map((type) => valid({ ...schema, type }, known, depth)));
  switch (types[0]) {
    case 'null':
      return fc.constant(null);
    case 'boolean':
      return fc.boolean();
    case 'integer':
      return numberOf(schema, true);
    case 'number':
      return numberOf(schema, false);
    case 'string':
      return stringOf(schema, known);
    case 'array':
      return fc.array(value(schema.items ?? {}, known, depth + 1), {
        minLength: schema.minItems ?? 0,
        maxLength: Math.min(schema.maxItems ?? Number.POSITIVE_INFINITY, (schema.minItems ?? 0) + 4),
      });
    case 'object': {
      if (depth > 4) return fc.constant({});
      const properties = schema.properties ?? {};
      const required = new Set(schema.required ?? []);
      const record: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [key, property] of Object.entries(properties)) record[key] = value(property, known, depth + 1);
      return fc.record(record, { requiredKeys: [...required].filter((k) => k in record) });
    }
    default:
      return hostile;
  }
}

/** A value for the schema: well-formed nine times in ten, hostile otherwise. */
export function value(schema: JsonSchema, known: Known, depth = 0): fc.Arbitrary<unknown> {
  return fc.oneof({ arbitrary: valid(schema, known, depth), weight: 9 }, { arbitrary: hostile, weight: 1 });
}

/** The request part of a zod schema (the input side) as fast-check values; undefined when there is no schema. */
export function arbitraryFor(schema: z.ZodType | undefined, known: Known): fc.Arbitrary<unknown> | undefined {
  if (!schema) return undefined;
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  return value(json, known);
}
