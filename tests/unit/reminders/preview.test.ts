import { answerLink } from '../../../src/reminders/compose';
import { PREFILL_SENTINEL } from '../../../src/model/survey';
import { matchRoster } from '../../../src/reminders/matching';
import { planReminders } from '../../../src/reminders/plan';
import type { PreviewInput } from '../../../src/reminders/preview';
import { reminderPreview } from '../../../src/reminders/preview';
import { scheduleOn } from '../../../src/reminders/rounds';
import {
  PUBLISHED_URL, SAMPLE_SETTINGS, sampleRespondents, sampleRoster, webAnswer,
} from './sample-data';

function input(today: string, settings = SAMPLE_SETTINGS, extra = sampleRespondents()): PreviewInput {
  const roster = sampleRoster();
  const match = matchRoster(roster, extra, settings.nameQuestionId);
  const plan = planReminders(match, [], scheduleOn(settings, today));
  const link = answerLink(PUBLISHED_URL, `${PUBLISHED_URL}?usp=pp_url&entry.111=${PREFILL_SENTINEL}`);
  return { plan, roster, match, settings, link };
}

describe('reminderPreview', () => {
  const preview = reminderPreview(input('2023-12-21'));

  it('survives google.script.run unchanged (plain JSON)', () => {
    expect(JSON.parse(JSON.stringify(preview))).toEqual(preview);
  });

  it('counts the recipients and shows who is reminded by post', () => {
    expect(preview).toMatchObject({ count: 40, alreadySent: 0, answered: 82, total: 126, canSend: true, round: '2023/12/21（締切7日前）' });
    expect(preview.recipients).toHaveLength(40);
    expect(preview.postal.map((person) => person.id)).toEqual(['C028', 'C058', 'C102', 'C112']);
    expect(preview.needsCheck).toEqual([]);
    expect(preview.blocking).toEqual([]);
  });

  it('shows the first message as it will read, with the person\'s own pre-filled link', () => {
    const first = preview.first;
    expect(first?.to).toBe(preview.recipients[0].detail);
    expect(first?.subject).toBe('【ご回答のお願い】12月28日（木）までにアンケートへのご回答をお願いします');
    expect(first?.body).toContain(`${preview.recipients[0].name} 様`);
    expect(first?.body).toContain(`entry.111=${encodeURIComponent(preview.recipients[0].name)}`);
    expect(first?.replyTo).toBe('center@example.jp');
  });

  it('sends nothing and says when the next round is before it starts', () => {
    const early = reminderPreview(input('2023-12-15'));
    expect(early).toMatchObject({ count: 0, canSend: false, first: null, round: null });
    expect(early.schedule).toContain('2023/12/21（締切7日前）');
  });

  it('refuses to send while a template problem stands', () => {
    const broken = reminderPreview(input('2023-12-21', { ...SAMPLE_SETTINGS, body: '{指名} 様 {回答URL}' }));
    expect(broken.canSend).toBe(false);
    expect(broken.blocking).toHaveLength(1);
    expect(broken.blocking[0]).toContain('{指名}');
  });

  it('lists answers that belong to no one', () => {
    const stray = webAnswer('stranger@example.com', '知らない人', 99);
    const result = reminderPreview(input('2023-12-21', SAMPLE_SETTINGS, [...sampleRespondents(), stray]));
    expect(result.unmatched).toEqual(['フォームの回答の99行目（stranger@example.com / 知らない人）は名簿のどなたとも一致しません。']);
    expect(result.count).toBe(40);
  });

  it('lists the people held back for staff, with the reason, and does not mail them', () => {
    const roster = sampleRoster([
      ['整理番号', '氏名', 'メールアドレス'],
      ['C001', '佐藤 愛', 'a@example.jp'],
      ['C002', '佐藤　愛', 'b@example.jp'],
      ['C003', '田中', 'c@example.jp'],
    ]);
    const match = matchRoster(roster, [webAnswer('x@example.com', '佐藤愛', 4)], SAMPLE_SETTINGS.nameQuestionId);
    const plan = planReminders(match, [], scheduleOn(SAMPLE_SETTINGS, '2023-12-21'));
    const result = reminderPreview({ plan, roster, match, settings: SAMPLE_SETTINGS, link: answerLink(PUBLISHED_URL, null) });
    expect(result.recipients.map((person) => person.id)).toEqual(['C003']);
    expect(result.needsCheck).toEqual([
      { id: 'C001', name: '佐藤 愛', detail: 'フォームの回答の4行目が C001・C002 のどなたのものか判別できません（同じ氏名）' },
      { id: 'C002', name: '佐藤 愛', detail: 'フォームの回答の4行目が C001・C002 のどなたのものか判別できません（同じ氏名）' },
    ]);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });
});
