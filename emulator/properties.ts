/**
 * PropertiesService: separate string stores for the document, the script
 * and each user (getUserProperties() is the running user's own). Values are stored as
 * strings (a number becomes its text, as the Apps Script binding converts
 * it); null or undefined is refused. Google's limits apply: 9 kB per value
 * ("Argument too large: value") and 500 kB per store ("You have exceeded the
 * property storage quota. Please remove some properties and try again."),
 * per the Apps Script quotas page.
 */
import { fail, signatureMismatch } from './errors';
import type { Env } from './env';
import { classSpec } from './expose';

const METHODS = ['getProperty', 'setProperty', 'getProperties', 'setProperties', 'deleteProperty', 'deleteAllProperties', 'getKeys'] as const;
type GProperties = GoogleAppsScript.Properties.Properties;
const PROPERTIES = classSpec<GProperties>()('PropertiesService', 'Properties', METHODS);

const SERVICE_METHODS = ['getDocumentProperties', 'getScriptProperties', 'getUserProperties'] as const;
type GService = GoogleAppsScript.Properties.PropertiesService;
export const PROPERTIES_SERVICE = classSpec<GService>()('PropertiesService', 'PropertiesService', SERVICE_METHODS);

export interface PropertyStores {
  readonly document: Record<string, string>;
  readonly script: Record<string, string>;
  /** Each user's store, by address. */
  readonly users: Record<string, Record<string, string>>;
}

const VALUE_LIMIT = 9 * 1024;
const STORE_LIMIT = 500 * 1024;

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

function text(value: unknown, method: string, args: readonly unknown[]): string {
  if (value === null || value === undefined) signatureMismatch(method, args);
  return String(value);
}

class PropertiesImpl implements Pick<GProperties, typeof METHODS[number]> {
  constructor(private readonly store: Record<string, string>) {}

  private get self(): GProperties {
    return this as unknown as GProperties;
  }

  private put(entries: Array<[string, string]>, clearOthers: boolean): void {
    const next: Record<string, string> = clearOthers ? {} : { ...this.store };
    for (const [key, value] of entries) {
      if (bytes(value) > VALUE_LIMIT) fail('Argument too large: value');
      next[key] = value;
    }
    const total = Object.entries(next).reduce((sum, [key, value]) => sum + bytes(key) + bytes(value), 0);
    if (total > STORE_LIMIT) fail('You have exceeded the property storage quota. Please remove some properties and try again.');
    for (const key of Object.keys(this.store)) delete this.store[key];
    Object.assign(this.store, next);
  }

  getProperty(key: string): string | null {
    const name = text(key, 'PropertiesService.Properties.getProperty', [key]);
    return Object.prototype.hasOwnProperty.call(this.store, name) ? this.store[name] : null;
  }

  setProperty(key: string, value: string): GProperties {
    const args = [key, value];
    this.put([[text(key, 'PropertiesService.Properties.setProperty', args), text(value, 'PropertiesService.Properties.setProperty', args)]], false);
    return this.self;
  }

  getProperties(): Record<string, string> {
    return { ...this.store };
  }

  setProperties(properties: Record<string, string>, deleteAllOthers?: boolean): GProperties {
    const method = 'PropertiesService.Properties.setProperties';
    if (typeof properties !== 'object' || properties === null || Array.isArray(properties)) signatureMismatch(method, [properties, deleteAllOthers]);
    const entries = Object.entries(properties).map(([key, value]): [string, string] => [key, text(value, method, [properties])]);
    this.put(entries, deleteAllOthers === true);
    return this.self;
  }

  deleteProperty(key: string): GProperties {
    delete this.store[text(key, 'PropertiesService.Properties.deleteProperty', [key])];
    return this.self;
  }

  deleteAllProperties(): GProperties {
    for (const key of Object.keys(this.store)) delete this.store[key];
    return this.self;
  }

  getKeys(): string[] {
    return Object.keys(this.store);
  }
}

export class PropertiesServiceImpl implements Pick<GService, typeof SERVICE_METHODS[number]> {
  constructor(private readonly env: Env, private readonly stores: PropertyStores) {}

  getDocumentProperties(): GProperties {
    return this.env.expose(new PropertiesImpl(this.stores.document), PROPERTIES);
  }

  getScriptProperties(): GProperties {
    return this.env.expose(new PropertiesImpl(this.stores.script), PROPERTIES);
  }

  getUserProperties(): GProperties {
    const user = this.env.user;
    if (!Object.prototype.hasOwnProperty.call(this.stores.users, user)) this.stores.users[user] = {};
    return this.env.expose(new PropertiesImpl(this.stores.users[user]), PROPERTIES);
  }
}
