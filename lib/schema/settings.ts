import * as v from 'valibot';

export const DEFAULT_BASE_URL = 'https://api.anthropic.com';
export const DEFAULT_MODEL = 'claude-sonnet-5-5';

export const SettingsSchema = v.object({
  apiKey: v.optional(v.pipe(v.string(), v.trim()), ''),
  baseUrl: v.optional(v.pipe(v.string(), v.trim(), v.url('Enter a full address such as http://localhost:11434')), DEFAULT_BASE_URL),
  model: v.optional(v.pipe(v.string(), v.trim(), v.nonEmpty('Choose a model')), DEFAULT_MODEL),
  maxConcurrentJobs: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1, 'At least 1'), v.maxValue(6, 'At most 6')), 2),
  maxTokens: v.optional(v.pipe(v.number(), v.integer(), v.minValue(256), v.maxValue(16_000)), 2048),
  notifications: v.optional(v.boolean(), true),
  paperSize: v.optional(v.picklist(['A4', 'Letter']), 'A4'),
  /** The file put into an application form's cover-letter upload. */
  uploadFormat: v.optional(v.picklist(['PDF', 'DOCX']), 'PDF'),
});
export type Settings = v.InferOutput<typeof SettingsSchema>;
export const DEFAULT_SETTINGS: Settings = v.parse(SettingsSchema, {});
