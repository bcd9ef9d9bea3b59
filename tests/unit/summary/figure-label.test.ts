import { describe, expect, it } from 'vitest';
import { compileLexicon } from '../../../lib/summary/compile';
import { compoundEnd, compoundStart, trimLabelSpan } from '../../../lib/summary/figure-label';
import { GENERIC, languageFor } from '../../../lib/summary/lang';
import { deriveSummary } from '../../../lib/summary';
import { tokenize } from '../../../lib/summary/tokens';
import { makeArticle } from './make-article';

const labelOf = (lang: string, text: string, value: number) =>
  deriveSummary(makeArticle(lang, [text])).figures.find((f) => f.value === value)?.label;

function trimmed(lang: 'vi' | 'en', text: string): string {
  const p = compileLexicon(languageFor(lang)!).labelPhrase!;
  const toks = tokenize(text);
  const [a, b] = trimLabelSpan(toks, 0, toks.length, p);
  return b > a ? text.slice(toks[a]!.start, toks[b - 1]!.end) : '';
}

describe('trimLabelSpan: a label neither starts nor ends with a function word or a verb', () => {
  it.each([
    ['vi', 'một khoản vay ưu đãi', 'khoản vay ưu đãi'],
    ['vi', 'các hộ nghèo của', 'hộ nghèo'],
    ['vi', 'giá cước dao động', 'giá cước'],
    ['vi', 'xác định', ''],
    ['vi', 'của và với', ''],
    ['en', 'the new schools', 'new schools'],
    ['en', 'raised school fees', 'school fees'],
    ['en', 'rainfall remains low', 'rainfall'],
    ['en', 'of the', ''],
    ['en', 'hired', ''],
  ] as const)('%s: "%s" → "%s"', (lang, text, want) => {
    expect(trimmed(lang, text)).toBe(want);
  });

  it('has no noun-phrase data for the generic lexicon', () => {
    expect(compileLexicon(GENERIC).labelPhrase).toBeNull();
  });
});

describe('compound words inside a label', () => {
  it.each([
    ['wind-powered pumps', 0, 3],
    ['Hải Phòng - Quảng Ninh road', 1, 4],
    ['pumps - and wells', 0, 1],
  ])('"%s" from token %i ends at %i', (text, start, end) => {
    const toks = tokenize(text);
    expect(compoundEnd(toks, start, toks.length)).toBe(end);
    expect(compoundStart(toks, end, 0)).toBe(start);
  });
});

