import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { BackupDataSchema } from '../backup/backup-format';
import { CoverLetterSchema, GenerationJobSchema, SettingsSchema, UserProfileSchema } from '.';

type AnySchema = { type: string; kind?: string; pipe?: AnySchema[]; entries?: Record<string, AnySchema>; wrapped?: AnySchema; item?: AnySchema; options?: AnySchema[]; value?: unknown };

/** Paths of string fields that accept text of any length. */
function unbounded(schema: AnySchema, path: string, out: string[]): string[] {
  const bounded = (s: AnySchema) => (s.pipe ?? []).some((a) => a.type === 'max_length' || a.type === 'length');
  switch (schema.type) {
    case 'string':
      if (!bounded(schema)) out.push(path);
      break;
    case 'object':
    case 'strict_object':
    case 'loose_object':
      for (const [key, entry] of Object.entries(schema.entries ?? {})) unbounded(entry, `${path}.${key}`, out);
      break;
    case 'optional':
    case 'nullable':
    case 'nullish':
    case 'exact_optional':
      unbounded(schema.wrapped!, path, out);
      break;
    case 'array':
      unbounded(schema.item!, `${path}[]`, out);
      break;
    case 'union':
    case 'variant':
      for (const option of schema.options ?? []) unbounded(option, path, out);
      break;
  }
  return out;
}

describe('every stored text has a maximum length', () => {
  it.each([
    ['profile', UserProfileSchema],
    ['job', GenerationJobSchema],
    ['letter', CoverLetterSchema],
    ['settings', SettingsSchema],
    ['backup', BackupDataSchema],
  ] as const)('%s', (name, schema) => {
    expect(unbounded(schema as unknown as AnySchema, name, [])).toEqual([]);
  });

  it('refuses a backup field that is too long instead of storing it', () => {
    const huge = 'x'.repeat(300_000);
    expect(v.safeParse(SettingsSchema, { model: huge }).success).toBe(false);
  });
});
