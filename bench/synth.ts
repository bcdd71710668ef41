/**
 * Survey rounds of any size for the benchmark, generated from a form: web
 * responses as the response sheet holds them, paper answers as a clerk types
 * them into a CSV (the dialect of samples/paper.csv), and the roster the
 * survey was sent to. Seeded, so every run measures the same data.
 *
 * Proportions follow the sample round: for every 82 web responses, 12 paper
 * answers and 126 people on the roster (so about a third never answer and are
 * due a reminder); 1 in 12 people has no e-mail address.
 */
import type { FormResource, OptionResource, QuestionResource } from '../emulator/form-resource';
import type { CellValue } from '../emulator/view';
import { titleMarker } from '../src/model/text';

export interface RoundSize {
  /** Web responses. */
  readonly responses: number;
  /** Paper answers; default responses × 12/82. */
  readonly paper?: number;
  /** The first day answers arrive (yyyy-MM-dd, in Tokyo); default 2023-12-01, the sample round's. Answers come in over 20 days. */
  readonly start?: string;
}

export interface SyntheticRound {
  /** Header (タイムスタンプ, メールアドレス: the form collects addresses) and one row per web response, in arrival order. */
  readonly responses: CellValue[][];
  /** UTF-8, header 整理番号, 受付日, then one column per question. */
  readonly paperCsv: Buffer;
  /** UTF-8, header 整理番号, 氏名, メールアドレス, attribute columns, 郵送先. */
  readonly rosterCsv: Buffer;
  readonly paper: number;
  readonly roster: number;
  /** 整理番号 of someone who answered on the web, of someone who answered on paper, and of someone who has not answered. */
  readonly ids: { readonly web: string; readonly paper: string; readonly none: string };
  /** 自由記述の分類's rows (設問, テーマ, キーワード): themes for every paragraph question, some sentences left uncoded. */
  readonly codebook: string[][];
}

/** The sample round ran from 12/1; every answer had arrived by 12/20. */
const PERIOD_START = '2023-12-01';
const PERIOD_DAYS = 20;
const DAY_MS = 86_400_000;

const FAMILY = ['佐藤', '鈴木', '高橋', '田中', '伊藤', '渡辺', '山本', '中村', '小林', '加藤', '吉田', '山田', '佐々木', '山口', '松本', '井上', '木村', '林', '清水', '山崎', '森', '池田', '橋本', '阿部', '石川'];
const GIVEN = ['愛', '健一', '優子', '大輔', '由美', '直美', '智子', '真由美', '誠', '和也', '美咲', '理恵', '千春', '浩二', '久美子', '裕子', '美香', '翔太', '陽子', '拓也'];
const SENTENCES = [
  '家族と一緒に本人の成長を喜べたこと。',
  '関係機関と連携して退院後の生活を支えることができた。',
  '保護者から「相談してよかった」と言ってもらえた。',
  '地域の社会資源が少なく、調整に時間がかかった。',
  '医療的な知識が足りず、判断に迷うことがあった。',
  '多職種の会議で役割分担が明確になった。',
  '制度の狭間にある家族への支援が難しいと感じた。',
  '事例検討の機会をもっと増やしてほしい。',
  '研修の情報を早めに届けてもらえると参加しやすい。',
];
/** Themes over SENTENCES: five of them are caught, the last four stay 未分類. */
const THEMES: ReadonlyArray<readonly [string, string]> = [
  ['成長', '成長'],
  ['感謝', '言ってもらえ、喜'],
  ['多職種連携', '関係機関、多職種、/連携|役割分担/'],
  ['資源の不足', '資源'],
  ['知識の不足', '知識'],
];
const OTHER_ANSWERS = ['訪問看護ステーション管理者', '異動したばかりのため', '育児休業中', '個別に連絡がほしい', '法人内で検討中'];

/** mulberry32: small, fast and good enough to spread synthetic answers. */
function seeded(seed: number) {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (n: number): number => Math.floor(next() * n);
  return { next, int, chance: (p: number) => next() < p, pick: <T>(items: readonly T[]): T => items[int(items.length)] };
}
type Random = ReturnType<typeof seeded>;

interface Asked {
  readonly title: string;
  readonly question: QuestionResource;
  /** The page break the question sits under, null before the first. */
  readonly section: string | null;
}

type Answer =
  | { readonly kind: 'choice'; readonly picked: readonly number[]; readonly other: string | null }
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'scale'; readonly value: number };

interface Person {
  readonly id: string;
  readonly family: string;
  readonly given: string;
  readonly email: string;
}

function askedQuestions(form: FormResource): Asked[] {
  const asked: Asked[] = [];
  let section: string | null = null;
  for (const item of form.items) {
    if (item.pageBreakItem) section = item.itemId;
    if (item.questionGroupItem) throw new Error(`The generator makes no grid answers ("${item.title}").`);
    const question = item.questionItem?.question;
    if (question) asked.push({ title: item.title ?? '', question, section });
  }
  return asked;
}

