/**
 * The rate-limit windows the cluster's primary keeps for all workers: the same fixed-window arithmetic as
 * @fastify/rate-limit's own store, so a limit means the same with one process or several.
 */
import { describe, expect, it } from 'vitest';
import { rateLimitCounter } from './cluster.ts';

describe('rate-limit windows kept by the primary', () => {
  it('counts per key within the window and starts again after it', () => {
    let now = 1_000_000;
    const count = rateLimitCounter(() => now);
    expect(count('incr', 'login\u0000198.51.100.7', 60_000)).toEqual({ current: 1, ttl: 60_000 });
    now += 10_000;
    expect(count('incr', 'login\u0000198.51.100.7', 60_000)).toEqual({ current: 2, ttl: 50_000 });
    // Another address, another route: their own windows.
    expect(count('incr', 'login\u0000198.51.100.8', 60_000)).toMatchObject({ current: 1 });
    expect(count('incr', 'portal\u0000198.51.100.7', 60_000)).toMatchObject({ current: 1 });
    expect(count('read', 'login\u0000198.51.100.7', 60_000)).toEqual({ current: 2, ttl: 50_000 });
    now += 50_000; // the window of the first request has ended
    expect(count('read', 'login\u0000198.51.100.7', 60_000)).toEqual({ current: 0, ttl: 0 });
    expect(count('incr', 'login\u0000198.51.100.7', 60_000)).toEqual({ current: 1, ttl: 60_000 });
  });

  it('a read never counts', () => {
    const count = rateLimitCounter(() => 0);
    count('read', 'k', 1_000);
    count('read', 'k', 1_000);
    expect(count('incr', 'k', 1_000).current).toBe(1);
  });
});
