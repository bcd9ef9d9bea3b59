import { describe, expect, it } from 'vitest';
import { deriveSummary } from '../../../lib/summary';
import { makeArticle } from './make-article';

const figuresOf = (lang: string, text: string) => deriveSummary(makeArticle(lang, [text])).figures;

describe('figures', () => {
  it.each([
    ['vi', 'Tổng thu ngân sách đạt 1.234,5 tỷ đồng.', '1.234,5 tỷ đồng', 1234.5, null, 'tỷ đồng', 'money'],
    // The approximator is part of the figure as written (tests/labels/README.md); the value is unchanged.
    ['vi', 'Dân số tỉnh khoảng 15,4 triệu người.', 'khoảng 15,4 triệu', 15.4, null, 'triệu', 'count'],
    ['vi', 'Tăng trưởng dự kiến 20-30% trong năm.', '20-30%', 20, 30, '%', 'percent'],
    ['vi', 'Dự án rộng 120 ha ở ven biển.', '120 ha', 120, null, 'ha', 'measure'],
    ['vi', 'Có 7.893 chi bộ tham gia.', '7.893', 7893, null, null, 'count'],
    ['en', 'Congress approved $1.2 billion in aid.', '$1.2 billion', 1.2, null, '$ billion', 'money'],
    ['en', 'The firm paid $1,250 to each worker.', '$1,250', 1250, null, '$', 'money'],
    ['en', 'Some 2,300 troops were deployed.', 'Some 2,300', 2300, null, null, 'count'],
    ['en', 'Unemployment rose to 3.7% in May.', '3.7%', 3.7, null, '%', 'percent'],
    ['en', 'Prices rose 25% last year.', '25%', 25, null, '%', 'percent'],
  ])('%s: %s', (lang, text, written, value, valueMax, unit, kind) => {
    const [f] = figuresOf(lang, text);
    expect(f).toMatchObject({ text: written, value, valueMax, unit, kind });
  });

  it.each([
    ['vi', 'Sáng 12/3, hội nghị khai mạc.'],
    ['vi', 'Năm 2020, toàn ngành hoàn thành kế hoạch.'],
    ['vi', 'Bầu cử đại biểu Quốc hội nhiệm kỳ 2021 - 2026 diễn ra tốt.'],
    ['vi', 'Thực hiện Chỉ thị số 22/CT-TTg của Thủ tướng.'],
    ['vi', 'Theo Quyết định 1526/QĐ-TTg, dự án được duyệt.'],
    ['vi', 'Đại hội lần thứ XIX thành công tốt đẹp.'],
    ['vi', 'Hội nghị bắt đầu lúc 8h30 tại hội trường.'],
    ['vi', 'Liên hệ đường dây nóng 0912.345.678 để phản ánh.'],
    ['vi', 'Ông Nguyễn Văn A (SN 1985) bị bắt.'],
    ['vi', 'Xem chi tiết tại https://example.vn/tin-123456.html nhé.'],
    ['vi', 'Mô hình “đại hội 4 không” được đánh giá cao.'],
    ['en', 'The meeting started at 10:30 on March 3, 2024.'],
    ['en', 'He signed Executive Order 14110 in 2023.'],
    ['en', 'John Smith, 45, said he was tired.'],
  ])('%s: no figure in %s', (lang, text) => {
    expect(figuresOf(lang, text)).toEqual([]);
  });

  it('takes the label from the noun the number counts', () => {
    const figures = figuresOf('vi', 'Đại hội với 7.893 chi bộ trực thuộc Đảng ủy cơ sở, 1.423 tổ chức cơ sở đảng và 28 đảng bộ trực thuộc.');
    expect(figures.map((f) => f.label)).toEqual(['chi bộ trực thuộc Đảng ủy cơ sở', 'tổ chức cơ sở đảng', 'đảng bộ trực thuộc']);
  });

  it('lists a numbered slogan when the article spells out its items', () => {
    const [f] = figuresOf('vi', 'Ngành phải thực hiện tốt “3 tốt”: học tốt, làm tốt, sống tốt.');
    expect(f).toMatchObject({ text: '3 tốt', value: 3, label: 'học tốt, làm tốt, sống tốt' });
  });

  it('lists the same figure stated twice once', () => {
    const s = deriveSummary(makeArticle('vi', ['Tỉnh có 28 đảng bộ trực thuộc.', 'Toàn bộ 28 đảng bộ trực thuộc đã hoàn thành.']));
    expect(s.figures).toHaveLength(1);
  });

  it('ranks the lead, money and percentages first', () => {
    const s = deriveSummary(makeArticle('vi', ['Có 12 xã tham gia, vốn 300 tỷ đồng.'], 'Tăng trưởng đạt 8,5%.'));
    expect(s.figures.map((f) => f.text)).toEqual(['8,5%', '300 tỷ đồng', '12']);
  });

  it.each([
    ['de', 'Die Regierung stellt 1.250,5 Millionen Euro bereit.', 1250.5],
    ['tr', 'Bakanlık 2.500 konut inşa edecek.', 2500],
    ['sw', 'Serikali imetenga shilingi 1,500 milioni.', 1500],
  ])('other languages use Intl separators (%s)', (lang, text, value) => {
    const s = deriveSummary(makeArticle(lang, [text]));
    expect(s.figures.map((f) => f.value)).toContain(value);
  });

  it('finds percentages in Chinese', () => {
    const s = deriveSummary(makeArticle('zh', ['今年经济增长 5.2% ，高于预期。']));
    expect(s.figures[0]).toMatchObject({ value: 5.2, unit: '%', kind: 'percent' });
  });
});

