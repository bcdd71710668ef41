/**
 * Errors the way Apps Script raises them. A service failure in the V8 runtime
 * is an Error whose name is "Exception" (the log shows "Exception: …"); the
 * texts used across the emulator are Google's, each noting its source.
 */

export class ServiceError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'Exception';
  }
}

export function fail(message: string): never {
  throw new ServiceError(message);
}

/** How Apps Script names an argument's type in a signature mismatch. */
function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (typeof value === 'string') return 'String';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'Boolean';
  if (value instanceof Date) return 'Date';
  if (Array.isArray(value)) return `${value.length > 0 ? typeName(value[0]) : 'Object'}[]`;
  return 'Object';
}

/**
 * e.g. "The parameters (String,number) don't match the method signature for
 * SpreadsheetApp.Sheet.getRange." — the wording Apps Script uses when no
 * overload accepts the arguments (seen in issue reports and gas-fakes' tests).
 */
export function signatureMismatch(qualifiedMethod: string, args: readonly unknown[]): never {
  fail(`The parameters (${args.map(typeName).join(',')}) don't match the method signature for ${qualifiedMethod}.`);
}

/** An emulator misuse by a test (not something Google would say). */
export class EmulatorUsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EmulatorUsageError';
  }
}
