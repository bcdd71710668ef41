/**
 * The 名簿 sheet: who the survey was sent to. Columns are found by their
 * header, so a roster imported from any CSV or typed by hand works as long as
 * its headers say what the columns hold.
 */
import type { CellValue } from '../model/cells';
import { cellText, isBlank } from '../model/cells';
import { dayOf, formatDay } from '../model/dates';
import { matchKey, singleLine } from '../model/text';
import { ROSTER_STATUS } from '../messages';
import type { KeyIndex } from './key-index';
import { indexBy } from './key-index';
import { cleanAddress, emailKey, idKey, isEmailAddress, nameKey } from './keys';

export type RequiredColumn = 'id' | 'name';

export interface RosterColumns {
  readonly id: number;
  readonly name: number;
  /** Null when the roster has no address column: everyone is then reminded by post. */
  readonly email: number | null;
  readonly postal: number | null;
  readonly postcode: number | null;
}

/** Any other titled column (職種, 圏域 …): what response rates can be broken down by. */
export interface RosterAttribute {
  readonly title: string;
  readonly column: number;
}

export interface RosterLayout {
  /** 0-based index of the header row in the grid (a title row may sit above it). */
  readonly headerRow: number;
  /** 0-based column indexes. */
  readonly columns: RosterColumns;
  readonly attributes: readonly RosterAttribute[];
  /** 0-based column where the status columns the add-on owns begin. */
  readonly statusColumn: number;
}

export type AddressState =
  | { readonly kind: 'ok' }
  | { readonly kind: 'none' }
  | { readonly kind: 'malformed' }
  /** Shared with the roster entries whose 整理番号 are listed: mail could reach the wrong person. */
  | { readonly kind: 'duplicate'; readonly others: readonly string[] };

export type IdState = 'ok' | 'missing' | 'duplicate';

export interface RosterEntry {
  /** 1-based sheet row, assuming the grid starts at A1. */
  readonly row: number;
  readonly id: string;
  /** On one line, so that it cannot break a mail header. */
  readonly name: string;
  /** As it will be mailed to: folded to half-width and trimmed; '' when none. */
  readonly email: string;
  readonly postal: string;
  readonly postcode: string;
  /** The entry's value for each of layout.attributes, in that order (an array, not a Map per person: rosters are long). */
  readonly attributes: readonly string[];
  readonly address: AddressState;
  readonly idState: IdState;
  /**
   * The keys (keys.ts) the entry is matched and logged by, '' when it has no
   * such value: computed once here, as every answer is matched against them.
   */
  readonly emailKey: string;
  readonly idKey: string;
  readonly nameKey: string;
}

export type RosterProblem =
  /** Likely a header the reader does not know: said aloud, because everyone would go to post. */
  | { readonly kind: 'noEmailColumn' }
  | { readonly kind: 'duplicateId'; readonly id: string; readonly rows: readonly number[] }
  | { readonly kind: 'missingId'; readonly rows: readonly number[] }
  | { readonly kind: 'malformedAddress'; readonly row: number; readonly id: string; readonly address: string }
  | { readonly kind: 'duplicateAddress'; readonly address: string; readonly rows: readonly number[]; readonly ids: readonly string[] };

export interface Roster {
  readonly layout: RosterLayout;
  /** Non-blank rows, in sheet order. */
  readonly entries: readonly RosterEntry[];
  /** Rows below the header, blank ones included: the height of the status block. */
  readonly bodyRows: number;
  readonly problems: readonly RosterProblem[];
  /**
   * The entries by address (malformed ones too) and by 整理番号, as answers
   * are matched to them: built here, where duplicates are looked for anyway.
   */
  readonly byEmail: KeyIndex<RosterEntry>;
  readonly byId: KeyIndex<RosterEntry>;
}

export type RosterResult =
  | { readonly ok: true; readonly roster: Roster }
  | { readonly ok: false; readonly missing: readonly RequiredColumn[] };

type Role = keyof RosterColumns;

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

// Shared: most entries have one of these, and none is ever changed.
const OK_ADDRESS: AddressState = { kind: 'ok' };
const NO_ADDRESS: AddressState = { kind: 'none' };
const MALFORMED_ADDRESS: AddressState = { kind: 'malformed' };

