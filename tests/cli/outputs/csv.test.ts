import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeSheetCsvs } from '../../../cli/outputs/csv';
import { FORMULA_TEXT, SCRIPT_TEXT, VIEW } from './fixture';
import { parseCsv } from './formats';

let dir: string;
let files: string[];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'csv-'));
  files = await writeSheetCsvs(VIEW, dir);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function read(name: string): string {
  return readFileSync(join(dir, 'sheets', name), 'utf8');
}

test('writes one file per sheet under sheets/, with names safe on every system', () => {
  expect(files.map((file) => file.slice(join(dir, 'sheets').length + 1))).toEqual([
    '集計.csv',
    '取り組み内容_職種別_ 支援実績があるコーディネーターの取り組み[2023]_.csv',
    '推移.csv',
  ]);
  expect(readdirSync(join(dir, 'sheets')).sort()).toEqual(files.map((file) => file.slice(join(dir, 'sheets').length + 1)).sort());
});

test('starts with a UTF-8 byte order mark so that Excel reads Japanese', () => {
  const bytes = readFileSync(join(dir, 'sheets', '集計.csv'));
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
});

test('holds the displayed values, every record ending in CRLF', () => {
  const text = read('集計.csv');
  expect(text.replace(/\r\n/g, '')).not.toMatch(/\r(?!\n)/);
  const rows = parseCsv(text.slice(1));
  expect(rows).toHaveLength(10);
  expect(rows[0]).toEqual(['職種', '人数', '割合']);
  expect(rows[1]).toEqual(['相談支援専門員', '40', '48.8%']);
  expect(rows[3]).toEqual(['回答日', '2023/12/20', '']);
  expect(rows[6]).toEqual(['備考', SCRIPT_TEXT, '']);
  expect(rows[7]).toEqual(['増減', '-5', '']);
});

test('quotes fields holding a comma, a quote or a line break', () => {
  const rows = parseCsv(read('集計.csv').slice(1));
  expect(rows[9]).toEqual(['複数行', '一行目\n二行目, "引用"あり', '']);
  expect(read('集計.csv')).toContain('"一行目\n二行目, ""引用""あり"');
});

test('keeps Excel from running text that starts like a formula', () => {
  const rows = parseCsv(read('集計.csv').slice(1));
  expect(rows[5]).toEqual(['自由記述', `'${FORMULA_TEXT}`, '']);
});
