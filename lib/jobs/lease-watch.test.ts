import { describe, expect, it } from 'vitest';
import { LEASE_CHECK_GRACE_MS, nextLeaseCheck } from './lease-watch';

describe('when an open panel looks at running jobs again', () => {
  it('is just after the earliest lease of a running job lapses', () => {
    const jobs = [
      { status: 'IN_PROGRESS' as const, lease: { owner: 'a', token: 't1', expiresAt: 20_000 } },
      { status: 'IN_PROGRESS' as const, lease: { owner: 'a', token: 't2', expiresAt: 15_000 } },
      { status: 'PENDING' as const, lease: null },
    ];
    expect(nextLeaseCheck(jobs)).toBe(15_000 + LEASE_CHECK_GRACE_MS);
  });

  it('is never when nothing runs', () => {
    expect(nextLeaseCheck([{ status: 'COMPLETED', lease: null }, { status: 'PENDING', lease: null }])).toBeNull();
  });
});
