/**
 * Names for things the outputs create from sheet names and addresses, which
 * may hold any character: file names and Excel sheet names.
 */

/**
 * Makes every name unique ignoring case, as Windows and macOS file systems
 * and Excel compare names. `fit` turns a raw name plus a numbering suffix
 * (empty for the first try) into an acceptable name.
 */
export function uniqueNames(names: readonly string[], fit: (name: string, suffix: string) => string): string[] {
  const taken = new Set<string>();
  return names.map((name) => {
    let candidate = fit(name, '');
    for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = fit(name, ` (${n})`);
    taken.add(candidate.toLowerCase());
    return candidate;
  });
}

/** Cuts text to at most `fits(prefix)` without splitting a surrogate pair. */
export function truncate(text: string, fits: (prefix: string) => boolean): string {
  let out = '';
  for (const char of text) {
    if (!fits(out + char)) break;
    out += char;
  }
  return out;
}

// eslint-disable-next-line no-control-regex -- control characters are among what must go
const FILE_FORBIDDEN = /[/\\:*?"<>|\u0000-\u001f\u007f]/g;
// Windows reserves device names even with an extension ("CON.csv").
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i;
// Most file systems allow 255 bytes per name; leave room for the extension.
const MAX_FILE_BYTES = 200;

function safeFileName(name: string, suffix: string): string {
  let base = name.replace(FILE_FORBIDDEN, '_').replace(/[. ]+$/, (tail) => '_'.repeat(tail.length));
  if (base === '' || WINDOWS_RESERVED.test(base)) base = `_${base}`;
  return truncate(base, (prefix) => Buffer.byteLength(prefix + suffix) <= MAX_FILE_BYTES) + suffix;
}

/** File names (without extension) valid on Windows, macOS and Linux, one per name, unique. */
export function safeFileNames(names: readonly string[]): string[] {
  return uniqueNames(names, safeFileName);
}
