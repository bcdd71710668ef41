import { attributeOrder, naturalCompare } from '../../../src/summary/sheets/order';
import { sampleSurvey } from '../helpers/sample-survey';

describe('naturalCompare', () => {
  it('orders Japanese era years by date, numbers by value and leaves the empty label last', () => {
    const years = ['令和2年度', '', '令和元年度', '平成30年度', '令和10年度', '昭和64年'];
    expect([...years].sort(naturalCompare)).toEqual(['昭和64年', '平成30年度', '令和元年度', '令和2年度', '令和10年度', '']);
    expect(['10年目', '２年目', '1年目'].sort(naturalCompare)).toEqual(['1年目', '２年目', '10年目']);
    expect(['西部', '中部', '東部'].sort(naturalCompare)).toEqual(['中部', '東部', '西部']);
  });
});

describe('attributeOrder', () => {
  const survey = sampleSurvey();

  it('follows the form’s options when a question offers every value, the one named like the attribute first', () => {
    expect(attributeOrder(survey, '圏域', ['西部圏域', '中部圏域', '東部圏域'])).toEqual(['東部圏域', '中部圏域', '西部圏域']);
    expect(attributeOrder(survey, '修了年度', ['令和2年度', '令和元年度', '平成30年度', '令和4年度', '令和3年度']))
      .toEqual(['平成30年度', '令和元年度', '令和2年度', '令和3年度', '令和4年度']);
  });

  it('puts values the form does not offer after the others, and the empty one last', () => {
    expect(attributeOrder(survey, '圏域', ['県外', '', '西部圏域', '東部圏域'])).toEqual(['東部圏域', '西部圏域', '県外', '']);
  });

  it('falls back to natural order when no question offers the values', () => {
    expect(attributeOrder(survey, '入職年', ['令和2年', '平成31年', '令和元年'])).toEqual(['平成31年', '令和元年', '令和2年']);
  });
});
