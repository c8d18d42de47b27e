import * as v from 'valibot';

/** Milliseconds since the epoch. Every stored time uses this unit. */
export const TimestampSchema = v.pipe(v.number(), v.integer(), v.minValue(0));

export const IdSchema = v.pipe(v.string(), v.nonEmpty());

/** Free text the user typed; trimmed, and empty allowed. */
export const TextSchema = v.pipe(v.string(), v.trim());

export const OptionalTextSchema = v.optional(TextSchema, '');

export const TokenUsageSchema = v.object({
  inputTokens: v.pipe(v.number(), v.integer(), v.minValue(0)),
  outputTokens: v.pipe(v.number(), v.integer(), v.minValue(0)),
});
export type TokenUsage = v.InferOutput<typeof TokenUsageSchema>;

export function newId(): string {
  return crypto.randomUUID();
}