describe('figures: tuning rules (issue 3)', () => {
  it.each([
    // Durations: the number before the time word ("19 tháng") is a quantity.
    ['vi', 'Công trình thi công trong 19 tháng.', { text: '19 tháng', value: 19, unit: 'tháng' }],
    // Part of a whole.
    ['vi', 'Có 18 trên 20 xã đã đạt chuẩn.', { value: 18, valueMax: 20, kind: 'ratio' }],
    ['en', 'Five of the 12 judges dissented.', { value: 5, valueMax: 12, kind: 'ratio' }],
    // Ranges written with words.
    ['vi', 'Lượng khách có thể tăng từ 10% đến 15% so với ngày thường.', { value: 10, valueMax: 15, unit: '%' }],
    ['en', 'Between 200 and 300 workers lost their jobs.', { value: 200, valueMax: 300, label: expect.stringMatching(/^workers/) }],
    // Spelled-out counts.
    // A past participle before the number says what happened to the counted things.
    ['en', 'The team hired seven engineers.', { value: 7, label: 'engineers hired', kind: 'count' }],
    ['en', 'Officials toured the five regions hit by floods.', { value: 5, label: expect.stringMatching(/^regions/) }],
    // A currency glued to its amount.
    ['en', 'The ministry spent RM2.5 million on repairs.', { text: 'RM2.5 million', value: 2.5, unit: 'RM million', kind: 'money' }],
    ['en', 'The tender was worth R3bn.', { value: 3, kind: 'money' }],
    ['en', 'Fixing the road cost 4m/- last year.', { value: 4, unit: 'm/-', kind: 'money' }],
    // Labels: a change verb makes the figure the change; a share names its whole.
    ['vi', 'Giá điện đã giảm 3%.', { value: 3, label: 'mức giảm Giá điện' }],
    ['vi', 'Doanh thu tăng 12% số đơn hàng.', { value: 12, label: 'mức tăng số đơn hàng' }],
    ['en', 'Output grew 4% last year.', { value: 4, label: 'growth of Output' }],
    ['en', 'Prices rose to 5% in the spring.', { value: 5, label: 'Prices' }],
    ['en', 'About 81 percent of eligible voters took part.', { value: 81, label: expect.stringMatching(/^eligible voters/) }],
    // Other languages: Turkish thousands word, percent words.
    ['tr', 'Araç sayısı 11 bin 37 oldu.', { value: 11037 }],
    ['tr', 'Satışlar yüzde 5,7 arttı.', { text: 'yüzde 5,7', value: 5.7, kind: 'percent' }],
    ['de', 'Rund 67 Prozent der Befragten stimmten zu.', { value: 67, unit: 'Prozent', kind: 'percent' }],
  ])('%s: %s', (lang, text, want) => {
    expect(figuresOf(lang, text)[0]).toMatchObject(want);
  });

  it.each([
    ['vi', 'Phiên chợ họp vào 23 tháng Chạp.'],
    ['vi', 'Hạn chót nộp hồ sơ là 15 tháng 6.'],
    ['en', 'He was first elected in 2020.'],
    ['en', 'The five-day summit ended.'],
  ])('%s: no figure in %s', (lang, text) => {
    expect(figuresOf(lang, text)).toEqual([]);
  });

  it('labels a bracketed share with the noun phrase before it', () => {
    const figures = figuresOf('vi', 'Nguồn vốn gồm vốn ngân sách (60%) và vốn vay (chiếm 40%).');
    expect(figures.map((f) => [f.value, f.label])).toEqual([[60, 'vốn ngân sách'], [40, 'vốn vay']]);
  });

  it('lists a duration stated twice once', () => {
    const s = deriveSummary(makeArticle('vi', ['Kỳ nghỉ kéo dài 5 ngày liên tục.', 'Công chức được nghỉ 5 ngày liên tục từ thứ Bảy.']));
    expect(s.figures).toHaveLength(1);
  });

  it('keeps different quantities with the same text apart', () => {
    const s = deriveSummary(makeArticle('en', ['Each pole cost 4m/- to build.', 'The monthly bill was 4m/- for the town.']));
    expect(s.figures).toHaveLength(2);
  });
});

