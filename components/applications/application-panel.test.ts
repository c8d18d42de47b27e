// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getJob, saveJob } from '@/lib/db';
import { markApplied } from '@/lib/applications/status';
import { APPLICATION_STATUSES } from '@/lib/schema';
import { applyNoticeItem, loadSettings, saveSettings } from '@/lib/settings';
import ApplicationPanel from '../letter/ApplicationPanel.svelte';
import SettingsView from '../settings/SettingsView.svelte';
import { settingsStore } from '../settings/settings-store.svelte';
import { jobWith } from '../testing/fixtures';

afterEach(cleanup);

async function storedCompletedJob() {
  const job = jobWith('COMPLETED', { coverLetterId: 'letter-1' });
  await saveJob(job);
  return job;
}

describe('ApplicationPanel', () => {
  it('has "Fill on page", the "Application status" select with the six statuses, and "Notes"', async () => {
    render(ApplicationPanel, { job: await storedCompletedJob() });
    expect(screen.getByRole('button', { name: 'Fill on page' })).toBeTruthy();
    const select = screen.getByLabelText('Application status') as HTMLSelectElement;
    expect(Array.from(select.options).map((o) => o.textContent)).toEqual([...APPLICATION_STATUSES]);
    expect(select.value).toBe('Not applied');
    expect(screen.getByLabelText('Notes')).toBeTruthy();
  });

  it('stores a status change and the notes the user types', async () => {
    const user = userEvent.setup();
    const job = await storedCompletedJob();
    render(ApplicationPanel, { job });
    await user.selectOptions(screen.getByLabelText('Application status'), 'Interview');
    await vi.waitFor(async () => expect((await getJob(job.id))!.application.status).toBe('Interview'));
    await user.type(screen.getByLabelText('Notes'), 'Call with Zoë on Tuesday');
    await user.tab();
    await vi.waitFor(async () => expect((await getJob(job.id))!.application.note).toBe('Call with Zoë on Tuesday'));
    expect(await screen.findByText('Notes saved')).toBeTruthy();
  });

  it('shows a fill from the context menu with an Undo that restores the status', async () => {
    const user = userEvent.setup();
    const job = await storedCompletedJob();
    const { previous } = await markApplied(job.id);
    await applyNoticeItem.setValue({
      id: 'n1',
      outcome: { kind: 'filled', jobId: job.id, company: 'Acme', position: 'Frontend Engineer', label: 'Cover letter', field: 'text', fileName: null, previous, warnings: [] },
    });
    render(ApplicationPanel, { job: (await getJob(job.id))! });
    const status = await screen.findByText(/Filled your letter for Acme into “Cover letter”/);
    await user.click(within(status.closest('[role="status"]') as HTMLElement).getByRole('button', { name: 'Undo' }));
    await vi.waitFor(async () => expect((await getJob(job.id))!.application.status).toBe('Not applied'));
    // Shown once: the notice is consumed.
    expect(await applyNoticeItem.getValue()).toBeNull();
  });

  it('offers "Remind me in" days once Applied', async () => {
    const user = userEvent.setup();
    const job = await storedCompletedJob();
    await markApplied(job.id);
    render(ApplicationPanel, { job: (await getJob(job.id))! });
    const days = screen.getByLabelText('Remind me in');
    await user.clear(days);
    await user.type(days, '5');
    await user.click(screen.getByRole('button', { name: 'Set reminder' }));
    await vi.waitFor(async () => expect((await getJob(job.id))!.application.remindAt).toBeGreaterThan(Date.now() + 4 * 86_400_000));
  });
});

describe('Settings: Upload format', () => {
  it('offers PDF and DOCX and stores the choice', async () => {
    const stop = settingsStore.start();
    await vi.waitFor(() => expect(settingsStore.loaded).toBe(true));
    await saveSettings({ ...(await loadSettings()), apiKey: 'sk-x' });
    const user = userEvent.setup();
    render(SettingsView);
    const select = screen.getByLabelText('Upload format') as HTMLSelectElement;
    expect(Array.from(select.options).map((o) => o.textContent)).toEqual(['PDF', 'DOCX']);
    await user.selectOptions(select, 'DOCX');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    await vi.waitFor(async () => expect((await loadSettings()).uploadFormat).toBe('DOCX'));
    stop();
  });
});