/** Header keys: width, case, spacing and punctuation ignored ('E-mail' = 'email', 'No.' = 'no'). */
function headerKey(header: string): string {
  return matchKey(header).replace(/[-_.・･:()[\]「」【】*※'"]/g, '');
}

const EXACT: Record<Role, readonly string[]> = {
  id: ['整理番号', '番号', 'id', 'no', '管理番号', '名簿番号', '通し番号', '対象者番号', '回答者番号', '受付番号', '連番'],
  name: ['氏名', '名前', 'お名前', '氏名漢字', 'name', 'fullname', '対象者氏名', '回答者氏名'],
  email: ['メールアドレス', 'メール', 'email', 'emailaddress', 'mail', 'mailaddress', 'eメール', 'eメールアドレス', '電子メール', '電子メールアドレス', 'メアド', 'アドレス'],
  postal: ['郵送先', '住所', '郵送先住所', '送付先', '送付先住所', '所在地', '宛先住所', '連絡先住所', '勤務先住所', 'address', 'postaladdress'],
  postcode: ['郵便番号', '〒', 'postcode', 'postalcode', 'zip', 'zipcode'],
};

/** When no header is exactly one of the above: a header that contains one of these. */
const CONTAINS: Record<Role, (key: string) => boolean> = {
  postcode: (key) => key.includes('郵便番号'),
  email: (key) => key.includes('メール') || key.includes('mail'),
  id: (key) => key.includes('整理番号'),
  postal: (key) => key.includes('住所') || key.includes('郵送先') || key.includes('送付先'),
  name: (key) => (key.includes('氏名') || key.includes('名前')) && !/ふりがな|フリガナ|よみ|ヨミ|かな|カナ|ローマ字/.test(key),
};

const ROLES: readonly Role[] = ['postcode', 'email', 'id', 'postal', 'name'];
const REQUIRED: readonly RequiredColumn[] = ['id', 'name'];
const HEADER_SCAN = 10;

interface HeaderMatch {
  readonly roles: Partial<Record<Role, number>>;
  readonly owned: ReadonlySet<number>;
}

function matchHeader(headers: readonly string[]): HeaderMatch {
  const keys = headers.map(headerKey);
  const statusKeys = ROSTER_STATUS.header.map(headerKey);
  const owned = new Set(keys.flatMap((key, column) => (statusKeys.includes(key) ? [column] : [])));
  const roles: Partial<Record<Role, number>> = {};
  const taken = new Set<number>(owned);
  const claim = (role: Role, test: (key: string) => boolean) => {
    if (roles[role] !== undefined) return;
    const column = keys.findIndex((key, index) => key !== '' && !taken.has(index) && test(key));
    if (column < 0) return;
    roles[role] = column;
    taken.add(column);
  };
  // Earlier synonyms win: '整理番号' over a 'No.' column beside it.
  for (const role of ROLES) for (const synonym of EXACT[role]) claim(role, (key) => key === synonym);
  for (const role of ROLES) claim(role, CONTAINS[role]);
  return { roles, owned };
}

/**
 * The header is the first of the top rows that names every required column
 * (a title row may come first); one that also names the address column wins.
 */
function findHeader(grid: readonly (readonly CellValue[])[]): { row: number; match: HeaderMatch } {
  const textOf = (row: readonly CellValue[]) => row.map((cell) => (isBlank(cell) ? '' : String(cell)));
  const candidates: Array<{ row: number; match: HeaderMatch }> = [];
  for (let row = 0; row < Math.min(grid.length, HEADER_SCAN); row++) {
    const match = matchHeader(textOf(grid[row]));
    if (REQUIRED.every((role) => match.roles[role] !== undefined)) candidates.push({ row, match });
  }
  return candidates.find((candidate) => candidate.match.roles.email !== undefined)
    ?? candidates[0]
    ?? { row: 0, match: matchHeader(textOf(grid[0] ?? [])) };
}

/**
 * Where the status block goes: where it already is when its headers sit
 * together in order, else right of the last column staff use.
 */
function statusColumnOf(headers: readonly string[], owned: ReadonlySet<number>): number {
  const statusKeys = ROSTER_STATUS.header.map(headerKey);
  const keys = headers.map(headerKey);
  for (let column = 0; column + statusKeys.length <= keys.length; column++) {
    if (statusKeys.every((key, offset) => keys[column + offset] === key)) return column;
  }
  let last = -1;
  keys.forEach((key, column) => { if (key !== '' && !owned.has(column)) last = column; });
  return last + 1;
}

export function readRoster(grid: readonly (readonly CellValue[])[], timeZone: string): RosterResult {
  const { row: headerRow, match } = findHeader(grid);
  const missing = REQUIRED.filter((role) => match.roles[role] === undefined);
  if (missing.length > 0) return { ok: false, missing };
  const headers = (grid[headerRow] ?? []).map((cell) => (isBlank(cell) ? '' : String(cell).trim()));
  const { roles, owned } = match;
  const columns: RosterColumns = {
    id: roles.id as number, name: roles.name as number, email: roles.email ?? null,
    postal: roles.postal ?? null, postcode: roles.postcode ?? null,
  };
  const roleColumns = new Set(Object.values(roles));
  // A title seen twice is one attribute: its first column.
  const attributes = headers.flatMap((title, column) =>
    (title !== '' && !roleColumns.has(column) && !owned.has(column) && headers.indexOf(title) === column ? [{ title, column }] : []));
  const layout: RosterLayout = { headerRow, columns, attributes, statusColumn: statusColumnOf(headers, owned) };

  const text = (cell: CellValue | undefined) =>
    (cell === undefined || isBlank(cell) ? '' : singleLine(cellText(cell, (date) => formatDay(dayOf(date, timeZone)))));
  const entries: Array<Mutable<RosterEntry>> = [];
  for (let r = headerRow + 1; r < grid.length; r++) {
    const cells = grid[r];
    const id = text(cells[columns.id]);
    const name = text(cells[columns.name]);
    const email = columns.email === null ? '' : cleanAddress(text(cells[columns.email]));
    const postal = columns.postal === null ? '' : text(cells[columns.postal]);
    if (id === '' && name === '' && email === '' && postal === '') continue;
    const values = attributes.map((attribute) => text(cells[attribute.column]));
    entries.push({
      row: r + 1, id, name, email, postal,
      postcode: columns.postcode === null ? '' : text(cells[columns.postcode]),
      attributes: values,
      // Provisional: whether the address or 整理番号 is someone else's too is known once every row is read.
      address: email === '' ? NO_ADDRESS : isEmailAddress(email) ? OK_ADDRESS : MALFORMED_ADDRESS,
      idState: id === '' ? 'missing' : 'ok',
      emailKey: emailKey(email), idKey: idKey(id), nameKey: nameKey(name),
    });
  }

  const byEmail = indexBy(entries, (entry) => entry.emailKey);
  const byId = indexBy(entries, (entry) => entry.idKey);
  // Sorted so that problems list shared keys in the order staff meet them going down the sheet.
  const byFirstRow = (a: readonly RosterEntry[], b: readonly RosterEntry[]) => a[0].row - b[0].row;
  const sharedIds = [...byId.shared.values()].sort(byFirstRow);
  // Only addresses mail could go to are duplicates; a malformed one is flagged as malformed.
  const sharedAddresses = [...byEmail.shared.values()]
    .map((group) => group.filter((entry) => entry.address.kind === 'ok'))
    .filter((group) => group.length > 1)
    .sort(byFirstRow);
  const problems: RosterProblem[] = columns.email === null ? [{ kind: 'noEmailColumn' }] : [];
  const missingIds = entries.filter((entry) => entry.idState === 'missing').map((entry) => entry.row);
  if (missingIds.length > 0) problems.push({ kind: 'missingId', rows: missingIds });
  for (const group of sharedIds) {
    problems.push({ kind: 'duplicateId', id: group[0].id, rows: group.map((entry) => entry.row) });
    for (const entry of group) entry.idState = 'duplicate';
  }
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i];
    if (entry.address.kind === 'malformed') problems.push({ kind: 'malformedAddress', row: entry.row, id: entry.id, address: entry.email });
  }
  for (const group of sharedAddresses) {
    problems.push({ kind: 'duplicateAddress', address: group[0].email, rows: group.map((entry) => entry.row), ids: group.map((entry) => entry.id) });
    for (const entry of group) entry.address = { kind: 'duplicate', others: group.filter((other) => other !== entry).map((other) => other.id) };
  }
  return { ok: true, roster: { layout, entries, bodyRows: Math.max(0, grid.length - headerRow - 1), problems, byEmail, byId } };
}
