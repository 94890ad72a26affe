/**
 * Per-client rate limiting: a token bucket per client address. `perMinute` tokens flow in each
 * minute; a bucket holds at most a quarter of that (a burst of 15 seconds' worth). A request
 * without a token gets a 429 with Retry-After (seconds until the next token).
 */
import { isIP } from 'node:net';

interface Bucket {
  tokens: number;
  at: number;
}

/** Buckets kept at most; past it full buckets (idle clients) are dropped. */
export const MAX_CLIENTS = 100_000;

interface RateDecision {
  allowed: boolean;
  retryAfterSeconds: number;
}

function isLoopback(address: string): boolean {
  const a = address.startsWith('::ffff:') ? address.slice(7) : address;
  return a === '::1' || (isIP(a) === 4 && a.startsWith('127.'));
}

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly capacity: number;
  private readonly perMs: number;

  constructor(
    perMinute: number,
    private readonly limitLoopback: boolean,
    private readonly now: () => number = Date.now,
  ) {
    this.capacity = Math.max(1, Math.ceil(perMinute / 4));
    this.perMs = perMinute / 60_000;
  }

  /** Client buckets held. */
  get clients(): number {
    return this.buckets.size;
  }

  get enabled(): boolean {
    return this.perMs > 0;
  }

  take(client: string): RateDecision {
    if (!this.enabled || (!this.limitLoopback && isLoopback(client))) return { allowed: true, retryAfterSeconds: 0 };
    const now = this.now();
    let bucket = this.buckets.get(client);
    if (!bucket) {
      if (this.buckets.size >= MAX_CLIENTS) this.sweep(now);
      bucket = { tokens: this.capacity, at: now };
      this.buckets.set(client, bucket);
    }
    bucket.tokens = Math.min(this.capacity, bucket.tokens + (now - bucket.at) * this.perMs);
    bucket.at = now;
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { allowed: true, retryAfterSeconds: 0 };
    }
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / this.perMs / 1000)) };
  }

  private sweep(now: number): void {
    for (const [client, bucket] of this.buckets)
      if (bucket.tokens + (now - bucket.at) * this.perMs >= this.capacity) this.buckets.delete(client);
    if (this.buckets.size >= MAX_CLIENTS) this.buckets.clear();
  }
}
