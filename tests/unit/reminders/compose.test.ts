import type { RosterEntry } from '../../../src/reminders/roster';
import {
  answerLink, answerUrl, composeMessage, isBlocking, templateProblems, toHtml,
} from '../../../src/reminders/compose';
import { PREFILL_SENTINEL } from '../../../src/model/survey';
import { PUBLISHED_URL, SAMPLE_SETTINGS, sampleRoster } from './sample-data';

const header = ['整理番号', '氏名', 'メールアドレス'];
const entry = (id: string, name: string, email = 'a@example.jp'): RosterEntry => sampleRoster([header, [id, name, email]]).entries[0];
const published = answerLink(PUBLISHED_URL, null);
const template = { subject: '{氏名} 様：{締切}まで', body: '{氏名} 様\n締切 {締切}\n{回答URL}\n番号 {整理番号}', senderName: '支援センター', replyTo: '', deadline: '2023-12-28' };

describe('composeMessage', () => {
  it('fills the placeholders from the roster and the settings', () => {
    const message = composeMessage(entry('C001', '藤田 優子', 'coord001@example.jp'), template, published);
    expect(message).toMatchObject({
      to: 'coord001@example.jp',
      subject: '藤田 優子 様：12月28日（木）まで',
      body: `藤田 優子 様\n締切 12月28日（木）\n${PUBLISHED_URL}\n番号 C001`,
      name: '支援センター',
      replyTo: null,
      recipient: { id: 'C001', name: '藤田 優子', address: 'coord001@example.jp' },
    });
  });

  it('reads placeholders typed in full width or with spaces', () => {
    const message = composeMessage(entry('C001', '山田'), { ...template, subject: '｛氏名｝様 { 回答ＵＲＬ }' }, published);
    expect(message.subject).toBe(`山田様 ${PUBLISHED_URL}`);
  });

  it('keeps a name with a line break from breaking the subject', () => {
    const message = composeMessage(entry('C001', '山田\n花子'), { ...template, subject: '{氏名} 様' }, published);
    expect(message.subject).toBe('山田 花子 様');
    expect(message.subject).not.toMatch(/[\r\n]/);
  });

  it('does not substitute placeholders that arrive inside roster text', () => {
    const message = composeMessage(entry('C001', '{締切}'), { ...template, body: '{氏名}' }, published);
    expect(message.body).toBe('{締切}');
  });

  it('escapes roster text in the HTML part and makes the URL a link', () => {
    const message = composeMessage(entry('C001', '<b>山田</b> & "花子"'), template, published);
    expect(message.htmlBody).toContain('&lt;b&gt;山田&lt;/b&gt; &amp; &quot;花子&quot; 様<br>');
    expect(message.htmlBody).not.toContain('<b>');
    expect(message.htmlBody).toContain(`<a href="${PUBLISHED_URL}">${PUBLISHED_URL}</a>`);
  });

  it('passes a valid reply-to address on, folded to half width', () => {
    expect(composeMessage(entry('C001', '山田'), { ...template, replyTo: ' ｃｅｎｔｅｒ＠example.jp ' }, published).replyTo).toBe('center@example.jp');
  });

  it('links to a pre-filled form carrying each person\'s own name', () => {
    const prefilled = `https://docs.google.com/forms/d/e/SAMPLE/viewform?usp=pp_url&entry.1234=${PREFILL_SENTINEL}`;
    const link = answerLink(PUBLISHED_URL, prefilled);
    expect(link.kind).toBe('prefilled');
    const message = composeMessage(entry('C001', '藤田 優子'), template, link);
    const url = 'https://docs.google.com/forms/d/e/SAMPLE/viewform?usp=pp_url&entry.1234=%E8%97%A4%E7%94%B0%20%E5%84%AA%E5%AD%90';
    expect(message.body).toContain(url);
    expect(message.htmlBody).toContain(`<a href="${url.replace(/&/g, '&amp;')}">`);
    expect(new URL(url).searchParams.get('entry.1234')).toBe('藤田 優子');
  });

  it('encodes characters of a name that would end or split the URL', () => {
    const link = answerLink(PUBLISHED_URL, `https://x.example/f?entry.1=${PREFILL_SENTINEL}&usp=pp_url`);
    expect(answerUrl(link, 'A&B #1')).toBe('https://x.example/f?entry.1=A%26B%20%231&usp=pp_url');
  });

  it('uses the published URL when the pre-filled one does not carry the sentinel', () => {
    expect(answerLink(PUBLISHED_URL, 'https://docs.google.com/forms/d/e/SAMPLE/viewform?entry.1=x')).toEqual(published);
  });
});

describe('toHtml', () => {
  it('keeps line breaks and leaves sentence punctuation out of a link', () => {
    expect(toHtml('a\nhttps://example.jp/x.\n（https://example.jp/y）')).toBe(
      '<div style="font-family: sans-serif; line-height: 1.6;">a<br>\n<a href="https://example.jp/x">https://example.jp/x</a>.<br>\n'
      + '（<a href="https://example.jp/y">https://example.jp/y</a>）</div>',
    );
  });
});

describe('templateProblems', () => {
  it('accepts the default templates', () => {
    expect(templateProblems(SAMPLE_SETTINGS, published)).toEqual([]);
  });

  it('refuses an unknown placeholder, an empty subject or body and a malformed reply-to', () => {
    const problems = templateProblems({ subject: ' ', body: '{指名} 様', senderName: '', replyTo: 'center@', }, published);
    expect(problems).toEqual([
      { kind: 'emptySubject' },
      { kind: 'unknownPlaceholder', where: 'body', text: '{指名}' },
      { kind: 'malformedReplyTo', address: 'center@' },
      { kind: 'bodyWithoutUrl' },
    ]);
    expect(problems.filter(isBlocking)).toHaveLength(3);
  });

  it('refuses {回答URL} when the form has no URL, and only warns when the body has no URL at all', () => {
    expect(templateProblems({ ...template, body: '{回答URL}' }, answerLink('', null))).toEqual([{ kind: 'noAnswerLink' }]);
    const warning = templateProblems({ ...template, body: 'ご回答ください' }, published);
    expect(warning).toEqual([{ kind: 'bodyWithoutUrl' }]);
    expect(warning.filter(isBlocking)).toEqual([]);
  });
});
