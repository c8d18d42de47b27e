import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { saveJob, updateJob } from '../db';
import { createGenerationJob } from '../jobs/new-job';
import { sampleJobDetails, sampleProfile } from '../testing/fixtures';
import { updateBadge } from './badge';

describe('toolbar badge', () => {
  it('counts pending and running jobs and clears when none are left', async () => {
    const jobs = [1, 2, 3].map((i) => createGenerationJob({ profile: sampleProfile(), job: sampleJobDetails({ company: `C${i}` }) }, i));
    for (const job of jobs) await saveJob(job);
    await updateJob(jobs[0]!.id, (j) => ({ ...j, status: 'IN_PROGRESS' }));
    await updateJob(jobs[1]!.id, (j) => ({ ...j, status: 'CANCELLED' }));
    await updateBadge();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('2');
    await updateJob(jobs[0]!.id, (j) => ({ ...j, status: 'COMPLETED' }));
    await updateJob(jobs[2]!.id, (j) => ({ ...j, status: 'CANCELLED' }));
    await Promise.all([updateBadge(), updateBadge(), updateBadge()]);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });
});