describe('figures (vi): an anniversary or a reviewed period is no quantity', () => {
  it('"sau 50 năm giải phóng", "10 năm thực hiện Nghị quyết" give no figure; the count beside them does', () => {
    expect(figuresOf('vi', 'Lễ kỷ niệm diễn ra sau 50 năm giải phóng miền Nam, với 500 chiến sĩ tham gia.').map((f) => f.text)).toEqual(['500']);
    expect(figuresOf('vi', 'Tỉnh tổng kết 10 năm thực hiện Nghị quyết số 26 về nông thôn mới.').map((f) => f.text)).toEqual([]);
  });
});

describe('figures: English labels name what is counted', () => {
  it('a number hyphenated to a singular unit noun is a measure labelled by the noun after ("a 33-year sentence")', () => {
    expect(figuresOf('en', 'On Friday the judge handed down a 33-year sentence.').map((f) => [f.text, f.value, f.unit, f.label])).toEqual([['33-year', 33, 'year', 'sentence']]);
  });

  it('a multiplier word makes one number with the number before it ("two dozen" = 24)', () => {
    expect(figuresOf('en', 'The governor signed two dozen executive orders this year.').map((f) => [f.text, f.value])).toEqual([['two dozen', 24]]);
    expect(figuresOf('en', 'The agency hired three hundred inspectors.').map((f) => [f.text, f.value])).toEqual([['three hundred', 300]]);
  });

  it.each([
    // Capitalised words and modifiers joined by "and" stay inside the noun phrase.
    ['Officials said 12 Eastern and southern provinces reported floods.', 12, 'Eastern and southern provinces'],
    ['Leaders of nine ruling and opposition parties were present.', 9, 'ruling and opposition parties'],
    // Two counted things joined by "and" stay two labels.
    ['The firm hired 500 people and three robots.', 500, 'people hired'],
    ['The firm hired 500 people and three robots.', 3, 'robots'],
    ['The police detained 40 protesters and injured dozens.', 40, 'protesters detained'],
    // A restrictive relative clause or a participle phrase narrows the counted noun.
    ['The survey found 200 workers who lost their jobs.', 200, 'workers who lost their jobs'],
    ['The hospital treated 30 patients injured in the crash.', 30, 'patients injured in the crash'],
    // A rate, comparative, adverb or verb form after the number: the counted thing is named before it.
    ['A nurse can earn $70,000 a year.', 70000, 'nurse'],
    ['Graduates earn 25% more than their peers.', 25, 'Graduates'],
    ['The runner was 30 meters ahead.', 30, 'runner'],
    ['The estimate of 660,000 based on forecasts fell.', 660000, 'estimate'],
    ['The unemployment rate was 3.7% in May.', 3.7, 'unemployment rate'],
    // A unit is not the label: the measured noun is.
    ['Storms brought 40 inches of snow.', 40, 'snow'],
    // Money: what the sum is, after "in" or before the amount's noun.
    ['Congress approved $1.2 billion in aid for farmers.', 1.2, 'aid for farmers'],
    ['They offered a $70,000 salary.', 70000, 'salary'],
    // "in" before a month or an article is a time, not what the money is.
    ['The company paid $3 million in March.', 3, 'company'],
  ])('en: %s', (text, value, label) => {
    expect(figuresOf('en', text).find((f) => f.value === value)).toMatchObject({ value, label });
  });

  it('reads a unit of speed as a unit, not a label', () => {
    expect(figuresOf('en', 'Gusts reached 55 mph overnight.')[0]).toMatchObject({ value: 55, unit: 'mph', kind: 'measure' });
  });

  it.each([
    ['en', 'The plan would levy a .07% fee on the largest lenders.', { text: '.07%', value: 0.07, unit: '%' }],
    ['en', '.5% of the budget goes to parks.', { text: '.5%', value: 0.5, unit: '%' }],
    ['en', 'Version 2.07% of nothing.', { text: '2.07%', value: 2.07, unit: '%' }],
  ])('reads a decimal point with no digit before it (%s): %s', (lang, sentence, expected) => {
    expect(figuresOf(lang, sentence)[0]).toMatchObject(expected);
  });
});

