/** DOM ids of form fields and of their error messages, shared by every form of the panel. */

/** The DOM id a field's input gets, from its path: "experience.0.employer" → "f-experience-0-employer". */
export function fieldId(path: string, prefix = 'f'): string {
  return `${prefix}-${path.replace(/[^a-zA-Z0-9]+/g, '-')}`;
}

export function errorId(path: string, prefix = 'f'): string {
  return `${fieldId(path, prefix)}-error`;
}
