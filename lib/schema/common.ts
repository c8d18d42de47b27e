import * as v from 'valibot';

/** Milliseconds since the epoch. Every stored time uses this unit. */
export const TimestampSchema = v.pipe(v.number(), v.integer(), v.minValue(0));

/** Upper bounds for stored text: a backup or a message can never smuggle in megabytes through one field. */
export const TEXT_LIMITS = { id: 100, short: 100, line: 300, url: 2048, message: 2000, section: 100_000, stream: 200_000 } as const;

export const IdSchema = v.pipe(v.string(), v.nonEmpty(), v.maxLength(TEXT_LIMITS.id));

/** Free text the user typed; trimmed, and empty allowed. */
export const TextSchema = v.pipe(v.string(), v.trim());

/** A short optional line (a date as written, a phone number, a location). */
export const OptionalTextSchema = v.optional(v.pipe(TextSchema, v.maxLength(TEXT_LIMITS.line)), '');

/** A string of at most `max` characters. Marked free of side effects so bundles drop the calls whose schema they never use. */
export const stringUpTo = /* @__NO_SIDE_EFFECTS__ */ (max: number) => v.pipe(v.string(), v.maxLength(max));

export const TokenUsageSchema = v.object({
  inputTokens: v.pipe(v.number(), v.integer(), v.minValue(0)),
  outputTokens: v.pipe(v.number(), v.integer(), v.minValue(0)),
});
export type TokenUsage = v.InferOutput<typeof TokenUsageSchema>;

export function newId(): string {
  return crypto.randomUUID();
}
