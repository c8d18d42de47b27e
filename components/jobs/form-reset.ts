/** The posting fields the form clears for the next posting. */
export interface PostingFields {
  company: string;
  title: string;
  description: string;
  url: string;
  location: string;
}

/**
 * The form after a background submission is stored: each field clears only if it still holds what
 * was submitted. Text the user typed while the submission was in flight (the next posting) stays.
 */
export function clearSubmitted(submitted: PostingFields, current: PostingFields): PostingFields {
  const keep = (key: keyof PostingFields) => (current[key] === submitted[key] ? '' : current[key]);
  return { company: keep('company'), title: keep('title'), description: keep('description'), url: keep('url'), location: keep('location') };
}