describe('figure labels read as the noun phrase the number counts', () => {
  it.each([
    // Vietnamese: the noun after the number, with a rate or a place phrase that narrows it.
    ['vi', 'Xã có 312 hộ nghèo tại thôn Bản Lầu.', 312, 'hộ nghèo tại thôn Bản Lầu'],
    ['vi', 'Bến xe đón khoảng 9.500 khách/ngày tại cổng phía Bắc.', 9500, 'khách/ngày tại cổng phía Bắc'],
    ['vi', 'Nhà máy có 14 lò bằng điện.', 14, 'lò bằng điện'],
    // A rate after an amount belongs to the label named before it.
    ['vi', 'Người lao động có mức lương bình quân 8,2 triệu đồng mỗi tháng.', 8.2, 'mức lương bình quân mỗi tháng'],
    // After a copula, the one-word noun after the number is only a classifier: the subject is counted.
    ['vi', 'Số giường bệnh tăng thêm là 120 giường.', 120, 'Số giường bệnh tăng thêm'],
    // A dimension adjective names the dimension measured.
    ['vi', 'Tuyến đê Bắc - Nam dài 12km.', 12, 'chiều dài Tuyến đê Bắc - Nam'],
    // A noun that begins with a stop word stays whole.
    ['vi', 'Mức giảm trừ gia cảnh là 15,5 triệu đồng.', 15.5, 'Mức giảm trừ gia cảnh'],
    // A rate before the amount, too; a link cut by the word limit keeps only the part after it.
    ['vi', 'Mỗi hộ dân đóng góp cho quỹ phòng chống thiên tai mỗi năm khoảng 200.000 đồng.', 200000, 'quỹ phòng chống thiên tai mỗi năm'],
    // A link word stays inside the subject read backwards ("tại", "của").
    ['vi', 'Giá cà phê xuất khẩu tại cảng Sài Gòn ở mức 2.150 USD.', 2150, 'Giá cà phê xuất khẩu tại cảng Sài Gòn'],
    // After a copula of identity, the subject says what and the noun after says in what.
    ['vi', 'Sức chứa thiết kế của sân vận động là 40.000 chỗ ngồi.', 40000, 'Sức chứa thiết kế của sân vận động chỗ ngồi'],
    // A change or a ratio keeps what it is compared with.
    ['vi', 'Sản lượng lúa tăng 12% so với vụ đông xuân.', 12, 'mức tăng Sản lượng lúa so với vụ đông xuân'],
    ['vi', 'Lượng xe vào ra bến (chiếm 35%) tăng mạnh.', 35, 'Lượng xe vào ra bến'],
    // A verb before the number is no label: better none than a fragment.
    ['vi', 'Phần còn lại 2,5 triệu xác định theo định mức.', 2.5, ''],
    // English: the counted noun with the phrase that narrows it.
    ['en', 'About 2,000 homes were without water on Sunday.', 2000, 'homes without water on Sunday'],
    ['en', 'Another 45 people had been injured in the crush.', 45, 'people injured in the crush'],
    ['en', 'Some 900 farmers are eligible for the new grants.', 900, 'farmers eligible for the new grants'],
    ['en', 'The state charges a 2% levy on imported cars.', 2, 'levy on imported cars'],
    ['en', 'Nearly 60 percent of its annual budget is spent on schools.', 60, 'annual budget spent on schools'],
    ['en', 'The town put up 300 solar-powered lamps last year.', 300, 'solar-powered lamps'],
    // A past participle before the number, past a hedge, is what happened to the counted things.
    ['en', 'Rescuers freed nearly 40 miners trapped underground.', 40, 'miners trapped underground'],
    ['en', 'Crews repaired about 120 bridges.', 120, 'bridges repaired'],
    // A verb of containing ends a label read backwards ("… includes $150 million" names no "includes").
    ['en', 'The new budget also includes $150 million for parks.', 150, 'new budget'],
    // Money "in" a named fund or grant is money of that kind; money "in" a place or a month names no use (label.money-in).
    ['en', 'The agency awarded $60 million in Northern Safety grants last year.', 60, 'Northern Safety grants'],
    ['en', 'The firm invested $5 million in London last year.', 5, ''],
    ['en', 'The council spent $2 million in new parking fees.', 2, 'new parking fees'],
    // Not after a passive, nor for a span of time: a span word alone is no label (label.span-only).
    ['en', 'The road was reopened 12 days later.', 12, ''],
    ['en', 'The channel has worked over the past eighteen months.', 18, ''],
    ['en', 'The drought has lasted 40 years.', 40, ''],
    ['en', 'The drought has lasted 40 years in the south.', 40, 'years in the south'],
    // A perfect tense is the noun's own act: it is read as a relative clause (label.subject-clause).
    ['en', 'About 70 families have moved into the camp.', 70, 'families that have moved into the camp'],
    // NP of N, read backwards across "of".
    ['en', 'Engineers raised the average speed of freight trains from 40 km to 55 km.', 40, 'average speed of freight trains'],
    ['en', 'Fares fell 8% compared with the busiest month.', 8, 'fall in Fares compared with busiest month'],
    // A verb that takes the counted thing as its object is cut from the label.
    ['en', 'The council raised parking fees to $12.', 12, 'parking fees'],
    // A past participle whose object is the number: the subject is not what is counted.
    ['en', 'Auditors said the agency collected $4 million last year.', 4, ''],
    // A subject pronoun opening the words before the number counts nothing.
    ['en', 'Officials say you are up to three times more likely to win.', 3, ''],
    ['en', 'Today I hereby release $6 million.', 6, ''],
    // Nor does a clitic left of a contraction, a verb of money, or a lone progressive verb right before it.
    ['en', "That's how you save $28 billion over five years.", 28, ''],
    ['en', "We're ready to commit $3.5 billion to the fund.", 3.5, ''],
    ['en', 'Exports to these countries are growing 23 percent a year.', 23, ''],
    ['en', 'Providing £10 million for burial teams was agreed.', 10, ''],
    // A past verb of thinking ends the counted group: no verb tail in the label.
    ['en', 'While 45% of rural voters thought the plan was fair, fewer agreed in towns.', 45, 'rural voters'],
    // Nor do the words before a coordinator right before the number: they end another clause.
    ['en', 'Four towns have built new flood walls and 6 more will follow.', 6, ''],
  ] as const)('%s: %s', (lang, text, value, label) => {
    expect(labelOf(lang, text, value)).toBe(label);
  });
});

describe('labels from the clause subject', () => {
  it.each([
    // label.level-subject: the subject before a level frame and its short predicate.
    ['vi', 'Sáng nay, giá gạo thơm Tám được niêm yết tại mức 25.000 đồng/kg.', 25000, 'giá gạo thơm Tám'],
    ['vi', 'Trên thị trường, giá cà phê nhân đang ở mức khoảng 120.000 đồng/kg.', 120000, 'giá cà phê nhân'],
    // label.change-of-previous: a change after a comma shares the earlier figure's subject.
    ['vi', 'Từ chiều nay, giá xăng RON95 được niêm yết ở mức 21.000 đồng/lít, giảm 500 đồng/lít.', 500, 'mức giảm giá xăng RON95'],
  ])('%s: %s', (lang, text, value, label) => {
    expect(labelOf(lang, text, value)).toBe(label);
  });
});

