import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createGenerationJob } from '../jobs/new-job';
import { sampleJobDetails, sampleProfile } from '../testing/fixtures';
import { panelRequestItem, settingsItem } from '../settings';
import { notifyJobFinished, registerNotificationClicks } from './notifications';

const finished = (status: 'COMPLETED' | 'FAILED', error: string | null = null) => ({
  ...createGenerationJob({ profile: sampleProfile(), job: sampleJobDetails({ company: 'Babbage & Co' }) }),
  status,
  error,
});

describe('notifications', () => {
  it('tells the user a letter is ready, or why it failed', async () => {
    const done = finished('COMPLETED');
    const failed = finished('FAILED', 'The API key was refused (401). Check the Anthropic API key in Settings.');
    await notifyJobFinished(done);
    await notifyJobFinished(failed);
    const shown = await fakeBrowser.notifications.getAll();
    expect(shown[`job:${done.id}`]).toMatchObject({ title: 'Cover letter ready: Babbage & Co' });
    expect(shown[`job:${failed.id}`]).toMatchObject({ title: 'Cover letter failed: Babbage & Co', message: failed.error });
  });

  it('stays quiet when the user turned notifications off', async () => {
    await settingsItem.setValue({ notifications: false });
    await notifyJobFinished(finished('COMPLETED'));
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
  });

  it('opens that letter when a notification is clicked', async () => {
    registerNotificationClicks();
    const opened: string[] = [];
    fakeBrowser.tabs.onCreated.addListener((tab) => opened.push(tab.url ?? ''));
    await fakeBrowser.notifications.onClicked.trigger('job:job-42');
    // The click handler works asynchronously: wait for what it does, not for a fixed time.
    await vi.waitFor(async () => expect(await panelRequestItem.getValue()).toMatchObject({ view: 'letter', jobId: 'job-42' }));
    await vi.waitFor(() => expect(opened).toEqual([expect.stringMatching(/sidepanel\.html\?job=job-42$/)]));
  });
});
