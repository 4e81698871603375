import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze/analyzer.js';
import { createDoc, type Doc } from '../../src/analyze/document.js';
import { runPipeline } from '../../src/analyze/pipeline.js';
import { timeInSpan } from '../../src/analyze/times/time-in-span.js';
import { timesStage } from '../../src/analyze/times/times-stage.js';
import { tokensStage } from '../../src/analyze/tokens/tokens-stage.js';

/** A time the stage must find: its text, value and, where given, the range it covers. */
type Expected = readonly [text: string, value: string | null, range?: readonly [string, string]];

interface Case {
  readonly name: string;
  readonly text: string;
  readonly published?: string | null;
  readonly times: readonly Expected[];
}

const PUBLISHED = '2024-10-11';

const run = (text: string, published: string | null = PUBLISHED): Doc =>
  runPipeline([tokensStage, timesStage], createDoc({ text, published }));

const cases: readonly Case[] = [
  { name: 'day month year', text: 'The treaty was signed on 11 December 2019 in Geneva.', times: [['11 December 2019', '2019-12-11', ['2019-12-11', '2019-12-11']]] },
  { name: 'month day, year', text: 'Talks opened on March 3, 2021, in a hotel by the lake.', times: [['March 3, 2021', '2021-03-03']] },
  { name: 'ISO date', text: 'The report is dated 2023-05-17 on its cover.', times: [['2023-05-17', '2023-05-17']] },
  { name: 'weekday with date', text: 'The strike began on Monday, September 30.', times: [['Monday, September 30', '2024-09-30']] },
  { name: 'month day in the past', text: 'The ministers met on September 28 in Cairo.', times: [['September 28', '2024-09-28']] },
  { name: 'month day in the future', text: 'The summit will open on January 15 in Lagos.', times: [['January 15', '2025-01-15']] },
  { name: 'day range', text: 'The fair will be held on June 3-5.', times: [['June 3-5', '2025-06-03/2025-06-05', ['2025-06-03', '2025-06-05']]] },
  { name: 'bare years', text: 'The border was closed in 2019 and has stayed shut since 2022.', times: [['2019', '2019', ['2019-01-01', '2019-12-31']], ['2022', '2022']] },
  { name: 'year as a modifier', text: 'Both sides still cite a 1990 resolution.', times: [['1990', '1990']] },
  { name: 'four-digit decade', text: 'Inflation was last this high in the 1980s.', times: [['1980s', '198', ['1980-01-01', '1989-12-31']]] },
  { name: 'two-digit decades', text: 'The cars of the 70s and 80s were boxy.', times: [['70s', '197'], ['80s', '198']] },
  { name: 'early month', text: 'Prices fell in early July.', times: [['early July', '2024-07', ['2024-07-01', '2024-07-10']]] },
  { name: 'mid month', text: 'The rains came in mid-June.', times: [['mid-June', '2024-06', ['2024-06-11', '2024-06-20']]] },
  { name: 'late year', text: 'The plant closed in late 2023.', times: [['late 2023', '2023', ['2023-09-01', '2023-12-31']]] },
  { name: 'early this year', text: 'The party split early this year.', times: [['early this year', '2024']] },
  { name: 'earlier this year', text: 'The mayor resigned earlier this year.', times: [['earlier this year', '2024', ['2024-01-01', '2024-10-11']]] },
  { name: 'the end of last year', text: 'The factory reopened at the end of last year.', times: [['the end of last year', '2023']] },
  { name: 'season of a year', text: 'The offensive began in the summer of 2014.', times: [['summer of 2014', '2014-SU', ['2014-06-01', '2014-08-31']]] },
  { name: 'next season', text: 'Elections are expected next spring.', times: [['next spring', '2025-SP']] },
  { name: 'quarter of a year', text: 'Exports rose in the third quarter of 2023.', times: [['the third quarter of 2023', '2023-Q3', ['2023-07-01', '2023-09-30']]] },
  { name: 'last quarter', text: 'Profits fell in the last quarter.', times: [['the last quarter', '2024-Q3']] },
  { name: 'ordinal quarter in the past', text: 'Sales rose in the fourth quarter.', published: '2024-02-20', times: [['the fourth quarter', '2023-Q4']] },
  { name: 'last week', text: 'The envoy visited the camp last week.', times: [['last week', '2024-W40', ['2024-09-30', '2024-10-06']]] },
  { name: 'next month', text: 'The court will rule next month.', times: [['next month', '2024-11', ['2024-11-01', '2024-11-30']]] },
  { name: 'this past weekend', text: 'Protesters marched this past weekend.', times: [['this past weekend', '2024-W40-WE', ['2024-10-05', '2024-10-06']]] },
  { name: 'last year', text: 'Turnout fell last year.', times: [['last year', '2023']] },
  { name: 'the year before', text: 'Turnout had risen the year before.', times: [['the year before', '2023']] },
  { name: 'yesterday and today', text: 'The talks broke down yesterday and resumed today.', times: [['yesterday', '2024-10-10'], ['today', '2024-10-11']] },
  { name: 'units ago', text: 'The dam burst two years ago and a bridge fell a week ago.', times: [['two years ago', '2022'], ['a week ago', '2024-10-04']] },
  { name: 'part of day', text: 'Shelling resumed this morning after a quiet Thursday night.', times: [['this morning', '2024-10-11TMO'], ['Thursday night', '2024-10-10TNI']] },
  { name: 'weekday in a past sentence', text: 'The minister resigned on Tuesday.', times: [['Tuesday', '2024-10-08']] },
  { name: 'weekday in a future sentence', text: 'The minister will resign on Tuesday.', times: [['Tuesday', '2024-10-15']] },
  { name: 'weekday of publication', text: 'The court ruled on Friday.', times: [['Friday', '2024-10-11']] },
  { name: 'last and next weekday', text: 'They met last Tuesday and meet again next Tuesday.', times: [['last Tuesday', '2024-10-08'], ['next Tuesday', '2024-10-15']] },
  { name: 'report verb beside the weekday', text: 'The ministry said on Monday that talks will resume.', times: [['Monday', '2024-10-07']] },
  { name: 'is to: future', text: 'On Wednesday, the delegation is to travel to Oslo.', times: [['Wednesday', '2024-10-16']] },
  { name: 'month in a past sentence', text: 'The rebels took the town in July.', times: [['July', '2024-07']] },
  { name: 'month in a past sentence, last year', text: 'Troops withdrew in December.', times: [['December', '2023-12']] },
  { name: 'month after plans to', text: 'The government plans to hold elections in July.', times: [['July', '2025-07']] },
  { name: 'month after a modal participle', text: 'The deal will be signed in June.', times: [['June', '2025-06']] },
  { name: 'month after expected', text: 'A vote is expected in March.', times: [['March', '2025-03']] },
  { name: 'next and last month names', text: 'Talks failed last July and resume next July.', times: [['last July', '2024-07'], ['next July', '2025-07']] },
  { name: 'range of months', text: 'Fighting raged between March and May.', times: [['March', '2024-03'], ['May', '2024-05']] },
  { name: 'range of years', text: 'Output rose from 2009 to 2011.', times: [['2009', '2009'], ['2011', '2011']] },
  { name: 'range borrows the year', text: 'The ban ran from November to February 2024.', times: [['November', '2023-11'], ['February 2024', '2024-02']] },
  { name: 'year range with two digits', text: 'The drought of 2011-12 killed thousands of cattle.', times: [['2011-12', '2011/2012', ['2011-01-01', '2012-12-31']]] },
  { name: 'clock time dated by the sentence', text: 'The blast happened at 6:40 p.m. on Tuesday.', times: [['6:40 p.m.', '2024-10-08T18:40'], ['Tuesday', '2024-10-08']] },
  { name: 'clock time with a day word', text: 'The polls closed at 20:00 UTC today.', times: [['20:00 UTC today', '2024-10-11T20:00Z']] },
  { name: 'holiday', text: 'The ceasefire collapsed on Christmas Day.', times: [['Christmas Day', '2023-12-25']] },
  { name: 'named date', text: 'The 9/11 attacks changed air travel.', times: [['9/11', '2001-09-11']] },
  { name: 'month and year', text: 'The port reopened in November 2006.', times: [['November 2006', '2006-11', ['2006-11-01', '2006-11-30']]] },
  { name: 'month of next year', text: 'Licences will lapse after October of next year.', times: [['October of next year', '2025-10']] },
  { name: 'two-digit year after an apostrophe', text: "Veterans of the class of '08 met again.", times: [["'08", '2008']] },
  { name: 'century', text: 'The bridge was built in the 19th century.', times: [['19th century', '18', ['1800-01-01', '1899-12-31']]] },
  { name: 'abbreviated month without a dot', text: 'The ceasefire began on Jan 5 at dawn.', published: '2024-01-20', times: [['Jan 5', '2024-01-05']] },
  { name: 'season of years', text: 'Rainfall in the 2014/15 season was low.', times: [['2014/15', '2014/2015']] },
  { name: 'participle after remain', text: 'The road is expected to remain closed on Wednesday.', times: [['Wednesday', '2024-10-16']] },
  { name: 'due to is a cause, not a schedule', text: 'Flights were cancelled on Thursday due to the storm.', times: [['Thursday', '2024-10-10']] },
  { name: 'a past verb before outweighs a modal after', text: 'The agency issued a warning in August saying prices could rise.', times: [['August', '2024-08']] },
];