const plainOptions = (options: readonly OptionResource[]): string[] => options.flatMap((option) => (option.isOther ? [] : [option.value ?? '']));

/** Early options more often than late ones, so charts are not flat. */
function skewedIndex(random: Random, count: number): number {
  return Math.floor(count * random.next() ** 1.6);
}

function answerQuestion(asked: Asked, person: Person, random: Random): Answer | null {
  const { question } = asked;
  if (!question.required && random.chance(0.4)) return null;
  if (question.choiceQuestion) {
    const { type, options } = question.choiceQuestion;
    const plain = plainOptions(options);
    const other = options.some((option) => option.isOther) && random.chance(0.06) ? random.pick(OTHER_ANSWERS) : null;
    if (type !== 'CHECKBOX') return other ? { kind: 'choice', picked: [], other } : { kind: 'choice', picked: [skewedIndex(random, plain.length)], other: null };
    const picked = new Set<number>();
    const wanted = 1 + random.int(Math.min(4, plain.length));
    while (picked.size < wanted) picked.add(skewedIndex(random, plain.length));
    return { kind: 'choice', picked: [...picked].sort((a, b) => a - b), other };
  }
  if (question.scaleQuestion) {
    const { low, high } = question.scaleQuestion;
    return { kind: 'scale', value: low + random.int(high - low + 1) };
  }
  if (question.textQuestion?.paragraph) {
    const sentences = Array.from({ length: 1 + random.int(3) }, () => random.pick(SENTENCES));
    return { kind: 'text', text: sentences.join(random.chance(0.3) ? '\n' : '') };
  }
  if (question.textQuestion) {
    // The sample's only short-text question asks for the name.
    return { kind: 'text', text: `${person.family}${random.pick([' ', '\u3000', ''])}${person.given}` };
  }
  throw new Error(`The generator makes no answers for "${asked.title}".`);
}

/**
 * One respondent's answers, in question order, as Forms collects them:
 * section by section, after each one following the last option chosen on it
 * that leads somewhere, else the section's own way on (the next page break's
 * goToSectionId / goToAction, see emulator/form-resource.ts).
 */
function answerForm(form: FormResource, questions: readonly Asked[], person: Person, random: Random): Array<Answer | null> {
  const breaks = form.items.filter((item) => item.pageBreakItem);
  const sections = [null, ...breaks.map((item) => item.itemId)];
  const answers = new Map<Asked, Answer | null>();
  for (let at = 0; at < sections.length;) {
    let goTo: { goToAction?: string; goToSectionId?: string } = breaks[at]?.pageBreakItem ?? {};
    for (const asked of questions.filter((candidate) => candidate.section === sections[at])) {
      const answer = answerQuestion(asked, person, random);
      answers.set(asked, answer);
      const choice = asked.question.choiceQuestion;
      const chosen = answer?.kind === 'choice' && choice?.type === 'RADIO'
        ? (answer.other === null ? choice.options.filter((option) => !option.isOther)[answer.picked[0]] : choice.options.find((option) => option.isOther))
        : undefined;
      if (chosen?.goToAction || chosen?.goToSectionId) goTo = chosen;
    }
    if (goTo.goToAction === 'SUBMIT_FORM' || goTo.goToAction === 'RESTART_FORM') break;
    const next = goTo.goToSectionId ? sections.indexOf(goTo.goToSectionId) : at + 1;
    // The generator never goes back: a respondent sent back cannot submit the answer that sent them.
    if (next <= at) break;
    at = next;
  }
  return questions.map((asked) => answers.get(asked) ?? null);
}

/** As Forms writes it: the options' texts in form order, then the Other text. */
function webCell(asked: Asked, answer: Answer | null): CellValue {
  if (!answer) return '';
  if (answer.kind === 'text') return answer.text;
  if (answer.kind === 'scale') return answer.value;
  const plain = plainOptions(asked.question.choiceQuestion?.options ?? []);
  return [...answer.picked.map((index) => plain[index]), ...(answer.other ? [answer.other] : [])].join(', ');
}

/** As a clerk types it: option numbers or option texts, Other as `その他:…`. */
function paperCell(asked: Asked, answer: Answer | null, numbers: boolean): string {
  if (!answer) return '';
  if (answer.kind === 'text') return answer.text;
  if (answer.kind === 'scale') return String(answer.value);
  const plain = plainOptions(asked.question.choiceQuestion?.options ?? []);
  const ticked = answer.picked.map((index) => (numbers ? String(index + 1) : plain[index]));
  return [...ticked, ...(answer.other ? [`その他:${answer.other}`] : [])].join(numbers ? ',' : ', ');
}

function csv(rows: readonly (readonly string[])[]): Buffer {
  const field = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
  return Buffer.from(rows.map((row) => `${row.map(field).join(',')}\r\n`).join(''), 'utf8');
}

const pad = (n: number) => String(n).padStart(2, '0');

