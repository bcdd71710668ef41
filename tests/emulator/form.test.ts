import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Emulator, type FormResource } from '../../emulator';

const SAMPLE = JSON.parse(readFileSync(join(__dirname, '../../samples/form.json'), 'utf8')) as FormResource;
const NOT_FOUND = 'No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.';

const GRIDS: FormResource = {
  formId: '1AbCdEf',
  info: { title: '満足度' },
  settings: { emailCollectionType: 'DO_NOT_COLLECT' },
  items: [
    { itemId: '0000a1b2', title: '満足度', questionItem: { question: { questionId: '0000c3d4', required: true, scaleQuestion: { low: 1, high: 5, lowLabel: '不満', highLabel: '満足' } } } },
    {
      itemId: '0000a1b3', title: '参加', questionGroupItem: {
        questions: [{ questionId: '0000c3d5', rowQuestion: { title: '研修' } }, { questionId: '0000c3d6', rowQuestion: { title: '交流会' } }],
        grid: { columns: { type: 'RADIO', options: [{ value: 'はい' }, { value: 'いいえ' }] } },
      },
    },
    {
      itemId: '0000a1b4', title: '曜日', questionGroupItem: {
        questions: [{ questionId: '0000c3d7', rowQuestion: { title: '午前' } }],
        grid: { columns: { type: 'CHECKBOX', options: [{ value: '月' }, { value: '火' }] } },
      },
    },
    { itemId: '0000a1b5', title: '地域', questionItem: { question: { questionId: '0000c3d8', choiceQuestion: { type: 'DROP_DOWN', options: [{ value: '東部' }, { value: '西部' }] } } } },
    { itemId: '0000a1b6', title: '注意', description: '以下は任意です', textItem: {} },
    { itemId: '0000a1b7', title: 'ひとこと', questionItem: { question: { questionId: '0000c3d9', textQuestion: {} } } },
  ],
};

function linked(resource: FormResource = SAMPLE) {
  const emulator = new Emulator({ form: resource, now: new Date('2023-12-05T01:02:03Z') });
  emulator.addSheet('フォームの回答 1', []);
  emulator.linkForm('フォームの回答 1');
  const { SpreadsheetApp, FormApp } = emulator.globals;
  const url = SpreadsheetApp.getActiveSpreadsheet().getFormUrl();
  return { emulator, FormApp, form: FormApp.openByUrl(url as string) };
}

describe('opening the form', () => {
  test('by the URL of the linked response sheet, or by id', () => {
    const { emulator, FormApp, form } = linked();
    expect(emulator.globals.SpreadsheetApp.getActiveSpreadsheet().getFormUrl()).toBe('https://docs.google.com/forms/d/sample-coordinator-survey-2023/edit');
    expect(form.getId()).toBe('sample-coordinator-survey-2023');
    expect(form.getTitle()).toBe('医療的ケア児等コーディネーター養成研修修了者の現状調査');
    expect(form.collectsEmail()).toBe(true);
    expect(FormApp.openById('sample-coordinator-survey-2023').getItems()).toHaveLength(19);
  });

  test("fails with Google's text when the form cannot be opened", () => {
    const { emulator, FormApp } = linked();
    expect(() => FormApp.openById('someone-elses-form')).toThrow(NOT_FOUND);
    expect(() => FormApp.openByUrl('https://example.jp/form')).toThrow('Invalid argument: url');
    emulator.setFormAvailable(false);
    expect(() => FormApp.openById('sample-coordinator-survey-2023')).toThrow(NOT_FOUND);
    const unavailable = new Emulator({ form: SAMPLE, formUnavailable: true });
    expect(() => unavailable.globals.FormApp.openById('sample-coordinator-survey-2023')).toThrow(NOT_FOUND);
  });
});

