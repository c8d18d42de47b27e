// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { JOB_LIMITS } from '@/lib/schema';
import { listJobs } from '@/lib/db';
import { profile } from '../testing/fixtures';
import JobForm from './JobForm.svelte';

afterEach(cleanup);

/** The message an input points at through aria-describedby. */
function messageFor(input: HTMLElement): string {
  const ids = (input.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

describe('JobForm validation', () => {
  it('reports an empty company at the field, marks it invalid and focuses it', async () => {
    const user = userEvent.setup();
    render(JobForm, { profile });
    await user.click(screen.getByRole('button', { name: 'Generate cover letter' }));
    const company = screen.getByLabelText('Company');
    // The checks load on the first submit.
    await vi.waitFor(() => expect(company.getAttribute('aria-invalid')).toBe('true'));
    expect(messageFor(company)).toContain('Add the company');
    expect(document.activeElement).toBe(company);
    expect(await listJobs()).toHaveLength(0);
  });

  it('reports a 5-character description at the field', async () => {
    const user = userEvent.setup();
    render(JobForm, { profile });
    await user.type(screen.getByLabelText('Company'), 'Acme');
    await user.type(screen.getByLabelText('Position'), 'Engineer');
    await user.type(screen.getByLabelText('Job description'), 'short');
    await user.click(screen.getByRole('button', { name: 'Generate cover letter' }));
    const description = screen.getByLabelText('Job description');
    await vi.waitFor(() => expect(description.getAttribute('aria-invalid')).toBe('true'));
    expect(messageFor(description)).toMatch(/at least 30 characters/);
    expect(screen.getByLabelText('Company').getAttribute('aria-invalid')).toBeNull();
  });

  it('reports an invalid job URL', async () => {
    const user = userEvent.setup();
    render(JobForm, { profile });
    await user.type(screen.getByLabelText('Job URL'), 'not a url');
    await user.click(screen.getByRole('button', { name: 'Generate cover letter' }));
    await vi.waitFor(() => expect(messageFor(screen.getByLabelText('Job URL'))).toMatch(/full address/));
  });

  it('caps the description at the limit and says the paste was cut', async () => {
    const user = userEvent.setup();
    render(JobForm, { profile });
    const description = screen.getByLabelText('Job description') as HTMLTextAreaElement;
    expect(description.maxLength).toBe(JOB_LIMITS.descriptionMax);
    description.focus();
    await user.paste('x'.repeat(JOB_LIMITS.descriptionMax + 500));
    expect(description.value.length).toBeLessThanOrEqual(JOB_LIMITS.descriptionMax);
    expect(messageFor(description)).toMatch(/cut/);
  });

  it('queues a valid job in background mode, clears the form and says "Queued"', async () => {
    const user = userEvent.setup();
    render(JobForm, { profile });
    await user.type(screen.getByLabelText('Company'), 'Acme');
    await user.type(screen.getByLabelText('Position'), 'Engineer');
    await user.type(screen.getByLabelText('Job description'), 'Build delightful browser extensions for millions of people.');
    await user.type(screen.getByLabelText('Custom instructions'), 'Keep it short');
    expect((screen.getByLabelText('Generate in background') as HTMLInputElement).checked).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Generate cover letter' }));
    expect(await screen.findByText('Queued')).toBeTruthy();
    const jobs = await listJobs();
    expect(jobs).toHaveLength(1);
    expect(jobs[0]).toMatchObject({ company: 'Acme', position: 'Engineer', status: 'PENDING' });
    expect(jobs[0]!.config.instructions.overall).toBe('Keep it short');
    expect((screen.getByLabelText('Company') as HTMLInputElement).value).toBe('');
    expect((screen.getByLabelText('Custom instructions') as HTMLTextAreaElement).value).toBe('Keep it short');
  });

  it('asks for a profile when there is none', () => {
    render(JobForm, { profile: null });
    expect(screen.getByRole('button', { name: 'Go to Profile' })).toBeTruthy();
  });
});

describe('JobForm letter options', () => {
  it('stores the chosen letter language, length and tone in the job, and says what Auto picks', async () => {
    const user = userEvent.setup();
    render(JobForm, { profile });
    await user.type(screen.getByLabelText('Company'), 'Müller Logistik');
    await user.type(screen.getByLabelText('Position'), 'Entwickler');
    await user.type(
      screen.getByLabelText('Job description'),
      'Wir suchen ab sofort eine Entwicklerin oder einen Entwickler für unser Team in Hamburg. Du arbeitest mit TypeScript und bist verantwortlich für unsere Logistik-Software.',
    );
    const language = screen.getByLabelText('Letter language') as HTMLSelectElement;
    expect(language.value).toBe('auto');
    // The detection code loads on demand: the hint names the language once it is in.
    await vi.waitFor(() => expect(messageFor(language)).toMatch(/Auto: German/));
    await user.selectOptions(screen.getByLabelText('Length'), 'Short (~150 words)');
    await user.selectOptions(screen.getByLabelText('Tone'), 'Warm');
    await user.click(screen.getByRole('button', { name: 'Generate cover letter' }));
    await vi.waitFor(async () => expect(await listJobs()).toHaveLength(1));
    const [job] = await listJobs();
    expect(job!.config).toMatchObject({ letterLanguage: 'auto', length: 'short', tone: 'warm' });

    await user.selectOptions(language, 'French');
    expect(language.value).toBe('fr');
  });
});
