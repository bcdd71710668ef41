/**
 * The emulated clock and the time an execution may take.
 *
 * The clock is either fixed (setNow) or real time; in both, time passes
 * inside an execution as the script calls services: each counted call moves
 * the clock on by its latency (setLatency), and waiting (Utilities.sleep, a
 * lock another process holds) by the time waited. Fixed, the instant moves;
 * real, an offset grows. The script's Date sees the moved clock.
 *
 * Apps Script stops an execution after 6 minutes (quotas page: "Script
 * runtime: 6 min / execution"), a simple trigger such as onOpen after 30
 * seconds (triggers guide: simple triggers "cannot run for longer than 30
 * seconds"). Modelled at the service calls: a call that starts within the
 * limit completes — a mail is sent even if the script is then killed before
 * it can record that — while one that would start after it throws
 * "Exceeded maximum execution time" (the text Apps Script reports, as in
 * every issue thread about it), and so does every later call of that
 * execution; the execution then ends with that error whatever the script
 * did with it.
 */
import { ServiceError } from './errors';

export const TIME_UP = 'Exceeded maximum execution time';
const DEFAULT_LIMIT_MS = 360_000;
const SIMPLE_TRIGGER_LIMIT_MS = 30_000;

/** Per `Class.method`, with `default` for any other call; milliseconds. */
export type Latency = Readonly<Record<string, number>> & { readonly default?: number };

interface Execution {
  readonly start: number;
  readonly limit: number;
  killed: boolean;
}

export class ExecutionClock {
  private fixedNow: number | null;
  /** How far real time mode runs ahead of the host's clock. */
  private offset = 0;
  private latency = new Map<string, number>();
  private defaultLatency = 0;
  private limit = DEFAULT_LIMIT_MS;
  private execution: Execution | null = null;

  constructor(now: Date | null) {
    this.fixedNow = now ? now.getTime() : null;
  }

  nowMs(): number {
    return this.fixedNow ?? Date.now() + this.offset;
  }

  /** The fixed clock, or null when it follows real time. */
  fixedNowMs(): number | null {
    return this.fixedNow;
  }

  /** Fixes the clock; null returns to real time (without any time passed so far). */
  setNow(date: Date | null): void {
    this.fixedNow = date ? date.getTime() : null;
    this.offset = 0;
  }

  /** Time passes. */
  advance(ms: number): void {
    if (!(ms > 0)) return;
    if (this.fixedNow === null) this.offset += ms;
    else this.fixedNow += ms;
  }

  setLatency(latency: Latency): void {
    this.latency = new Map(Object.entries(latency).filter(([key]) => key !== 'default'));
    this.defaultLatency = latency.default ?? 0;
  }

  latencyOf(key: string): number {
    return this.latency.get(key) ?? this.defaultLatency;
  }

  setExecutionLimit(ms: number): void {
    this.limit = ms;
  }

  /** Runs `body` as one execution, timed from now; a simple trigger has 30 seconds at most. */
  run<T>(simple: boolean, body: () => T): T {
    const outer = this.execution;
    const execution: Execution = { start: this.nowMs(), limit: simple ? Math.min(SIMPLE_TRIGGER_LIMIT_MS, this.limit) : this.limit, killed: false };
    this.execution = execution;
    try {
      const result = body();
      if (execution.killed) throw new ServiceError(TIME_UP);
      return result;
    } catch (error) {
      throw execution.killed ? new ServiceError(TIME_UP) : error;
    } finally {
      this.execution = outer;
    }
  }

  /** Before a service call starts: fails once the execution's time is up (calls outside an execution are not timed). */
  checkDeadline(): void {
    const execution = this.execution;
    if (!execution) return;
    if (execution.killed || this.nowMs() - execution.start >= execution.limit) {
      execution.killed = true;
      throw new ServiceError(TIME_UP);
    }
  }
}