describe('items', () => {
  test('types, titles, sections and stable numeric ids', () => {
    const { FormApp, form } = linked();
    const items = form.getItems();
    expect(items.map((item) => String(item.getType())).slice(0, 7)).toEqual([
      'TEXT', 'MULTIPLE_CHOICE', 'MULTIPLE_CHOICE', 'MULTIPLE_CHOICE', 'MULTIPLE_CHOICE', 'PAGE_BREAK', 'CHECKBOX',
    ]);
    expect(form.getItems(FormApp.ItemType.PAGE_BREAK).map((item) => item.asPageBreakItem().getTitle()))
      .toEqual(['支援に携わった方', '支援に携わらなかった方', '研修会への参加と今後の取り組み', '研修会に参加しなかった方', '今後の取り組み']);
    expect(items.map((item) => item.getIndex())).toEqual(items.map((_, index) => index));
    const id = items[1].getId();
    expect(Number.isInteger(id)).toBe(true);
    expect(FormApp.openById('sample-coordinator-survey-2023').getItemById(id).getTitle()).toBe('② 職種');
    expect(items[7].asParagraphTextItem().isRequired()).toBe(false);
  });

  test('choices leave out "Other", which hasOtherOption reports', () => {
    const { form } = linked();
    const occupation = form.getItems()[1].asMultipleChoiceItem();
    expect(occupation.getChoices()).toHaveLength(12);
    expect(occupation.getChoices()[0].getValue()).toBe('相談支援専門員');
    expect(occupation.hasOtherOption()).toBe(true);
    expect(form.getItems()[2].asMultipleChoiceItem().hasOtherOption()).toBe(false);
  });

  test("asXxxItem on the wrong type fails with Google's text", () => {
    const { form } = linked();
    expect(() => form.getItems()[5].asListItem()).toThrow('Invalid conversion for item type: PAGE_BREAK');
    expect(() => form.getItems()[1].asCheckboxItem()).toThrow('Invalid conversion for item type: MULTIPLE_CHOICE');
  });

  test('scale, grids, drop-down and section headers', () => {
    const { FormApp, form } = linked(GRIDS);
    const [scale, grid, checkboxGrid, list, header] = form.getItems();
    const s = scale.asScaleItem();
    expect([s.getLowerBound(), s.getUpperBound(), s.getLeftLabel(), s.getRightLabel()]).toEqual([1, 5, '不満', '満足']);
    expect(grid.asGridItem().getRows()).toEqual(['研修', '交流会']);
    expect(grid.asGridItem().getColumns()).toEqual(['はい', 'いいえ']);
    expect(checkboxGrid.getType()).toBe(FormApp.ItemType.CHECKBOX_GRID);
    expect(list.asListItem().getChoices().map((c) => c.getValue())).toEqual(['東部', '西部']);
    expect(header.getHelpText()).toBe('以下は任意です');
    expect(grid.getId()).toBe(0xa1b3);
  });
});

