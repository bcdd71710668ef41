/** Utilities and Blob. */
import { randomUUID } from 'node:crypto';
import { decodeBytes, encodeText, fromSignedBytes, toSignedBytes } from './charset';
import { parseCsv } from './csv';
import { Charset, enumName } from './enums';
import type { Env } from './env';
import { fail, signatureMismatch } from './errors';
import { classSpec } from './expose';
import { formatJavaDate } from './format-date';
import { formatTemplate } from './logger';

const BLOB_METHODS = [
  'getBytes', 'setBytes', 'getDataAsString', 'setDataFromString', 'getName', 'setName', 'getContentType', 'setContentType',
  'copyBlob', 'isGoogleType',
] as const;
type GBlob = GoogleAppsScript.Base.Blob;
const BLOB = classSpec<GBlob>()('Utilities', 'Blob', BLOB_METHODS);

const METHODS = [
  'formatDate', 'formatString', 'parseCsv', 'newBlob', 'base64Encode', 'base64Decode', 'base64EncodeWebSafe',
  'base64DecodeWebSafe', 'getUuid', 'sleep',
] as const;
const CONSTANTS = ['Charset'] as const;
const MAX_SLEEP_MS = 300_000;
type GUtilities = GoogleAppsScript.Utilities.Utilities;
export const UTILITIES = classSpec<GUtilities>()('Utilities', 'Utilities', METHODS, CONSTANTS);

/** A Charset enum member or a charset name, as the overloads accept. */
function charsetName(value: unknown): string {
  const member = enumName(value, 'Charset');
  if (member) return member === 'UTF_8' ? 'UTF-8' : 'US-ASCII';
  return typeof value === 'string' ? value : 'UTF-8';
}

/**
 * What the emulator knows of where a blob came from, for the Node-side views
 * only (a script cannot see it): a picture of a sheet chart is blank here,
 * and the local run draws that chart itself instead.
 */
export interface BlobOrigin {
  /** The sheet chart (its chart id as the workbook view has it) this is a picture of. */
  readonly chartId: string;
}

export class BlobImpl implements Pick<GBlob, typeof BLOB_METHODS[number]> {
  constructor(
    private readonly env: Env,
    private data: Buffer,
    private contentType: string | null,
    private name: string | null,
    readonly origin: BlobOrigin | null = null,
  ) {}

  /** The bytes as they are, for the services that take a blob (not a script call). */
  bytes(): Buffer {
    return this.data;
  }

  private get self(): GBlob {
    return this as unknown as GBlob;
  }

  getBytes(): number[] {
    return toSignedBytes(this.data);
  }

  setBytes(data: number[]): GBlob {
    const bytes = Array.isArray(data) ? fromSignedBytes(data) : null;
    if (!bytes) signatureMismatch('Utilities.Blob.setBytes', [data]);
    this.data = bytes;
    return this.self;
  }

  /** UTF-8 unless a charset is named; a byte-order mark is kept, as Java keeps it. */
  getDataAsString(charset?: string): string {
    return decodeBytes(this.data, charset === undefined ? 'UTF-8' : String(charset));
  }

  setDataFromString(text: string, charset?: string): GBlob {
    this.data = encodeText(String(text), charset === undefined ? 'UTF-8' : String(charset));
    return this.self;
  }

  getName(): string | null {
    return this.name;
  }

  setName(name: string): GBlob {
    this.name = String(name);
    return this.self;
  }

  getContentType(): string | null {
    return this.contentType;
  }

  setContentType(contentType: string | null): GBlob {
    this.contentType = contentType === null ? null : String(contentType);
    return this.self;
  }

  copyBlob(): GBlob {
    return this.env.expose(new BlobImpl(this.env, Buffer.from(this.data), this.contentType, this.name, this.origin), BLOB);
  }

  isGoogleType(): boolean {
    return false;
  }
}

/** A blob a service hands out (a chart's picture). */
export function serviceBlob(env: Env, data: Buffer, contentType: string, name: string | null, origin: BlobOrigin | null): GBlob {
  return env.expose(new BlobImpl(env, data, contentType, name, origin), BLOB);
}

function bytesOf(data: unknown, charset: unknown, method: string): Buffer {
  if (typeof data === 'string') return encodeText(data, charsetName(charset));
  const bytes = Array.isArray(data) ? fromSignedBytes(data) : null;
  if (!bytes) signatureMismatch(method, [data]);
  return bytes;
}

export class UtilitiesImpl implements Pick<GUtilities, typeof METHODS[number] | typeof CONSTANTS[number]> {
  readonly Charset = Charset;

  constructor(private readonly env: Env) {}

  formatDate(date: GoogleAppsScript.Base.Date, timeZone: string, format: string): string {
    if (!(date instanceof Date) || typeof timeZone !== 'string' || typeof format !== 'string') {
      signatureMismatch('Utilities.formatDate', [date, timeZone, format]);
    }
    return formatJavaDate(date, timeZone, format);
  }

  formatString(template: string, ...args: unknown[]): string {
    return formatTemplate(String(template), args);
  }

  parseCsv(csv: string, delimiter?: string): string[][] {
    if (typeof csv !== 'string' || (delimiter !== undefined && (typeof delimiter !== 'string' || delimiter.length !== 1))) {
      signatureMismatch('Utilities.parseCsv', delimiter === undefined ? [csv] : [csv, delimiter]);
    }
    return parseCsv(csv, delimiter);
  }

  /** newBlob(data[, contentType[, name]]); data is a string (stored as UTF-8) or signed bytes. */
  newBlob(data: unknown, contentType?: string, name?: string): GBlob {
    const bytes = bytesOf(data, undefined, 'Utilities.newBlob');
    const type = contentType === undefined ? (typeof data === 'string' ? 'text/plain' : null) : String(contentType);
    return this.env.expose(new BlobImpl(this.env, bytes, type, name === undefined ? null : String(name)), BLOB);
  }

  base64Encode(data: unknown, charset?: GoogleAppsScript.Utilities.Charset): string {
    return bytesOf(data, charset, 'Utilities.base64Encode').toString('base64');
  }

  base64EncodeWebSafe(data: unknown, charset?: GoogleAppsScript.Utilities.Charset): string {
    return bytesOf(data, charset, 'Utilities.base64EncodeWebSafe').toString('base64').replace(/\+/g, '-').replace(/\//g, '_');
  }

  base64Decode(encoded: string): number[] {
    if (typeof encoded !== 'string') signatureMismatch('Utilities.base64Decode', [encoded]);
    return toSignedBytes(Buffer.from(encoded, 'base64'));
  }

  base64DecodeWebSafe(encoded: string): number[] {
    if (typeof encoded !== 'string') signatureMismatch('Utilities.base64DecodeWebSafe', [encoded]);
    return toSignedBytes(Buffer.from(encoded.replace(/-/g, '+').replace(/_/g, '/'), 'base64'));
  }

  getUuid(): string {
    return randomUUID();
  }

  /**
   * Moves the emulated clock on instead of waiting: the sleep counts against
   * the execution's time as on Google. Google's reference gives 300,000 ms
   * (5 minutes) as the maximum; what it does beyond is not documented, so
   * the emulator refuses it (its own wording).
   */
  sleep(milliseconds: number): void {
    if (typeof milliseconds !== 'number' || !Number.isFinite(milliseconds)) signatureMismatch('Utilities.sleep', [milliseconds]);
    if (milliseconds > MAX_SLEEP_MS) fail(`Invalid argument: Utilities.sleep(${milliseconds}) is more than the maximum of ${MAX_SLEEP_MS} milliseconds.`);
    this.env.wait(milliseconds);
  }
}
