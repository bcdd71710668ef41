/**
 * Session: the user running the script. The active user's address follows
 * Google's rules for when it is withheld (see Env.activeUserEmail); the
 * effective user is whoever the script runs as (a trigger's owner in a
 * trigger).
 */
import type { Env } from './env';
import { classSpec } from './expose';

const METHODS = ['getActiveUser', 'getEffectiveUser', 'getScriptTimeZone', 'getActiveUserLocale', 'getTemporaryActiveUserKey'] as const;
type GSession = GoogleAppsScript.Base.Session;
export const SESSION = classSpec<GSession>()('Session', 'Session', METHODS);

type GUser = GoogleAppsScript.Base.User;
const USER = classSpec<GUser>()('Session', 'User', ['getEmail']);

export class SessionImpl implements Pick<GSession, typeof METHODS[number]> {
  constructor(private readonly env: Env) {}

  private user(email: string): GUser {
    return this.env.expose<GUser, 'getEmail'>({ getEmail: () => email }, USER);
  }

  getActiveUser(): GUser {
    return this.user(this.env.activeUserEmail());
  }

  getEffectiveUser(): GUser {
    return this.user(this.env.effectiveUserEmail());
  }

  getScriptTimeZone(): string {
    return this.env.zone.id;
  }

  /** The user's language as Google reports it: 'ja' for a Japanese account. */
  getActiveUserLocale(): string {
    return 'ja';
  }

  /** Unique to the user without revealing the address, even where the address is withheld. */
  getTemporaryActiveUserKey(): string {
    return Buffer.from(this.env.user).toString('base64url');
  }
}