describe('navigation: where the form goes after a section', () => {
  const BRANCHING: FormResource = {
    formId: '1Branch',
    info: { title: '分岐' },
    items: [
      {
        itemId: '0000b001', title: '参加', questionItem: { question: { questionId: '0000c001', required: true, choiceQuestion: { type: 'RADIO', options: [
          { value: 'はい', goToSectionId: '0000b010' }, { value: 'いいえ', goToAction: 'NEXT_SECTION' }, { value: '未定', goToAction: 'SUBMIT_FORM' },
          { value: 'やり直す', goToAction: 'RESTART_FORM' }, { isOther: true, goToAction: 'SUBMIT_FORM' },
        ] } } },
      },
      { itemId: '0000b002', title: '地域', questionItem: { question: { questionId: '0000c002', choiceQuestion: { type: 'DROP_DOWN', options: [{ value: '東部', goToSectionId: '0000b010' }, { value: '西部', goToSectionId: '0000b010' }] } } } },
      { itemId: '0000b003', title: '満足', questionItem: { question: { questionId: '0000c003', choiceQuestion: { type: 'RADIO', options: [{ value: '高い' }, { value: '低い' }] } } } },
      { itemId: '0000b009', title: '参加しない方', pageBreakItem: {} },
      { itemId: '0000b010', title: '参加した方', pageBreakItem: { goToAction: 'SUBMIT_FORM' } },
      { itemId: '0000b011', title: '最後', pageBreakItem: { goToSectionId: '0000b009' } },
    ],
  };

  test("a multiple-choice item's choices say where each leads: PageNavigationType, and the page break for GO_TO_PAGE", () => {
    const { FormApp, form } = linked(BRANCHING);
    const choices = form.getItems()[0].asMultipleChoiceItem().getChoices();
    expect(choices.map((choice) => choice.getPageNavigationType())).toEqual([
      FormApp.PageNavigationType.GO_TO_PAGE, FormApp.PageNavigationType.CONTINUE, FormApp.PageNavigationType.SUBMIT, FormApp.PageNavigationType.RESTART,
    ]);
    expect(choices[0].getGotoPage().getTitle()).toBe('参加した方');
    expect(choices[0].getGotoPage().getType()).toBe(FormApp.ItemType.PAGE_BREAK);
    expect(choices.slice(1).map((choice) => choice.getGotoPage())).toEqual([null, null, null]);
  });

  test("choices without navigation, and a drop-down's (Google's reference: only MultipleChoiceItem choices), read null", () => {
    const { form } = linked(BRANCHING);
    const [, list, plain] = form.getItems();
    for (const choice of [...list.asListItem().getChoices(), ...plain.asMultipleChoiceItem().getChoices()]) {
      expect(choice.getPageNavigationType()).toBeNull();
      expect(choice.getGotoPage()).toBeNull();
    }
    expect(linked().form.getItems()[6].asCheckboxItem().getChoices()[0].getPageNavigationType()).toBeNull();
  });

  test("a page break's navigation is that of the section before it (the resource's extension); CONTINUE when unset", () => {
    const { FormApp, form } = linked(BRANCHING);
    const breaks = form.getItems(FormApp.ItemType.PAGE_BREAK).map((item) => item.asPageBreakItem());
    expect(breaks.map((page) => page.getPageNavigationType())).toEqual([
      FormApp.PageNavigationType.CONTINUE, FormApp.PageNavigationType.SUBMIT, FormApp.PageNavigationType.GO_TO_PAGE,
    ]);
    expect(breaks.map((page) => page.getGoToPage()?.getTitle() ?? null)).toEqual([null, null, '参加しない方']);
  });

  test('the sample: ⑤ leads to each of its sections, and the はい section jumps past the いいえ section', () => {
    const { FormApp, form } = linked();
    const support = form.getItems().find((item) => item.getTitle().startsWith('⑤ '))?.asMultipleChoiceItem();
    expect(support?.getChoices().map((choice) => choice.getGotoPage().getTitle())).toEqual(['支援に携わった方', '支援に携わらなかった方']);
    const noSupport = form.getItems(FormApp.ItemType.PAGE_BREAK).map((item) => item.asPageBreakItem()).find((page) => page.getTitle() === '支援に携わらなかった方');
    expect(noSupport?.getPageNavigationType()).toBe(FormApp.PageNavigationType.GO_TO_PAGE);
    expect(noSupport?.getGoToPage().getTitle()).toBe('研修会への参加と今後の取り組み');
  });

  test('a resource the Forms API would refuse stops the emulator instead of being guessed at', () => {
    const withItems = (items: FormResource['items']): FormResource => ({ ...BRANCHING, items });
    const [question, , , first] = BRANCHING.items;
    const options = (type: 'RADIO' | 'CHECKBOX', option: object) => ({
      ...question, questionItem: { question: { questionId: '0000c001', choiceQuestion: { type, options: [{ value: 'はい', ...option }] } } },
    });
    expect(() => linked(withItems([options('RADIO', { goToSectionId: '0000b001' }), first])))
      .toThrow('Form item 0000b001, option 1, goes to "0000b001", which is no page break of the form.');
    expect(() => linked(withItems([options('RADIO', { goToSectionId: '0000b009', goToAction: 'SUBMIT_FORM' }), first])))
      .toThrow('has both goToAction and goToSectionId');
    expect(() => linked(withItems([options('CHECKBOX', { goToAction: 'SUBMIT_FORM' }), first])))
      .toThrow('checkbox options cannot lead to sections');
    expect(() => linked(withItems([options('RADIO', {}), { ...first, pageBreakItem: { goToSectionId: 'nowhere' } }]))).toThrow('Page break 0000b009 goes to "nowhere"');
  });
});

