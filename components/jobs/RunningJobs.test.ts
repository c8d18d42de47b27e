// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jobWith } from '../testing/fixtures';
import RunningJobs from './RunningJobs.svelte';

afterEach(cleanup);

describe('RunningJobs', () => {
  it('lists the running job with its progress and the waiting one, not the finished ones', () => {
    render(RunningJobs, {
      jobs: [
        jobWith('COMPLETED', { id: 'done', company: 'Done Co' }),
        jobWith('PENDING', { id: 'wait', company: 'Queue Co', createdAt: 2 }),
        jobWith('IN_PROGRESS', { id: 'run', company: 'Busy Co', progress: 40, currentStep: 'Writing', createdAt: 1 }),
        jobWith('FAILED', { id: 'bad', company: 'Broken Co' }),
      ],
    });
    const region = screen.getByRole('region', { name: 'Running jobs' });
    const rows = within(region).getAllByRole('listitem');
    expect(rows.map((r) => r.textContent)).toEqual([expect.stringContaining('Busy Co'), expect.stringContaining('Queue Co')]);
    expect(within(rows[0]!).getByRole('progressbar', { name: 'Progress for Busy Co' }).getAttribute('aria-valuenow')).toBe('40');
    expect(rows[1]!.textContent).toContain('Pending');
    expect(within(region).getByText('1 writing, 1 waiting')).toBeTruthy();
  });

  it('says when a job held back for a retry tries again', () => {
    render(RunningJobs, { jobs: [jobWith('PENDING', { company: 'Later Co', notBefore: Date.now() + 60 * 60_000, waitReason: 'rate limit' })] });
    expect(screen.getByRole('listitem').textContent).toMatch(/Waiting: rate limit, next try at/);
  });

  it('shows nothing when no job runs or waits', () => {
    render(RunningJobs, { jobs: [jobWith('COMPLETED'), jobWith('CANCELLED')] });
    expect(screen.queryByRole('region', { name: 'Running jobs' })).toBeNull();
  });

  it('"Show" moves focus to the job’s card in the list', async () => {
    const user = userEvent.setup();
    // jsdom lays nothing out: no scrollIntoView, no CSS.escape.
    const scrolled = vi.fn();
    Element.prototype.scrollIntoView = scrolled;
    vi.stubGlobal('CSS', { escape: (s: string) => s });
    const list = document.createElement('ul');
    list.innerHTML = '<li data-job-id="run"><button type="button">Cancel</button></li>';
    document.body.append(list);
    render(RunningJobs, { jobs: [jobWith('IN_PROGRESS', { id: 'run', company: 'Busy Co' })] });
    await user.click(screen.getByRole('button', { name: 'Show Busy Co in the list' }));
    await vi.waitFor(() => expect(document.activeElement?.textContent).toBe('Cancel'));
    expect(scrolled).toHaveBeenCalledOnce();
    list.remove();
    vi.unstubAllGlobals();
  });
});
