import * as v from 'valibot';

/**
 * What the injected extractor hands back to the background. The background re-validates it with
 * this schema because it crossed a process boundary from a page we do not control.
 */

export const EXTRACTION_METHODS = ['json-ld', 'microdata', 'readability', 'page-title'] as const;

const AdapterMethodSchema = v.custom<`adapter:${string}`>(
  (input) => typeof input === 'string' && /^adapter:[a-z0-9-]+$/.test(input),
  'Unknown extraction method',
);

export const ExtractionMethodSchema = v.union([v.picklist(EXTRACTION_METHODS), AdapterMethodSchema]);
export type ExtractionMethod = v.InferOutput<typeof ExtractionMethodSchema>;

export const FoundJobPostingSchema = v.object({
  found: v.literal(true),
  company: v.nullable(v.pipe(v.string(), v.nonEmpty())),
  title: v.pipe(v.string(), v.nonEmpty()),
  location: v.string(),
  description: v.string(),
  descriptionTruncated: v.boolean(),
  url: v.string(),
  method: ExtractionMethodSchema,
  confidence: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
  /** BCP 47 tag of the posting's language ("de", "pt-BR"); empty when it cannot be told. */
  language: v.optional(v.pipe(v.string(), v.maxLength(35)), ''),
});

export const NoJobPostingSchema = v.object({
  found: v.literal(false),
  reason: v.pipe(v.string(), v.nonEmpty()),
  url: v.string(),
});

export const ExtractionResultSchema = v.variant('found', [FoundJobPostingSchema, NoJobPostingSchema]);

export type FoundJobPosting = v.InferOutput<typeof FoundJobPostingSchema>;
export type NoJobPosting = v.InferOutput<typeof NoJobPostingSchema>;
export type ExtractionResult = FoundJobPosting | NoJobPosting;