describe('responses', () => {
  test("a prefilled URL in Google's format", () => {
    const { form } = linked();
    const items = form.getItems();
    const url = form.createResponse()
      .withItemResponse(items[0].asTextItem().createResponse('山田 花子'))
      .withItemResponse(items[1].asMultipleChoiceItem().createResponse('ケアマネ'))
      .toPrefilledUrl();
    expect(url).toMatch(/^https:\/\/docs\.google\.com\/forms\/d\/e\/[^/]+\/viewform\?usp=pp_url&/);
    const query = url.split('?')[1].split('&');
    expect(query[1]).toMatch(/^entry\.\d+=%E5%B1%B1%E7%94%B0\+%E8%8A%B1%E5%AD%90$/);
    const other = /^entry\.(\d+)=__other_option__$/.exec(query[2]);
    expect(other).not.toBeNull();
    expect(query[3]).toBe(`entry.${other?.[1]}.other_option_response=%E3%82%B1%E3%82%A2%E3%83%9E%E3%83%8D`);
    expect(query).toHaveLength(4);
  });

  test('answers the item cannot take are refused', () => {
    const { form } = linked();
    const region = form.getItems()[2].asMultipleChoiceItem();
    expect(() => region.createResponse('北部')).toThrow('Invalid response submitted to item.');
    const { form: gridForm } = linked(GRIDS);
    expect(() => gridForm.getItems()[0].asScaleItem().createResponse(6)).toThrow('Invalid response submitted to item.');
  });

  test('submit appends a row to the linked sheet: timestamp, e-mail column, checkboxes joined in form order', () => {
    const { emulator, form } = linked();
    const items = form.getItems();
    const activities = items[6].asCheckboxItem();
    const [first, second] = activities.getChoices().map((c) => c.getValue());
    const submitted = form.createResponse()
      .withItemResponse(items[0].asTextItem().createResponse('山田 花子'))
      .withItemResponse(activities.createResponse([second, first]))
      .submit();
    expect(submitted.getTimestamp()).toBeInstanceOf(Date);
    const sheet = emulator.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('フォームの回答 1');
    const values = sheet?.getDataRange().getValues() ?? [];
    expect(values[0].slice(0, 4)).toEqual(['タイムスタンプ', 'メールアドレス', '① 氏名', '② 職種']);
    expect(values[0]).toHaveLength(2 + 14);
    expect((values[1][0] as Date).toISOString()).toBe('2023-12-05T01:02:03.000Z');
    expect(values[1][2]).toBe('山田 花子');
    expect(values[1][values[0].indexOf(items[6].getTitle())]).toBe(`${first}, ${second}`);
    expect(sheet?.getRange(2, 1).getDisplayValue()).toBe('2023/12/05 10:02:03');
    expect(form.getResponses()).toHaveLength(1);
    expect(form.getResponses()[0].getItemResponses()[1].getResponse()).toEqual([second, first]);
  });

  test('a web respondent (Node side) lands in the sheet with their e-mail; grid rows get their own columns', () => {
    const { emulator } = linked(GRIDS);
    emulator.submitResponse({ answers: { 満足度: 4, 参加: ['はい', null], 地域: '西部', ひとこと: '123' } });
    const values = emulator.view().sheets[0].values;
    expect(values[0]).toEqual(['タイムスタンプ', '満足度', '参加 [研修]', '参加 [交流会]', '曜日 [午前]', '地域', 'ひとこと']);
    expect(values[1].slice(1)).toEqual([4, 'はい', '', '', '西部', 123]);
    const { emulator: withEmail } = linked();
    withEmail.submitResponse({ email: 'coord001@example.jp', answers: { '③ 勤務先のある圏域': '東部圏域' } });
    expect(withEmail.view().sheets[0].values[1].slice(1, 3)).toEqual(['coord001@example.jp', '']);
  });
});
