// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { saveJob } from '@/lib/db';
import { setApplicationStatus } from '@/lib/applications/status';
import JobsPanel from '../jobs/JobsPanel.svelte';
import { jobsStore } from '../jobs/jobs-store.svelte';
import { jobWith } from '../testing/fixtures';

let stop: (() => void) | undefined;
afterEach(() => {
  cleanup();
  stop?.();
});

const names = () => within(screen.getByRole('list', { name: 'Generation jobs' })).queryAllByRole('listitem').map((li) => li.textContent ?? '');

describe('Applications in the jobs list', () => {
  it('cards show the application status; "Applications" sorts by last change and counts per status; the Status filter has them', async () => {
    await saveJob({ ...jobWith('COMPLETED', { coverLetterId: 'l1' }), id: 'a', company: 'Alpha', createdAt: 3000 });
    await saveJob({ ...jobWith('COMPLETED', { coverLetterId: 'l2' }), id: 'b', company: 'Beta', createdAt: 2000 });
    await saveJob({ ...jobWith('COMPLETED', { coverLetterId: 'l3' }), id: 'c', company: 'Gamma', createdAt: 1000 });
    await setApplicationStatus('c', 'Applied', 5000);
    await setApplicationStatus('b', 'Interview', 6000);
    stop = jobsStore.start();
    await vi.waitFor(() => expect(jobsStore.jobs).toHaveLength(3));
    await vi.waitFor(() => expect(jobsStore.byId.get('b')?.application.status).toBe('Interview'));

    const user = userEvent.setup();
    render(JobsPanel, { onView: () => undefined });
    expect(names().map((n) => n.match(/Alpha|Beta|Gamma/)![0])).toEqual(['Alpha', 'Beta', 'Gamma']);
    expect(screen.getAllByTitle('Application status').map((s) => s.textContent)).toEqual(['Not applied', 'Interview', 'Applied']);

    await user.click(screen.getByRole('button', { name: 'Applications' }));
    // The mode's code loads on this first press.
    await vi.waitFor(() => expect(names().map((n) => n.match(/Alpha|Beta|Gamma/)![0])).toEqual(['Beta', 'Gamma', 'Alpha']));
    const summary = await screen.findByRole('list', { name: 'Applications by status' });
    expect(within(summary).getByRole('button', { name: /Interview\s*1/ })).toBeTruthy();
    expect(within(summary).getByRole('button', { name: /Not applied\s*1/ })).toBeTruthy();
    expect(within(summary).getByRole('button', { name: /Offer\s*0/ })).toBeTruthy();

    await user.selectOptions(screen.getByLabelText('Status'), 'application:Applied');
    expect(names().map((n) => n.match(/Alpha|Beta|Gamma/)![0])).toEqual(['Gamma']);
  });
});
