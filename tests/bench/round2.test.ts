/**
 * The sample's second round (samples/round2/) is what bench/round2.ts makes
 * from the first round's form: committed files and generator never drift.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FormResource } from '../../emulator';
import { round2Files, round2Form } from '../../bench/round2';
import { parseCsv } from '../../src/model/csv';

const REPO = join(__dirname, '../..');
const first = JSON.parse(readFileSync(join(REPO, 'samples/form.json'), 'utf8')) as FormResource;

describe('samples/round2', () => {
  it('is exactly what npm run sample:round2 writes', () => {
    for (const [name, text] of Object.entries(round2Files(first))) {
      expect({ name, text: readFileSync(join(REPO, 'samples/round2', name), 'utf8') }).toEqual({ name, text });
    }
  });

  it('renumbers the form, drops ④, adds a question at the end and an option to ⑧', () => {
    const form = round2Form(first);
    const titles = form.items.filter((item) => item.questionItem).map((item) => item.title);
    expect(titles.slice(0, 5)).toEqual(['Q1. 氏名', 'Q2. 職種', 'Q3. 勤務先のある圏域', expect.stringMatching(/^Q4\. コーディネーター養成研修終了後から/), expect.stringMatching(/^Q4-1\. 支援に携わった内容/)]);
    expect(titles).not.toContainEqual(expect.stringContaining('修了年度'));
    expect(titles[titles.length - 1]).toBe('Q8. 医療的ケア児等支援センターの相談窓口を利用したことがありますか');
    const ways = form.items.find((item) => item.itemId === 'i34')?.questionItem?.question.choiceQuestion?.options.map((option) => option.value ?? 'その他');
    expect(ways).toEqual(['メーリングリストでの情報提供', 'フォローアップ研修', '事例検討会・事例報告会', 'よろず相談日（個別相談）', '定期的に集まれる場（交流会・ワールドカフェ等）', 'SNS（Instagram・Facebook等）での活動発信', 'オンラインでの交流会', '特に希望しない', 'その他']);
  });

  it('has 74 web and 11 paper answers from 2026-11-02 to 11-22, and 114 people on the roster', () => {
    const rows = (name: string) => {
      const parsed = parseCsv(readFileSync(join(REPO, 'samples/round2', name), 'utf8'));
      if (!parsed.ok) throw new Error(name);
      return parsed.rows.slice(1);
    };
    const web = rows('responses.csv');
    expect(web).toHaveLength(74);
    expect([web[0][0].slice(0, 10), web[web.length - 1][0].slice(0, 10)]).toEqual(['2026/11/02', '2026/11/22']);
    expect(rows('paper.csv')).toHaveLength(11);
    expect(rows('roster.csv')).toHaveLength(114);
  });
});