for (const c of cases) {
  test(`times: ${c.name}`, () => {
    const doc = run(c.text, c.published === undefined ? PUBLISHED : c.published);
    for (const t of doc.times) {
      assert.equal(doc.text.slice(t.start, t.end), t.text);
      if (t.value !== null) assert.match(t.value, /^\d{4}(-\d{2}(-\d{2})?|-W\d{2})?$/, `record value of ${t.text}`);
    }
    assert.deepEqual(
      doc.times.map((t) => [t.text, t.timex ?? t.value]),
      c.times.map(([text, value]) => [text, value]),
    );
    c.times.forEach(([, , range], i) => {
      if (range) assert.deepEqual(doc.times[i]!.range, { start: range[0], end: range[1] });
    });
  });
}

const spanCases: readonly { readonly name: string; readonly text: string; readonly span: readonly [number, number]; readonly near?: number; readonly expected: string | null }[] = [
  { name: 'the one time in the sentence', text: 'Rebels shelled the port on Sunday. Aid arrived in May.', span: [0, 34], expected: 'Sunday' },
  { name: 'the time nearest the trigger', text: 'On Monday the envoy said troops had left the town on Saturday.', span: [0, 62], near: 45, expected: 'Saturday' },
  { name: 'no time in the span', text: 'Rebels shelled the port. Aid arrived on Sunday.', span: [0, 24], expected: null },
];

