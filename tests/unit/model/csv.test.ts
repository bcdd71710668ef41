import { parseCsv } from '../../../src/model/csv';
import { sampleText } from '../helpers/sample-survey';

function rows(text: string): string[][] {
  const parsed = parseCsv(text);
  if (!parsed.ok) throw new Error(`unterminated quote on line ${parsed.problem.line}`);
  return parsed.rows;
}

describe('parseCsv', () => {
  it('splits plain fields and rows ending in LF or CRLF', () => {
    expect(rows('a,b,c\n1,2,3\n')).toEqual([['a', 'b', 'c'], ['1', '2', '3']]);
    expect(rows('a,b,c\r\n1,2,3\r\n')).toEqual([['a', 'b', 'c'], ['1', '2', '3']]);
  });

  it('ignores the final line ending but keeps empty fields', () => {
    expect(rows('a,,c\r\n,,')).toEqual([['a', '', 'c'], ['', '', '']]);
    expect(rows('a,b')).toEqual([['a', 'b']]);
    expect(rows('')).toEqual([]);
  });

  it('keeps a blank line in the middle as a row, so that row numbers stay true', () => {
    expect(rows('h\n1\n\n2\n')).toEqual([['h'], ['1'], [''], ['2']]);
  });

  it('reads quoted fields with commas, doubled quotes and line breaks of every kind', () => {
    const text = 'id,text\r\n1,"a, b"\r\n2,"say ""hi"""\r\n3,"line1\r\nline2\nline3"\r\n4,""\r\n';
    expect(rows(text)).toEqual([
      ['id', 'text'], ['1', 'a, b'], ['2', 'say "hi"'], ['3', 'line1\r\nline2\nline3'], ['4', ''],
    ]);
  });

  it('drops a leading byte order mark so the first title matches', () => {
    expect(rows('\ufeff整理番号,受付日\r\nC001,2023/12/07\r\n')[0][0]).toBe('整理番号');
  });

  it('keeps stray quotes as written instead of losing text', () => {
    expect(rows('a"b,c\n"x"y,z\n')).toEqual([['a"b', 'c'], ['xy', 'z']]);
  });

  it('reports an unclosed quote with the line it opened on', () => {
    expect(parseCsv('h1,h2\n1,2\n3,"never closed\n4,5\n')).toEqual({ ok: false, problem: { kind: 'unterminatedQuote', line: 3 } });
    expect(parseCsv('h\n"a\nb",x\n5,"open')).toEqual({ ok: false, problem: { kind: 'unterminatedQuote', line: 4 } });
  });

  it('reads the sample paper answers: 12 rows of 16 columns, multi-line answers whole', () => {
    const [header, ...body] = rows(sampleText('paper.csv'));
    expect(header).toHaveLength(16);
    expect(body).toHaveLength(12);
    for (const row of body) expect(row).toHaveLength(16);
    expect(body[2][8]).toContain('\n');
  });

  it('parses 100,000 rows quickly', () => {
    const line = 'C001,2023/12/07,"佐藤, 愛",1,"3,7,9","長い\n自由記述 ""引用"""\r\n';
    const text = `h1,h2,h3,h4,h5,h6\r\n${line.repeat(100_000)}`;
    const started = Date.now();
    const parsed = rows(text);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(parsed).toHaveLength(100_001);
    expect(parsed[100_000]).toEqual(['C001', '2023/12/07', '佐藤, 愛', '1', '3,7,9', '長い\n自由記述 "引用"']);
  });
});
