/**
 * Java's charsets, which Blob.getDataAsString(charset) and friends use.
 * Shift_JIS is Java's JIS X 0208 table, not Windows' code page 932: six
 * symbols decode differently (0x8160 is WAVE DASH U+301C, not U+FF5E, …) and
 * the NEC/IBM extensions (①, Ⅰ, 髙 …) are not in it and decode to U+FFFD.
 * MS932 and Windows-31J are code page 932.
 */
import iconv from 'iconv-lite';
import { fail } from './errors';

const SHIFT_JIS_DIFFERENCES: Record<number, string> = {
  0x8160: '\u301c', 0x8161: '\u2016', 0x817c: '\u2212', 0x8191: '\u00a2', 0x8192: '\u00a3', 0x81ca: '\u00ac',
};

function outsideJisX0208(code: number): boolean {
  return (code >= 0x8740 && code <= 0x879f) || (code >= 0xed40 && code <= 0xeefc) || (code >= 0xfa40 && code <= 0xfc4b);
}

function decodeShiftJis(bytes: Buffer): string {
  let out = '';
  let runStart = 0;
  const flush = (end: number) => {
    if (end > runStart) out += iconv.decode(bytes.subarray(runStart, end), 'cp932');
  };
  for (let i = 0; i < bytes.length;) {
    const lead = bytes[i];
    const double = ((lead >= 0x81 && lead <= 0x9f) || (lead >= 0xe0 && lead <= 0xfc)) && i + 1 < bytes.length;
    if (!double) {
      i++;
      continue;
    }
    const code = (lead << 8) | bytes[i + 1];
    const special = SHIFT_JIS_DIFFERENCES[code] ?? (outsideJisX0208(code) ? '\ufffd' : undefined);
    if (special !== undefined) {
      flush(i);
      out += special;
      runStart = i + 2;
    }
    i += 2;
  }
  flush(bytes.length);
  return out;
}

function canonical(charset: string): string {
  return charset.trim().toLowerCase().replace(/_/g, '-');
}

export function decodeBytes(bytes: Buffer, charset: string): string {
  const name = canonical(charset);
  if (name === 'utf-8' || name === 'utf8') return bytes.toString('utf8');
  if (name === 'shift-jis' || name === 'sjis') return decodeShiftJis(bytes);
  if (name === 'ms932' || name === 'windows-31j' || name === 'cp932') return iconv.decode(bytes, 'cp932');
  if (name === 'us-ascii') return iconv.decode(bytes, 'ascii');
  if (iconv.encodingExists(name)) return iconv.decode(bytes, name);
  return fail(`Unsupported charset: ${charset}`);
}

export function encodeText(text: string, charset: string): Buffer {
  const name = canonical(charset);
  if (name === 'utf-8' || name === 'utf8') return Buffer.from(text, 'utf8');
  if (name === 'shift-jis' || name === 'sjis' || name === 'ms932' || name === 'windows-31j') return iconv.encode(text, 'cp932');
  if (name === 'us-ascii') return iconv.encode(text, 'ascii');
  if (iconv.encodingExists(name)) return iconv.encode(text, name);
  return fail(`Unsupported charset: ${charset}`);
}

/** Apps Script bytes are Java bytes: -128..127. */
export function toSignedBytes(bytes: Uint8Array): number[] {
  return Array.from(bytes, (b) => (b > 127 ? b - 256 : b));
}

/** Accepts Java-style signed bytes (and 0..255), as Apps Script converts them. */
export function fromSignedBytes(values: readonly unknown[]): Buffer | null {
  if (!values.every((v) => typeof v === 'number' && Number.isInteger(v) && v >= -128 && v <= 255)) return null;
  return Buffer.from(values.map((v) => (v as number) & 0xff));
}
