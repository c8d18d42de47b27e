// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import type { JobStatus } from '@/lib/schema';
import { summaryWith } from '../testing/fixtures';
import JobCard from './JobCard.svelte';

afterEach(cleanup);

const STATUS_WORDS = ['Pending', 'Paused', 'In progress', 'Completed', 'Failed', 'Cancelled'];

function buttonNames(): string[] {
  return screen.queryAllByRole('button').map((b) => b.textContent?.trim() ?? '');
}

const cases: [JobStatus, string, string[]][] = [
  ['PENDING', 'Pending', ['Generate next', 'Cancel']],
  ['PAUSED', 'Paused', ['Start', 'Cancel']],
  ['IN_PROGRESS', 'In progress', ['Cancel']],
  ['COMPLETED', 'Completed', ['View cover letter', 'Delete']],
  ['FAILED', 'Failed', ['Retry', 'Delete']],
  ['CANCELLED', 'Cancelled', ['Retry', 'Delete']],
];

describe('JobCard', () => {
  it.each(cases)('%s shows "%s" and its actions', (status, word, actions) => {
    const { container } = render(JobCard, {
      job: summaryWith(status, { progress: 40, currentStep: 'Writing', error: status === 'FAILED' ? 'The API key was refused (401).' : null }),
    });
    const text = container.textContent ?? '';
    expect(text).toContain('Acme');
    expect(text).toContain('Frontend Engineer');
    for (const other of STATUS_WORDS) expect(text.includes(other), other).toBe(other === word);
    expect(buttonNames()).toEqual(actions);
    for (const name of actions) expect(screen.getByRole('button', { name })).toBeTruthy();
    expect(text).toContain('5m ago');
  });

  it('shows a labelled progressbar and the step only while running', () => {
    render(JobCard, { job: summaryWith('IN_PROGRESS', { progress: 42.4, currentStep: 'Writing' }) });
    const bar = screen.getByRole('progressbar', { name: 'Progress for Acme' });
    expect(bar.getAttribute('aria-valuenow')).toBe('42');
    expect(screen.getByText('Writing')).toBeTruthy();
  });

  it.each(['PENDING', 'COMPLETED', 'FAILED', 'CANCELLED'] as const)('has no progressbar when %s', (status) => {
    render(JobCard, { job: summaryWith(status) });
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('shows the error of a failed job, and its status icon is hidden from assistive tech', () => {
    const { container } = render(JobCard, { job: summaryWith('FAILED', { error: 'The API key was refused (401). Check it in Settings.' }) });
    expect(screen.getByText(/API key was refused/)).toBeTruthy();
    const icon = container.querySelector('.icon');
    expect(icon?.getAttribute('aria-hidden')).toBe('true');
    expect(within(container as HTMLElement).getByText('Failed')).toBeTruthy();
  });

  it('says when a job held back by a rate limit will be tried next', () => {
    const notBefore = new Date(2030, 0, 1, 14, 5).getTime();
    render(JobCard, { job: summaryWith('PENDING', { notBefore, waitReason: 'rate limit' }) });
    const expected = new Date(notBefore).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
    expect(screen.getByText(`Waiting: rate limit, next try at ${expected}`)).toBeTruthy();
  });
});

describe('JobCard, automatic retries', () => {
  it('counts down to the next automatic retry and says which attempt and why', () => {
    const notBefore = Date.now() + 8_000;
    render(JobCard, { job: summaryWith('PENDING', { notBefore, autoRetry: 2, waitReason: 'Claude is overloaded right now (529).' }) });
    expect(screen.getByText(/^Retrying in [78] s \(attempt 2 of 3\): Claude is overloaded right now \(529\)\.$/)).toBeTruthy();
  });
});
