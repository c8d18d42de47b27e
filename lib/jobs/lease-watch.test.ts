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

  it('is just after the earliest lapse, in whatever order the jobs are listed', () => {
    const lease = (expiresAt: number) => ({ status: 'IN_PROGRESS' as const, lease: { owner: 'a', token: `t${expiresAt}`, expiresAt } });
    expect(nextLeaseCheck([lease(15_000), lease(20_000), lease(18_000)])).toBe(15_000 + LEASE_CHECK_GRACE_MS);
  });

  it('skips a job marked running that has no lease to wait for', () => {
    const jobs = [
      { status: 'IN_PROGRESS' as const, lease: null },
      { status: 'IN_PROGRESS' as const, lease: { owner: 'a', token: 't', expiresAt: 9_000 } },
    ];
    expect(nextLeaseCheck(jobs)).toBe(9_000 + LEASE_CHECK_GRACE_MS);
    expect(nextLeaseCheck([{ status: 'IN_PROGRESS', lease: null }])).toBeNull();
  });
});
