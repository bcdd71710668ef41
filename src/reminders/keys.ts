/**
 * The keys people are matched by. What staff type into a roster and what a
 * respondent types into a form differ in width, case and spacing; the keys
 * fold those differences and nothing else.
 */
import { matchKey } from '../model/text';

/** Ignores case, width and every space: `Coord001@Example.jp ` = `ｃｏｏｒｄ００１＠example.jp`. */
export function emailKey(address: string): string {
  return matchKey(address);
}

/**
 * Ignores case, width and spacing; an all-digit number also ignores leading
 * zeros, because Sheets turns a typed `007` into the number 7.
 */
export function idKey(id: string): string {
  const key = matchKey(id);
  return /^\d+$/.test(key) ? key.replace(/^0+(?=\d)/, '') : key;
}

/** `藤田\u3000優子` (ideographic space), `藤田優子` and `藤田 優子` are one name. */
export function nameKey(name: string): string {
  return matchKey(name);
}

/** The address as mail is sent to it: full-width letters folded, surrounding spaces dropped. */
export function cleanAddress(text: string): string {
  return text.normalize('NFKC').trim();
}

// Dot-separated atoms @ labels of letters, digits and inner hyphens (63 at most), ending in a top-level domain of letters.
const ADDRESS = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$/;

/**
 * One deliverable address, nothing else in the cell: a second address, a
 * name, a missing dot in the domain or a Japanese character all make it
 * malformed, because MailApp would reject it or deliver it nowhere. One
 * pattern rather than a check per part: every address on a large roster
 * goes through it.
 */
export function isEmailAddress(address: string): boolean {
  // The pattern allows one '@' only, so its index is the local part's length.
  return address.length <= 254 && address.indexOf('@') <= 64 && ADDRESS.test(address);
}
