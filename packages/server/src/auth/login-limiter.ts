/**
 * Counts failed logins per key (user name + client IP) in a sliding window, in memory: a single server
 * process serves a company, and a restart forgetting the count costs an attacker nothing they did not have.
 */
export class LoginLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly maxAttempts: number,
    private readonly windowS: number,
    private readonly now: () => Date,
  ) {}

  /** Seconds until the key may try again, or 0 when it may try now. */
  retryAfterS(key: string): number {
    const recent = this.recent(key);
    if (recent.length < this.maxAttempts) return 0;
    const oldest = recent[recent.length - this.maxAttempts] ?? this.now().getTime();
    return Math.max(1, Math.ceil((oldest + this.windowS * 1000 - this.now().getTime()) / 1000));
  }

  /** Records a failed attempt for the key. */
  fail(key: string): void {
    const recent = this.recent(key);
    recent.push(this.now().getTime());
    this.failures.set(key, recent);
    if (this.failures.size > 10_000) this.sweep();
  }

  /** Forgets the key's failures (after a successful login). */
  reset(key: string): void {
    this.failures.delete(key);
  }

  private recent(key: string): number[] {
    const since = this.now().getTime() - this.windowS * 1000;
    return (this.failures.get(key) ?? []).filter((t) => t > since);
  }

  private sweep(): void {
    for (const key of [...this.failures.keys()]) {
      const recent = this.recent(key);
      if (recent.length === 0) this.failures.delete(key);
      else this.failures.set(key, recent);
    }
  }
}
