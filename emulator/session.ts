/** Session: the user the script runs as (active and effective are the same person here). */
import type { Env } from './env';
import { classSpec } from './expose';

const METHODS = ['getActiveUser', 'getEffectiveUser', 'getScriptTimeZone', 'getActiveUserLocale', 'getTemporaryActiveUserKey'] as const;
type GSession = GoogleAppsScript.Base.Session;
export const SESSION = classSpec<GSession>()('Session', 'Session', METHODS);

type GUser = GoogleAppsScript.Base.User;
const USER = classSpec<GUser>()('Session', 'User', ['getEmail']);

export class SessionImpl implements Pick<GSession, typeof METHODS[number]> {
  constructor(private readonly env: Env) {}

  private user(): GUser {
    const email = this.env.user;
    return this.env.expose<GUser, 'getEmail'>({ getEmail: () => email }, USER);
  }

  getActiveUser(): GUser {
    return this.user();
  }

  getEffectiveUser(): GUser {
    return this.user();
  }

  getScriptTimeZone(): string {
    return this.env.zone.id;
  }

  /** The user's language as Google reports it: 'ja' for a Japanese account. */
  getActiveUserLocale(): string {
    return 'ja';
  }

  getTemporaryActiveUserKey(): string {
    return Buffer.from(this.env.user).toString('base64url');
  }
}
