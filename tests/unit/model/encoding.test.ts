import * as iconv from 'iconv-lite';
import { detectCharset } from '../../../src/model/encoding';
import { sampleText } from '../helpers/sample-survey';

/** Bytes as Apps Script's Blob.getBytes() hands them over: signed. */
function signed(bytes: Uint8Array): number[] {
  return Array.from(bytes, (byte) => (byte > 127 ? byte - 256 : byte));
}

describe('detectCharset', () => {
  const text = sampleText('paper.csv');

  it('takes UTF-8 with or without a BOM, signed or unsigned', () => {
    const utf8 = new TextEncoder().encode(text);
    expect(detectCharset(signed(utf8))).toBe('UTF-8');
    expect(detectCharset(utf8)).toBe('UTF-8');
    expect(detectCharset(signed(new TextEncoder().encode(`\ufeff${text}`)))).toBe('UTF-8');
  });

  it('takes what Japanese Excel saves (code page 932, with ① and full-width text) as MS932', () => {
    const sjis = iconv.encode(text.replace(/\n/g, '\r\n'), 'cp932');
    expect(iconv.decode(sjis, 'cp932')).toContain('① 氏名');
    expect(detectCharset(signed(sjis))).toBe('MS932');
    expect(detectCharset(sjis)).toBe('MS932');
  });

  it('calls short Shift_JIS text MS932 too', () => {
    expect(detectCharset(signed(iconv.encode('整理番号', 'cp932')))).toBe('MS932');
    expect(detectCharset(signed(iconv.encode('ｱｲｳ', 'cp932')))).toBe('MS932');
  });

  it('calls plain ASCII and an empty file UTF-8', () => {
    expect(detectCharset(signed(new TextEncoder().encode('id,name\r\n1,a\r\n')))).toBe('UTF-8');
    expect(detectCharset([])).toBe('UTF-8');
  });

  it('rejects malformed UTF-8: overlong forms, surrogates, truncated sequences, stray continuation bytes', () => {
    expect(detectCharset([0xc0, 0xaf])).toBe('MS932');
    expect(detectCharset([0xe0, 0x80, 0xaf])).toBe('MS932');
    expect(detectCharset([0xed, 0xa0, 0x80])).toBe('MS932');
    expect(detectCharset([0xf4, 0x90, 0x80, 0x80])).toBe('MS932');
    expect(detectCharset([0x41, 0xe3, 0x81])).toBe('MS932');
    expect(detectCharset([0x80])).toBe('MS932');
    expect(detectCharset([0xf0, 0x9f, 0x98, 0x80])).toBe('UTF-8');
  });
});
