import * as v from 'valibot';

/** Field path ("email", "experience.0.employer") → the first message for it. `FORM_KEY` holds issues with no path. */
export type FieldErrors = Record<string, string>;

export const FORM_KEY = '_form';

/**
 * Maps valibot issues to one message per field, the first issue winning. `collapse` folds a path
 * into the field that shows it, e.g. "skills.3" → "skills" when skills are edited in one textarea.
 */
export function issuesToFieldErrors(
  issues: readonly v.BaseIssue<unknown>[],
  collapse: (path: string) => string = (p) => p,
): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const dot = v.getDotPath(issue);
    const key = dot ? collapse(dot) : FORM_KEY;
    errors[key] ??= issue.message;
  }
  return errors;
}

// The ids live apart (field-ids.ts): the job form shows its fields before any check runs, so the
// panel's first chunk carries the ids and not the valibot issue mapping.
export { errorId, fieldId } from './field-ids';

/** The first key of `errors` in the order fields appear on the form (`order` lists paths in DOM order). */
export function firstInvalid(errors: FieldErrors, order: readonly string[]): string | undefined {
  return order.find((path) => path in errors) ?? Object.keys(errors)[0];
}

/** An http(s) address, or the message to show. Empty is allowed. */
export function checkHttpUrl(value: string): string | null {
  const text = value.trim();
  if (!text) return null;
  try {
    const url = new URL(text);
    if (url.protocol === 'http:' || url.protocol === 'https:') return null;
  } catch {
    // fall through
  }
  return 'Enter a full address starting with https://';
}