describe('figures: a span with no label keeps its span word in the text (label.span-only)', () => {
  it('writes "eighteen months" and "12 days", not "eighteen" and "12"', () => {
    expect(figuresOf('en', 'The channel has worked over the past eighteen months, and the road reopened 12 days later.').map((f) => [f.text, f.label])).toEqual([['eighteen months', ''], ['12 days', '']]);
  });
});

describe('figures: times and names that are no quantity', () => {
  it.each([
    // figure.drop.time-ref: a span that places the event in time.
    ['en', 'The helpline opened ten years ago and still runs.'],
    ['en', 'Crime has fallen in the last 20 years across the county.'],
    ['en', 'The board will meet the council over the next 18 months.'],
    ['en', 'She wrote to the office a week or two ago.'],
    ['vi', 'Cách đây hơn 10 năm, xã còn nghèo.'],
    ['vi', 'Trong 5 năm qua, huyện đã đổi mới nhiều.'],
    // figure.drop.unit-name: the number closes the name of a unit.
    ['vi', 'Đại tá Nguyễn Văn A, Chính ủy Sư đoàn Không quân 371, dự lễ.'],
    ['vi', 'Bộ tư lệnh Vùng 4 Hải quân tổ chức lễ.'],
    ['vi', 'Đơn vị tổ chức kỷ niệm 80 năm ngày thành lập.'],
    // "our two countries"; a section number before a heading.
    ['en', 'Our two militaries have trained side by side, and our two countries agreed to keep doing so.'],
    ['en', '2.3 Strengthening Security and Defence'],
    // A capitalised number word after a word opens a name.
    ['en', 'Both sides recalled the Six Assurances given to the island.'],
    // figure.drop.reference: the parties to a meeting named by their number (readout style).
    ['en', 'The two leaders discussed trade and regional security.'],
    ['en', 'The two sides agreed to keep talking, as the two countries had planned.'],
    // Ages and kinds: "N year olds", "Type 2".
    ['en', 'The campaign is aimed at 13 to 17 year olds across the country.'],
    ['en', 'Obese adults are likely to develop Type 2 diabetes early.'],
  ])('%s: no figure in %s', (lang, text) => {
    expect(figuresOf(lang, text)).toEqual([]);
  });

  it.each([
    ['en', 'Protesters have tried to block the plant over the last five days.', 5],
    ['en', 'The road was reopened 12 days later.', 12],
    ['en', 'Prosecutors dropped the charges against the two staffers.', 2],
    ['en', '2.3 percent of the budget goes to defence.', 2.3],
    ['en', 'The sentence is 18 months in prison.', 18],
    ['vi', 'Huyện có 3 sư đoàn đóng quân.', 3],
    ['vi', 'Cổ phiếu bị dừng giao dịch gần 3 năm.', 3],
  ])('%s: a span or count stays a figure in %s', (lang, text, value) => {
    expect(figuresOf(lang, text).map((f) => f.value)).toContain(value);
  });
});

