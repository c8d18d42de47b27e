// @vitest-environment node
import { expect, it } from 'vitest';
import { documentFromHtml } from './test-support';
import { guessCompany } from './title-heuristics';

// Denmark's public job board Jobnet names itself in its ads ("Søg via Jobnet"); its host label
// "jobnet" says it is a job site, so its name is never taken for the employer.
it('does not take a job site named "Job…" for the employer, even when its ads mention it', () => {
  const url = new URL('https://jobnet.dk/find-job/12345');
  const document = documentFromHtml('<html><head><meta property="og:site_name" content="Jobnet"><title>Pædagog</title></head><body><h1>Pædagog</h1></body></html>', url.href);
  expect(guessCompany(document, url, 'Pædagog', 'Vi søger en pædagog til vores børnehave. Søg stillingen via Jobnet senest 1. maj.')).toBeNull();
});