for (const c of spanCases) {
  test(`timeInSpan: ${c.name}`, () => {
    const doc = run(c.text);
    const t = timeInSpan(doc, { start: c.span[0], end: c.span[1] }, c.near);
    assert.equal(t?.text ?? null, c.expected);
  });
}

const endToEnd: readonly Case[] = [
  { name: 'a dated article', text: 'The minister resigned on Tuesday. Elections will be held in March.', times: [['Tuesday', '2024-10-08'], ['March', '2025-03']] },
  { name: 'an undated article', text: 'The minister resigned on Tuesday, two years after the 2022 vote.', published: null, times: [['Tuesday', null], ['2022', '2022']] },
  { name: 'an article with a datetime', text: 'Talks collapsed last week.', published: '2024-10-11T09:30:00Z', times: [['last week', '2024-W40']] },
];

for (const c of endToEnd) {
  test(`times through analyze(): ${c.name}`, () => {
    const record = analyze({ text: c.text, published: c.published === undefined ? PUBLISHED : c.published });
    assert.deepEqual(
      record.times.map((t) => [t.text, t.timex ?? t.value]),
      c.times.map(([text, value]) => [text, value]),
    );
  });
}

const recordValues: readonly { text: string; value: string | null; timex: string }[] = [
  { text: 'Rainfall was low in the summer of 2014.', value: '2014', timex: '2014-SU' },
  { text: 'Profits rose in the third quarter of 2023.', value: '2023', timex: '2023-Q3' },
  { text: 'The economy grew fast in the 1990s.', value: null, timex: '199' },
];

for (const c of recordValues) {
  test(`times: the record value of ${c.timex} is ${c.value ?? 'null'}, with the TIMEX value beside it`, () => {
    const [t] = run(c.text, PUBLISHED).times;
    assert.equal(t?.value, c.value);
    assert.equal(t?.timex, c.timex);
  });
}