describe('figures: label shapes and what is no quantity (figure-labels)', () => {
  it.each([
    // An adverb, adjective or bare classifier is no label (labelPhrase.nonHeads).
    ['vi', 'Giá rau có thể tăng cao 2 lần.', 2, 'mức tăng Giá rau'],
    ['vi', 'Phải chờ khoảng 15 ngày mới nhận được hàng.', 15, ''],
    ['en', 'The deal equates to £2 million worth.', 2, 'deal'],
    // A run of capitalised words is one name, one word of the label.
    ['vi', 'Vụ việc gây thiệt hại cho Tổng công ty Đường sắt Miền Bắc hơn 120 tỷ đồng.', 120, 'thiệt hại cho Tổng công ty Đường sắt Miền Bắc'],
    // A place after a directional link stays inside the subject; "đều" ends a label read after the number.
    ['vi', 'Số khách quốc tế đến Đà Nẵng là 3 triệu lượt.', 3, 'Số khách quốc tế đến Đà Nẵng'],
    ['vi', 'Năm nay 100% xã đều hoàn thành kế hoạch.', 100, 'xã'],
    ['vi', 'Tỷ lệ phương tiện vào ra cảng là 17%.', 17, 'Tỷ lệ phương tiện vào ra cảng'],
    // "đối": the person a sentence applies to is not what it counts.
    ['vi', 'Tòa tuyên phạt 7 năm tù đối Trần Văn B về tội lừa đảo.', 7, 'tù'],
    // A number changing to another counts what the other counts.
    ['vi', 'Đề án đề xuất giảm số môn học từ 12 xuống còn 9 môn.', 12, 'môn'],
    // "không vượt quá N": the bound is a lead-in; the label is the subject before it.
    ['vi', 'Tổng mức giảm trừ không vượt quá 500 triệu đồng mỗi năm.', 500, 'Tổng mức giảm trừ mỗi năm'],
    // A short noun listed after a comma stays in the label, also before an adverb ("không").
    ['vi', 'Có 24 thương nhân tại 12 tỉnh, thành phố không xuất khẩu gạo.', 12, 'tỉnh, thành phố'],
    // A short noun listed after a comma stays in the label.
    ['vi', 'Hơn 300 học sinh, sinh viên đến từ các tỉnh dự thi.', 300, 'học sinh, sinh viên'],
    // The noun phrase before a colon right before the number.
    ['vi', 'Thời hạn thuê: 24 tháng kể từ ngày ký.', 24, 'Thời hạn thuê'],
    // An owner's measure: "X có giá N" is the price of X.
    ['vi', 'Các căn hộ ven sông có giá 3 tỷ đồng mỗi căn.', 3, 'giá căn hộ ven sông'],
    // A change verb with a degree adverb, a modal and a source phrase in the subject.
    ['vi', 'Giá rau nhập từ Lâm Đồng có thể tăng mạnh 2 lần.', 2, 'mức tăng Giá rau nhập từ Lâm Đồng'],
    // "với giá N": the price, not the buyer before it; a foreign currency is a unit, not a label.
    ['vi', 'Bà A bán chiếc xe cho một người ở tỉnh bên với giá 9 vạn nhân dân tệ.', 9, 'giá'],
    // A small count between two words stays inside a label read backwards.
    ['vi', 'Khoảng cách giữa 2 ga là 900 m.', 900, 'Khoảng cách giữa 2 ga'],
    // A passive inside the subject stays when the clause's own verb follows it; the passive predicate itself is no label.
    ['vi', 'Số vốn được giải ngân đạt 500 tỷ đồng.', 500, 'Số vốn được giải ngân'],
    // "đã" after a counted noun opens its clause.
    ['vi', 'Có 12 gói thầu đã ký hợp đồng.', 12, 'gói thầu đã ký hợp đồng'],
    // A percentage of a whole is a share of it; of a group of people, the group.
    ['en', 'Farms account for 30% of the region’s water use.', 30, 'share of region’s water use'],
    ['en', 'Some 40% of women in rural areas are farmers.', 40, 'women in rural areas'],
    // A capitalised function word opens a sentence the splitter missed.
    ['en', 'The storm lasted two days The mayor urged residents to stay home.', 2, ''],
    // Fractions before a share word or a scale word.
    ['en', 'More than half of local farms are small.', 0.5, 'local farms'],
    ['en', 'Over half a million visitors came to the fair.', 0.5, 'visitors that came to the fair'],
    ['en', 'One in five adults in the region is obese.', 1, 'adults in the region'],
  ])('%s: %s', (lang, text, value, label) => {
    const f = figuresOf(lang, text).find((x) => x.value === value);
    if (label === '' && !f) return;
    expect(f).toMatchObject({ value, label });
  });

  it.each([
    ['vi', 'Sửa đổi khoản 1, 2 và 3 Điều 5 của Nghị định như sau.'],
    ['vi', 'Bãi bỏ các khoản 4, 5 Điều 9 của Thông tư.'],
    ['vi', 'Thị trường có 2 nhất trong năm.'],
    ['en', 'The first quarter of the year and the second half were weak.'],
    ['en', 'Police arrested 20 in 2019 after the protests.'],
  ])('%s: no figure in %s', (lang, text) => {
    expect(figuresOf(lang, text).filter((f) => f.value < 1900 && f.value !== 2019)).toEqual([]);
  });

  it('does not keep a passive predicate in a label read before the number', () => {
    const [f] = figuresOf('vi', 'Công ty bị phạt 50 triệu đồng vì vi phạm.');
    expect(f?.label).not.toContain('bị');
  });

  it('does not take "one of" as a ratio: the whole counts', () => {
    const figures = figuresOf('en', 'She was one of two people who caught the virus.');
    expect(figures.map((f) => f.value)).toEqual([2]);
  });
});

