/**
 * Which character set an uploaded text file is in. Japanese Excel saves CSV
 * as Shift_JIS (Windows code page 932, which also has ① and the NEC
 * symbols); everything else sends UTF-8. Strict UTF-8 validation tells them
 * apart: Shift_JIS Japanese text is practically never valid UTF-8.
 */

/** Charset names as Utilities.newBlob(bytes).getDataAsString(charset) takes them. */
export type Charset = 'UTF-8' | 'MS932';

/** `bytes` as Apps Script gives them (signed, -128..127) or unsigned (0..255). */
export function detectCharset(bytes: ArrayLike<number>): Charset {
  if (bytes.length >= 3 && (bytes[0] & 0xff) === 0xef && (bytes[1] & 0xff) === 0xbb && (bytes[2] & 0xff) === 0xbf) return 'UTF-8';
  return isUtf8(bytes) ? 'UTF-8' : 'MS932';
}

/** Well-formed UTF-8 as RFC 3629 defines it: no overlong forms, no surrogates, nothing above U+10FFFF. */
function isUtf8(bytes: ArrayLike<number>): boolean {
  const length = bytes.length;
  let at = 0;
  while (at < length) {
    const lead = bytes[at] & 0xff;
    if (lead < 0x80) {
      at++;
      continue;
    }
    let trailing: number;
    // The allowed range of the first continuation byte excludes overlong forms and surrogates.
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) trailing = 1;
    else if (lead >= 0xe0 && lead <= 0xef) {
      trailing = 2;
      if (lead === 0xe0) low = 0xa0;
      if (lead === 0xed) high = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      trailing = 3;
      if (lead === 0xf0) low = 0x90;
      if (lead === 0xf4) high = 0x8f;
    } else return false;
    if (at + trailing >= length) return false;
    const first = bytes[at + 1] & 0xff;
    if (first < low || first > high) return false;
    for (let k = 2; k <= trailing; k++) {
      const next = bytes[at + k] & 0xff;
      if (next < 0x80 || next > 0xbf) return false;
    }
    at += trailing + 1;
  }
  return true;
}
