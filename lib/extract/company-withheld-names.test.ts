// @vitest-environment node
import { expect, it } from 'vitest';
import { cleanCompanyName, companyField, isPlaceholderCompany } from './company';

// Withheld-employer phrases as recruiters write them, with the article the language puts in front.
it.each([
  // Portuguese: "a" is the feminine article ("A grande empresa do setor").
  'A grande empresa',
  'A importante empresa',
  // "un" for "una" is a common slip in Latin American ads.
  'Un importante empresa',
  'Un gran empresa del sector',
])('%s: the page says the employer is withheld, so the form asks for one', (placeholder) => {
  expect(isPlaceholderCompany(placeholder)).toBe(true);
  expect(companyField(placeholder)).toEqual({ company: null });
});

// Real employers whose names END with a word that, on its own, is a withheld-employer phrase: the
// phrases count only as the whole name (or its start), so these stay the letter's addressee.
it.each([
  // The Spanish news site El Confidencial hires journalists and engineers.
  'El Confidencial',
  // Arabic family-services charities: "الأسرية" / "الأسري" (family) end with the letters of «سرية» / «سري» (confidential).
  'جمعية التنمية الأسرية',
  'مركز الإرشاد الأسري',
])('%s is a real employer, not a placeholder', (name) => {
  expect(isPlaceholderCompany(name)).toBe(false);
  expect(cleanCompanyName(name)).toBe(name);
  expect(companyField(name)).toEqual({ company: name });
});

// Recruiters run an ellipsis straight into the next word; the placeholder still starts the value,
// and only dots, "!" and "*" at the END of a value are noise to drop.
it.each(['Our client...a Series B fintech', 'Confidential...fintech startup'])(
  '%s: a placeholder followed by an ellipsis is still a placeholder',
  (placeholder) => {
    expect(isPlaceholderCompany(placeholder)).toBe(true);
    expect(companyField(placeholder)).toEqual({ company: null });
  },
);
