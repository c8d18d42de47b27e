// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { listProfiles } from '@/lib/db';
import { activeProfileIdItem } from '@/lib/settings';
import ProfileView from './ProfileView.svelte';
import { profilesStore } from './profiles-store.svelte';

let stop: () => void;
beforeEach(async () => {
  stop = profilesStore.start();
  await vi.waitFor(() => expect(profilesStore.loaded).toBe(true));
});
afterEach(() => {
  cleanup();
  stop();
});

function messageFor(input: HTMLElement): string {
  const ids = (input.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

async function fillValidProfile(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByLabelText('Full name'), 'Ada Lovelace');
  await user.type(screen.getByLabelText('Skills'), 'Mathematics{enter}Programming');
  const exp = screen.getByRole('group', { name: 'Experience 1' });
  await user.type(within(exp).getByLabelText('Employer'), 'Analytical Engines');
  await user.type(within(exp).getByLabelText('Role'), 'Engineer');
}

describe('ProfileView', () => {
  it('shows an invalid email next to the field, focuses it, and saves nothing', async () => {
    const user = userEvent.setup();
    render(ProfileView);
    await fillValidProfile(user);
    await user.type(screen.getByLabelText('Email'), 'ada@');
    await user.click(screen.getByRole('button', { name: 'Save profile' }));
    const email = screen.getByLabelText('Email');
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(messageFor(email)).toMatch(/valid email/);
    expect(document.activeElement).toBe(email);
    expect(await listProfiles()).toHaveLength(0);
  });

  it('saves a valid profile, makes it active and announces it', async () => {
    const user = userEvent.setup();
    render(ProfileView);
    await fillValidProfile(user);
    await user.type(screen.getByLabelText('Email'), 'ada@example.com');
    await user.click(screen.getByRole('button', { name: 'Save profile' }));
    expect(await screen.findByText('Profile saved')).toBeTruthy();
    const [saved] = await listProfiles();
    expect(saved).toMatchObject({ name: 'Ada Lovelace', skills: ['Mathematics', 'Programming'] });
    expect(await activeProfileIdItem.getValue()).toBe(saved!.id);
  });

  it('labels experience fields per entry and counts description characters', async () => {
    const user = userEvent.setup();
    render(ProfileView);
    await user.click(screen.getByRole('button', { name: 'Add experience' }));
    const second = screen.getByRole('group', { name: 'Experience 2' });
    await user.type(within(second).getByLabelText('Description'), 'Hello');
    expect(within(second).getByText('5/4000')).toBeTruthy();
    await user.click(within(second).getByRole('button', { name: 'Remove' }));
    expect(screen.queryByRole('group', { name: 'Experience 2' })).toBeNull();
  });
});

describe('ProfileView writing sample', () => {
  it('saves the writing sample with the profile and says it is used for style only', async () => {
    const user = userEvent.setup();
    render(ProfileView);
    await fillValidProfile(user);
    await user.type(screen.getByLabelText('Email'), 'ada@example.com');
    const sample = screen.getByLabelText('Writing sample');
    expect(messageFor(sample)).toMatch(/style.*never its facts/);
    await user.type(sample, 'I like short sentences. I get to the point.');
    await user.click(screen.getByRole('button', { name: 'Save profile' }));
    await vi.waitFor(async () => expect((await listProfiles())[0]?.writingSample).toBe('I like short sentences. I get to the point.'));
  });
});