describe('figures (vi): a counted noun listed after a comma', () => {
  it.each([
    ['Có 62 tỉnh, thành phố ghi nhận ca mắc mới trong ngày.', 'tỉnh, thành phố'],
    ['Đơn vị có 500 cán bộ, chiến sĩ đã tham gia diễn tập.', 'cán bộ, chiến sĩ'],
    ['Số chuyến bay tăng thêm là 32 chuyến, tương đương 10% so với năm trước.', 'Số chuyến bay tăng thêm'],
  ])('%s', (text, label) => {
    // The label opens with the listed nouns (a clause after them may narrow it).
    expect(figuresOf('vi', text).find((f) => !f.text.includes('%'))?.label.startsWith(label)).toBe(true);
  });
});

describe('figures (en): a spending period and an age range are no quantities (s-en-10, s-en-11)', () => {
  it('"$8.0 million over four years" gives the money only; "over four years" with no money before it stays', () => {
    expect(figuresOf('en', 'Senator Roe said $8.0 million over four years would be provided to open ten new service outlets.').map((f) => f.text)).toEqual(['$8.0 million', 'ten']);
    expect(figuresOf('en', 'More than $13 million will be spent over four years to help families.').map((f) => f.text)).toEqual(['More than $13 million']);
    expect(figuresOf('en', 'The drought has lasted over four years in the region.').map((f) => f.value)).toEqual([4]);
  });
  it('"aged 12 to 18 years": the high end of an age range is an age too', () => {
    expect(figuresOf('en', 'The programs will offer early intervention for young people aged 12 to 18 years.')).toEqual([]);
  });
  it('"aged between 18 and 33 years old", "between the ages of 5 and 11": both ends of the range are ages', () => {
    expect(figuresOf('en', 'The seven men, aged between 18 and 33 years old, had been held in detention.').map((f) => f.text)).toEqual(['seven']);
    expect(figuresOf('en', 'Children between the ages of 5 and 11 can now get the vaccine.')).toEqual([]);
    expect(figuresOf('en', 'Between 18 and 33 boats arrive every month.').map((f) => f.text)).toEqual(['18 and 33']);
  });
});

