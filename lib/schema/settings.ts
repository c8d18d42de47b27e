import * as v from 'valibot';
import { baseUrlProblem } from './base-url';

export const DEFAULT_BASE_URL = 'https://api.anthropic.com';
export const DEFAULT_MODEL = 'claude-sonnet-5-5';

/** The choices of "Keep finished jobs for": 30 days, 90 days, 1 year, forever (0). */
export const RETENTION_DAYS = [30, 90, 365, 0] as const;

export const SettingsSchema = v.object({
  apiKey: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(500)), ''),
  baseUrl: v.optional(
    v.pipe(
      v.string(),
      v.trim(),
      v.maxLength(2048),
      v.url('Enter a full address such as http://localhost:11434'),
      v.rawCheck(({ dataset, addIssue }) => {
        const problem = dataset.typed ? baseUrlProblem(dataset.value) : null;
        if (problem) addIssue({ message: problem });
      }),
    ),
    DEFAULT_BASE_URL,
  ),
  model: v.optional(v.pipe(v.string(), v.trim(), v.nonEmpty('Choose a model'), v.maxLength(100)), DEFAULT_MODEL),
  maxConcurrentJobs: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1, 'At least 1'), v.maxValue(6, 'At most 6')), 2),
  maxTokens: v.optional(v.pipe(v.number(), v.integer(), v.minValue(256), v.maxValue(16_000)), 2048),
  notifications: v.optional(v.boolean(), true),
  paperSize: v.optional(v.picklist(['A4', 'Letter']), 'A4'),
  /** "Keep finished jobs for": days after which finished jobs and their letters are deleted; 0 keeps them forever. */
  keepFinishedJobsDays: v.optional(v.picklist(RETENTION_DAYS), 0),
  /** One corrective request when a letter has a placeholder, the wrong company, an invented fact or model chatter. */
  fixProblemsAutomatically: v.optional(v.boolean(), true),
  /** The file put into an application form's cover-letter upload. */
  uploadFormat: v.optional(v.picklist(['PDF', 'DOCX']), 'PDF'),
});
export type Settings = v.InferOutput<typeof SettingsSchema>;
export const DEFAULT_SETTINGS: Settings = /* @__PURE__ */ v.parse(SettingsSchema, {});
