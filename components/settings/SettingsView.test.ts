// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadSettings } from '@/lib/settings';
import SettingsView from './SettingsView.svelte';
import { settingsStore } from './settings-store.svelte';

let stop: () => void;
beforeEach(async () => {
  stop = settingsStore.start();
  await vi.waitFor(() => expect(settingsStore.loaded).toBe(true));
});
afterEach(() => {
  cleanup();
  stop();
});

describe('SettingsView', () => {
  it('saves the key, address and concurrency and says "Saved"', async () => {
    const user = userEvent.setup();
    render(SettingsView);
    await user.type(screen.getByLabelText('Anthropic API key'), 'sk-test');
    const url = screen.getByLabelText('API base URL');
    await user.clear(url);
    await user.type(url, 'http://localhost:11434');
    const concurrency = screen.getByLabelText('Max concurrent jobs');
    await user.clear(concurrency);
    await user.type(concurrency, '3');
    await user.click(screen.getByLabelText('Notifications'));
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText('Saved')).toBeTruthy();
    expect(await loadSettings()).toMatchObject({ apiKey: 'sk-test', baseUrl: 'http://localhost:11434', maxConcurrentJobs: 3, notifications: false });
  });

  it('"Fix problems automatically" is on by default and can be turned off', async () => {
    const user = userEvent.setup();
    render(SettingsView);
    const fix = screen.getByRole('checkbox', { name: 'Fix problems automatically' });
    expect((fix as HTMLInputElement).checked).toBe(true);
    await user.click(fix);
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText('Saved')).toBeTruthy();
    expect(await loadSettings()).toMatchObject({ fixProblemsAutomatically: false });
  });

  it('shows an out-of-range concurrency at the field and stores nothing', async () => {
    const user = userEvent.setup();
    render(SettingsView);
    const concurrency = screen.getByLabelText('Max concurrent jobs');
    await user.clear(concurrency);
    await user.type(concurrency, '9');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    await vi.waitFor(() => expect(concurrency.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByText('At most 6')).toBeTruthy();
    expect((await loadSettings()).maxConcurrentJobs).toBe(2);
  });

  it('toggles the key between hidden and shown', async () => {
    const user = userEvent.setup();
    render(SettingsView);
    const key = screen.getByLabelText('Anthropic API key') as HTMLInputElement;
    expect(key.type).toBe('password');
    await user.click(screen.getByRole('button', { name: 'Show API key' }));
    expect(key.type).toBe('text');
    expect(screen.getByRole('button', { name: 'Hide API key' })).toBeTruthy();
  });
});