describe('figures: a name and its number written with a spaced dash ("COVID – 19") are no figure (s-vi-5)', () => {
  it('drops "19" of "COVID – 19", keeps a spaced range', () => {
    expect(figuresOf('vi', 'Ban chỉ đạo phòng chống dịch COVID – 19 huyện đã họp khẩn với 12 xã.').map((f) => f.text)).toEqual(['12']);
    expect(figuresOf('vi', 'Giá tăng 10 – 20% so với năm trước.').map((f) => f.text)).toEqual(['10 – 20%']);
  });
});

describe('figures (en): a page that groups thousands with a space reads them as one number (s-en-1, s-en-10)', () => {
  it('"13 014 visas" and "13 500 places" are 13014 and 13500 where the page shows the style', () => {
    expect(figuresOf('en', 'Australia last year granted 13 014 visas to refugees and set an intake of 13 500 places.').map((f) => f.value)).toEqual([13014, 13500]);
    expect(figuresOf('en', 'In 2019 300 people attended the fair.').map((f) => f.value)).toEqual([300]);
  });
});

describe('figures: the lead restating an amount of the body is one figure (s-en-1)', () => {
  it('"$4.4 million" in the lead and in the body, with other labels, is listed once', () => {
    const s = deriveSummary(makeArticle('en', ['As a sign of our commitment, Australia is increasing its funding to UNHCR by $4.4 million, he said.'], 'The Minister today announced a $4.4 million increase in funding to the refugee agency.'));
    expect(s.figures.filter((f) => f.value === 4.4)).toHaveLength(1);
  });
});

describe('figures (en): an age written "a 23 year old" is no figure (enoff-govuk-14)', () => {
  it('drops "23" of "a 23 year old reactor chemistry engineer"', () => {
    expect(figuresOf('en', 'Bethany, who is a 23 year old reactor chemistry engineer, joined 100 other engineers.').map((f) => f.value)).toEqual([100]);
  });
});

describe('figures (en): a legal citation is no figure (ordinalCuesAfter, ordinalCuesBefore)', () => {
  it('drops the title and section of "(8 U.S.C. 1157)" and "40 CFR", keeps the count beside them', () => {
    expect(figuresOf('en', 'Under section 207 of the Act (8 U.S.C. 1157), up to 125,000 refugees may be admitted.').map((f) => f.text)).toEqual(['up to 125,000']);
    expect(figuresOf('en', 'The rule in 40 CFR part 60 covers 1,200 plants.').map((f) => f.text)).toEqual(['1,200']);
  });
  it('ends a label before "shall" ("The 10,000 unallocated refugee numbers shall be allocated …")', () => {
    expect(figuresOf('en', 'The 10,000 unallocated refugee numbers shall be allocated to regional ceilings.').map((f) => f.label)).toEqual(['unallocated refugee numbers']);
  });
});

describe('figures (en): a plural head joined by "and" to another plural counts both (joinedNounEnd)', () => {
  it('labels "2,000 contractors and vendors" and "13 states and local communities" whole; "500 guns and 20 cars" stays two', () => {
    expect(figuresOf('en', 'The policy covers its 2,000 contractors and vendors.').map((f) => f.label)).toEqual(['contractors and vendors']);
    expect(figuresOf('en', 'Funds went to 13 states and local communities.').map((f) => f.label)).toEqual(['states and local communities']);
    expect(figuresOf('en', 'The officers seized 500 guns and 20 cars in the raid.').map((f) => f.text)).toEqual(['500', '20']);
    expect(figuresOf('en', 'The fund paid 300 nurses and the hospital staff.').map((f) => f.label)).toEqual(['nurses']);
  });
});
