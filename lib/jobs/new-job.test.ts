import { describe, expect, it } from 'vitest';
import { getJob } from '../db';
import { sampleJobDetails, sampleProfile } from '../testing/fixtures';
import { createGenerationJob } from './new-job';
import { queueJob } from './operations';

describe('a new job', () => {
  it('starts with nothing written yet', async () => {
    const job = await queueJob({ profile: sampleProfile(), job: sampleJobDetails() });
    expect(job.streamedText).toBe('');
    expect((await getJob(job.id))?.streamedText).toBe('');
  });

  it('remembers the letter it rewrites, and none when it is a first letter', () => {
    const rewrite = createGenerationJob({ profile: sampleProfile(), job: sampleJobDetails(), previousLetterId: 'letter-1' });
    expect(rewrite.previousLetterId).toBe('letter-1');
    expect(createGenerationJob({ profile: sampleProfile(), job: sampleJobDetails() }).previousLetterId).toBeNull();
  });
});