function slashDay(ms: number): string {
  const tokyo = new Date(ms + 9 * 3_600_000);
  return `${tokyo.getUTCFullYear()}/${pad(tokyo.getUTCMonth() + 1)}/${pad(tokyo.getUTCDate())}`;
}

/** Questions a roster also records (職種, 圏域 …): required single choice with a handful of options. */
function rosterAttributes(questions: readonly Asked[]): Asked[] {
  return questions.filter(({ question }) => question.required && question.choiceQuestion && question.choiceQuestion.type !== 'CHECKBOX'
    && question.choiceQuestion.options.length >= 3 && question.choiceQuestion.options.length <= 15);
}

/** "② 職種" or "Q2. 職種" → "職種", as a roster's header names it. */
function rosterTitle(title: string): string {
  return titleMarker(title) === null && !/^Q\d/.test(title) ? title : title.replace(/^\S+\s+/, '');
}

export function synthesize(form: FormResource, size: RoundSize, seed = 20231201): SyntheticRound {
  const random = seeded(seed);
  const periodStart = Date.parse(`${size.start ?? PERIOD_START}T08:00:00+09:00`);
  const questions = askedQuestions(form);
  const web = size.responses;
  const paper = size.paper ?? Math.round((web * 12) / 82);
  const rosterSize = Math.round(((web + paper) * 126) / 94);
  const digits = Math.max(3, String(rosterSize).length);

  const people: Person[] = Array.from({ length: rosterSize }, (_, index) => {
    const number = String(index + 1).padStart(digits, '0');
    return {
      id: `C${number}`, family: random.pick(FAMILY), given: random.pick(GIVEN),
      email: random.chance(1 / 12) ? '' : `coord${number}@example.jp`,
    };
  });
  // Who answered how: web respondents need an address (the form collects it).
  const order = people.map((_, index) => index);
  for (let i = order.length - 1; i > 0; i--) {
    const j = random.int(i + 1);
    [order[i], order[j]] = [order[j], order[i]];
  }
  const webPeople = order.filter((index) => people[index].email !== '').slice(0, web);
  const taken = new Set(webPeople);
  const paperPeople = order.filter((index) => !taken.has(index)).slice(0, paper);
  if (webPeople.length < web || paperPeople.length < paper) throw new Error('The roster is too small for the answers.');

  const answers = new Map<number, Array<Answer | null>>();
  for (const index of [...webPeople, ...paperPeople]) answers.set(index, answerForm(form, questions, people[index], random));

  const stamps = webPeople.map(() => periodStart + Math.floor(random.next() * PERIOD_DAYS * DAY_MS / 1000) * 1000).sort((a, b) => a - b);
  const responses: CellValue[][] = [
    ['タイムスタンプ', 'メールアドレス', ...questions.map((asked) => asked.title)],
    ...webPeople.map((index, row) => {
      const { email } = people[index];
      // Addresses as people type them: some differ from the roster in case.
      const typed = random.chance(0.1) ? email.toUpperCase() : email;
      const given = answers.get(index) ?? [];
      return [new Date(stamps[row]), typed, ...questions.map((asked, column) => webCell(asked, given[column]))];
    }),
  ];

  const paperRows = paperPeople.map((index) => {
    const numbers = random.chance(0.5);
    const given = answers.get(index) ?? [];
    const id = random.chance(0.05) ? people[index].id.toLowerCase() : people[index].id;
    const received = slashDay(periodStart + random.int(PERIOD_DAYS) * DAY_MS);
    return [id, received, ...questions.map((asked, column) => paperCell(asked, given[column], numbers))];
  });

  const attributes = rosterAttributes(questions);
  const columnOf = new Map(questions.map((asked, column) => [asked, column]));
  const rosterRows = people.map((person, index) => {
    const given = answers.get(index);
    // A respondent's roster entry agrees with the answer, unless that was an Other text.
    const values = attributes.map((asked) => {
      const answer = given?.[columnOf.get(asked) as number];
      const plain = plainOptions(asked.question.choiceQuestion?.options ?? []);
      return answer?.kind === 'choice' && answer.picked.length > 0 ? plain[answer.picked[0]] : random.pick(plain);
    });
    return [person.id, `${person.family}\u3000${person.given}`, person.email, ...values, `サンプル市 サンプル町${index + 1}-1`];
  });

  return {
    responses,
    paperCsv: csv([['整理番号', '受付日', ...questions.map((asked) => asked.title)], ...paperRows]),
    rosterCsv: csv([['整理番号', '氏名', 'メールアドレス', ...attributes.map((asked) => rosterTitle(asked.title)), '郵送先'], ...rosterRows]),
    paper,
    roster: rosterSize,
    ids: {
      web: people[webPeople[0]].id,
      paper: people[paperPeople[0]].id,
      none: people[order.filter((index) => !taken.has(index))[paper] ?? 0].id,
    },
    codebook: questions.filter((asked) => asked.question.textQuestion?.paragraph).flatMap((asked) => THEMES.map(([theme, keywords]) => [asked.title, theme, keywords])),
  };
}
