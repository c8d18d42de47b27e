// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { saveJob } from '@/lib/db';
import JobsPanel from './JobsPanel.svelte';
import { jobsStore } from './jobs-store.svelte';
import { jobWith } from '../testing/fixtures';

let stop: (() => void) | undefined;
afterEach(() => {
  cleanup();
  stop?.();
});

const companies = () =>
  within(screen.getByRole('list', { name: 'Generation jobs' }))
    .queryAllByRole('listitem')
    .map((li) => li.querySelector('.company')?.textContent ?? '');

async function seed() {
  await saveJob({ ...jobWith('COMPLETED', { coverLetterId: 'l1' }), id: 'a', company: 'Łódź Ledgers', position: 'Staff Engineer', createdAt: 4000 });
  await saveJob({ ...jobWith('FAILED'), id: 'b', company: 'Café Crème', position: 'Barista Lead', createdAt: 3000 });
  await saveJob({ ...jobWith('COMPLETED', { coverLetterId: 'l3' }), id: 'c', company: 'Babbage & Co', position: 'Frontend Engineer', createdAt: 2000 });
  stop = jobsStore.start();
  await vi.waitFor(() => expect(jobsStore.jobs).toHaveLength(3));
}

describe('Search jobs', () => {
  it('narrows the list by company or position as the user types, ignoring case and accents, with a count', async () => {
    await seed();
    const user = userEvent.setup();
    render(JobsPanel, { onView: () => undefined });
    expect(companies()).toEqual(['Łódź Ledgers', 'Café Crème', 'Babbage & Co']);
    expect(screen.getByText('3 jobs')).toBeTruthy();

    await user.type(screen.getByRole('searchbox', { name: 'Search jobs' }), 'LODZ');
    expect(companies()).toEqual(['Łódź Ledgers']);
    expect(screen.getByText('1 of 3 jobs')).toBeTruthy();

    await user.clear(screen.getByLabelText('Search jobs'));
    await user.type(screen.getByLabelText('Search jobs'), 'engineer');
    expect(companies()).toEqual(['Łódź Ledgers', 'Babbage & Co']);
    const items = within(screen.getByRole('list', { name: 'Generation jobs' })).getAllByRole('listitem');
    expect(items.map((li) => [li.getAttribute('aria-posinset'), li.getAttribute('aria-setsize')])).toEqual([
      ['1', '2'],
      ['2', '2'],
    ]);
  });

  it('combines with the Status filter, says when nothing matches, and "Show all jobs" clears both', async () => {
    await seed();
    const user = userEvent.setup();
    render(JobsPanel, { onView: () => undefined });
    await user.selectOptions(screen.getByLabelText('Status'), 'COMPLETED');
    await user.type(screen.getByLabelText('Search jobs'), 'cafe');
    expect(companies()).toEqual([]);
    expect(screen.getByText(/No jobs match “cafe” with these filters/)).toBeTruthy();

    await user.selectOptions(screen.getByLabelText('Status'), '');
    expect(companies()).toEqual(['Café Crème']);

    await user.type(screen.getByLabelText('Search jobs'), 'zzz');
    await user.click(screen.getByRole('button', { name: 'Show all jobs' }));
    expect(companies()).toEqual(['Łódź Ledgers', 'Café Crème', 'Babbage & Co']);
    expect((screen.getByLabelText('Search jobs') as HTMLInputElement).value).toBe('');
  });
});
