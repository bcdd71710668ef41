import { cleanAddress, emailKey, idKey, isEmailAddress, nameKey } from '../../../src/reminders/keys';

describe('match keys', () => {
  it('fold width, case and spacing, and leading zeros of an all-digit 整理番号', () => {
    expect(emailKey(cleanAddress(' ｃｏｏｒｄ００１＠Example.JP　'))).toBe('coord001@example.jp');
    expect(idKey('ｃ００１')).toBe('c001');
    expect(idKey('007')).toBe(idKey('7'));
    expect(idKey('C007')).not.toBe(idKey('C7'));
    expect(nameKey('藤田\u3000優子')).toBe(nameKey('藤田優子'));
  });
});

describe('isEmailAddress', () => {
  const local = (length: number) => 'a'.repeat(length);

  it('accepts a plain address, dotted local parts, subdomains and inner hyphens', () => {
    for (const address of ['coord001@example.jp', 'first.last+tag@mail.example-pref.lg.jp', "o'brien@example.com", 'x@a.co']) {
      expect(isEmailAddress(address)).toBe(true);
    }
  });

  it('rejects what MailApp would refuse or deliver nowhere', () => {
    for (const address of [
      '', 'coord001', '@example.jp', 'coord001@', 'coord001@example', 'coord001@@example.jp', 'a@b@example.jp',
      '.coord@example.jp', 'coord.@example.jp', 'co..ord@example.jp', 'coord@-example.jp', 'coord@example-.jp',
      'coord@example..jp', 'coord@example.j', 'coord@example.j2', 'coord@192.168.0.1', 'co ord@example.jp',
      '山田@example.jp', 'coord@例え.jp', 'coord001@example.jp; other@example.jp', '山田 <coord004@example.jp>',
    ]) {
      expect([address, isEmailAddress(address)]).toEqual([address, false]);
    }
  });

  it('holds to the length limits: 64 for the local part, 63 per label, 254 in all', () => {
    expect(isEmailAddress(`${local(64)}@example.jp`)).toBe(true);
    expect(isEmailAddress(`${local(65)}@example.jp`)).toBe(false);
    expect(isEmailAddress(`a@${local(63)}.jp`)).toBe(true);
    expect(isEmailAddress(`a@${local(64)}.jp`)).toBe(false);
    expect(isEmailAddress(`a@example.${local(63)}`)).toBe(true);
    expect(isEmailAddress(`a@example.${local(64)}`)).toBe(false);
    const domain = (length: number) => `${'b.'.repeat((length - 2) / 2)}jp`;
    expect(isEmailAddress(`${local(61)}@${domain(192)}`)).toBe(true);
    expect(isEmailAddress(`${local(62)}@${domain(192)}`)).toBe(false);
  });
});
