/**
 * LockService. Each scope (document, script, user) is free, held by the
 * running execution, or held by "another process" that the Node side
 * simulates to test overlapping runs. Locks the execution still holds are
 * released when it ends, as Google does. A lock another process holds is
 * waited for in vain: the whole timeout passes on the emulated clock (and
 * counts against the execution's time) before tryLock answers false or
 * waitLock fails with Google's text, "Lock timeout: another process was
 * holding the lock for too long."
 */
import type { Env } from './env';
import { fail, signatureMismatch } from './errors';
import { classSpec } from './expose';

export type LockScope = 'document' | 'script' | 'user';
type Holder = 'none' | 'execution' | 'other';

const METHODS = ['tryLock', 'waitLock', 'releaseLock', 'hasLock'] as const;
type GLock = GoogleAppsScript.Lock.Lock;
const LOCK = classSpec<GLock>()('LockService', 'Lock', METHODS);

const SERVICE_METHODS = ['getDocumentLock', 'getScriptLock', 'getUserLock'] as const;
type GService = GoogleAppsScript.Lock.LockService;
export const LOCK_SERVICE = classSpec<GService>()('LockService', 'LockService', SERVICE_METHODS);

/** The Node side's handle on the locks. */
export class LockControl {
  private readonly holders: Record<LockScope, Holder> = { document: 'none', script: 'none', user: 'none' };
  private readonly acquired = new Set<LockImpl>();

  constructor(env: Env) {
    env.onRunEnd(() => {
      for (const scope of Object.keys(this.holders) as LockScope[]) if (this.holders[scope] === 'execution') this.holders[scope] = 'none';
      this.acquired.clear();
    });
  }

  /** Another execution takes the lock: the script's tryLock then fails and waitLock times out. */
  hold(scope: LockScope): void {
    this.holders[scope] = 'other';
  }

  release(scope: LockScope): void {
    if (this.holders[scope] === 'other') this.holders[scope] = 'none';
  }

  /** 'execution' while the running script holds it. */
  holder(scope: LockScope): Holder {
    return this.holders[scope];
  }

  acquire(lock: LockImpl, scope: LockScope): boolean {
    if (this.holders[scope] === 'other') return false;
    this.holders[scope] = 'execution';
    this.acquired.add(lock);
    return true;
  }

  releaseFor(lock: LockImpl, scope: LockScope): void {
    if (!this.acquired.delete(lock)) return;
    if (![...this.acquired].some((other) => other.scope === scope)) this.holders[scope] = 'none';
  }

  has(lock: LockImpl): boolean {
    return this.acquired.has(lock);
  }
}

function checkTimeout(value: unknown, method: string): void {
  if (typeof value !== 'number' || !Number.isFinite(value)) signatureMismatch(`LockService.Lock.${method}`, [value]);
}

class LockImpl implements Pick<GLock, typeof METHODS[number]> {
  constructor(private readonly env: Env, private readonly control: LockControl, readonly scope: LockScope) {}

  tryLock(timeoutInMillis: number): boolean {
    checkTimeout(timeoutInMillis, 'tryLock');
    if (this.control.acquire(this, this.scope)) return true;
    this.env.wait(timeoutInMillis);
    return false;
  }

  waitLock(timeoutInMillis: number): void {
    checkTimeout(timeoutInMillis, 'waitLock');
    if (this.control.acquire(this, this.scope)) return;
    this.env.wait(timeoutInMillis);
    fail('Lock timeout: another process was holding the lock for too long.');
  }

  releaseLock(): void {
    this.control.releaseFor(this, this.scope);
  }

  hasLock(): boolean {
    return this.control.has(this);
  }
}

export class LockServiceImpl implements Pick<GService, typeof SERVICE_METHODS[number]> {
  constructor(private readonly env: Env, private readonly control: LockControl) {}

  getDocumentLock(): GLock {
    return this.env.expose(new LockImpl(this.env, this.control, 'document'), LOCK);
  }

  getScriptLock(): GLock {
    return this.env.expose(new LockImpl(this.env, this.control, 'script'), LOCK);
  }

  getUserLock(): GLock {
    return this.env.expose(new LockImpl(this.env, this.control, 'user'), LOCK);
  }
}