describe('label.subject-clause: the counted noun as the subject of its clause', () => {
  it.each([
    ['en', 'Last spring about 40,000 residents went to the town hall to vote on the plan.', 40000, 'residents that went to the town hall to vote'],
    ['en', 'Over 12,000 pupils have used the new library since it opened.', 12000, 'pupils that have used the new library'],
    ['en', 'Nearly 3,000 families are living with no running water, officials said.', 3000, 'families living with no running water'],
    // Cut inside a phrase by a quote: it ends before that phrase.
    ['en', 'Four people have died during clashes in the capital against the so-called “reform” bill.', 4, 'people that have died during clashes in the capital'],
    // A phrase after the noun keeps a determiner that names nothing alone ("each").
    ['en', 'The grant is paid in 4 instalments for each school, starting in May.', 4, 'instalments for each school'],
    // A modal before a plain verb opens the clause too.
    ['en', 'Officials said 30 towns will build new flood defences, and more may follow.', 30, 'towns that will build new flood defences'],
    // Not before a function word; a clause that runs into another amount leaves the noun alone; a phrase cut by a coordinator is dropped.
    ['en', 'About 900 pupils applied for the 40 places on offer.', 900, 'pupils'],
    ['en', 'Two new events will be held on days one and three of the fair.', 2, 'new events that will be held'],
    // A passive after the noun says which ones; its auxiliary is dropped.
    ['en', 'In all, 5,000 tents were delivered by the agency to the camps.', 5000, 'tents delivered by the agency to the camps'],
    ['en', 'A new community of nearly 400 homes is set to be built on the old mill site.', 400, 'homes set to be built on the old mill site'],
  ])('%s: %s', (lang, text, value, label) => {
    expect(labelOf(lang, text, value)).toBe(label);
  });
});

describe('concentration units', () => {
  it('reads a limit in µg/L as a measure labelled by the item before the comma', () => {
    const [f] = deriveSummary(makeArticle('en', ['The new driving limits are: caffeine, 70 µg/L.'])).figures;
    expect(f).toMatchObject({ value: 70, unit: 'µg/L', label: 'caffeine' });
  });
});

describe('vi: a counted noun that starts with a unit word, and a passive after it', () => {
  it.each([
    // A noun that only starts with a unit (unitCompounds) is the label, not a unit residue.
    ['vi', 'Hội nghị có 45 đồng chí tham dự.', 45, 'đồng chí tham dự'],
    // label.subject-clause with vi data: "được"/"bị" after the noun says which ones.
    ['vi', 'Năm nay, 120 hộ dân được hỗ trợ xây nhà mới.', 120, 'hộ dân được hỗ trợ xây nhà mới'],
    // "có …" after the noun says which ones; not "có thể", nor a "có" phrase that runs into another amount.
    ['vi', 'Huyện đã rà soát, 12 điểm trường có nguy cơ ngập sâu ở vùng trũng.', 12, 'điểm trường có nguy cơ ngập sâu ở vùng trũng'],
    ['vi', 'Khảo sát cho thấy 800 hộ có thu nhập bình quân 9 triệu đồng.', 800, 'hộ'],
    // "của …" after the noun names its owner.
    ['vi', 'Đoàn đã kiểm tra 6 kho hàng của công ty vận tải.', 6, 'kho hàng của công ty vận tải'],
  ])('%s: %s', (lang, text, value, label) => {
    expect(labelOf(lang, text, value)).toBe(label);
  });
});

describe('vi: no fragment label from a word after the figure', () => {
  it.each([
    ['vi', 'Cơ quan điều tra đã tạm giam 3 tháng đối với Nguyễn Văn B.', 3, 'đối'],
    ['vi', 'Giá cổ phiếu tăng tới 150% chỉ sau hai tháng giao dịch.', 150, 'chỉ'],
    ['vi', 'Thời hạn thuê: 24 tháng tính từ ngày ký hợp đồng.', 24, 'tính'],
  ])('%s: %s', (lang, text, value, fragment) => {
    expect(labelOf(lang, text, value)).not.toBe(fragment);
  });
});

describe('en: no label from a unit tail or a lone date word', () => {
  it.each([
    ['en', 'Of those who joined in March, 48% are graduates.', 48, 'March'],
    ['en', 'The rate dropped by six per cent from 31.2 per cent in 2004.', 31.2, 'cent'],
  ])('%s: %s', (lang, text, value, fragment) => {
    expect(labelOf(lang, text, value)).not.toBe(fragment);
  });
});
