import { describe, expect, it } from 'vitest';
import { deriveSummary } from '../../../lib/summary';
import { makeArticle } from './make-article';

describe('documents', () => {
  it.each([
    ['vi', 'Thực hiện Chỉ thị số 22/CT-TTg của Thủ tướng, tỉnh đã triển khai.', 'Chỉ thị số 22/CT-TTg', '22/CT-TTg', 'directive'],
    ['vi', 'Theo Quyết định 1526/QĐ-TTg, dự án được phê duyệt.', 'Quyết định 1526/QĐ-TTg', '1526/QĐ-TTg', 'decision'],
    ['vi', 'Các cấp quán triệt Nghị quyết Đại hội XIII của Đảng.', 'Nghị quyết Đại hội XIII của Đảng', null, 'resolution'],
    ['en', 'The president signed Executive Order 14110 on AI safety.', 'Executive Order 14110', '14110', 'order'],
    ['en', 'Funds come from the Inflation Reduction Act.', 'Inflation Reduction Act', null, 'law'],
    ['en', 'Within the Clean Water Act, states set their own limits.', 'Clean Water Act', null, 'law'],
    ['en', 'Officers must follow the Public Order Act Code of Practice B when they stop a march.', 'Public Order Act Code of Practice B', null, 'other'],
    ['vi', 'Dự án vi phạm Luật Đầu tư công, theo kết luận thanh tra.', 'Luật Đầu tư công', null, 'law'],
    ['vi', 'Bộ đề xuất đưa Luật thuế thu nhập cá nhân vào chương trình sửa đổi.', 'Luật thuế thu nhập cá nhân', null, 'law'],
    ['vi', 'Quốc hội thông qua Đạo luật ngân sách quốc phòng cho năm tài khóa mới.', 'Đạo luật ngân sách quốc phòng', null, 'law'],
    ['vi', 'Văn phòng Chính phủ có Văn bản 7424 gửi các bộ.', 'Văn bản 7424', '7424', 'other'],
    ['vi', 'Thủ tướng ban hành Đề án “Phát triển du lịch xanh” trong năm nay.', 'Đề án “Phát triển du lịch xanh”', null, 'plan'],
    ['vi', 'Các chi bộ quán triệt Nghị quyết Đại hội Đảng bộ các cấp.', 'Nghị quyết Đại hội Đảng bộ các cấp', null, 'resolution'],
    ['vi', 'Báo chí thực hiện Nghị quyết Đại hội Đảng toàn quốc lần thứ XIII.', 'Nghị quyết Đại hội Đảng toàn quốc lần thứ XIII', null, 'resolution'],
    ['en', 'Both sides signed the Treaty on the Prohibition of Nuclear Weapons last year.', 'Treaty on the Prohibition of Nuclear Weapons', null, 'other'],
    ['en', 'Talks on the Status of Forces Agreement resumed.', 'Status of Forces Agreement', null, 'other'],
    // A bill named before its type word, also at the start of a sentence (the article is not part of the name).
    ['en', 'Senators will debate the Clean Rivers Bill next week.', 'Clean Rivers Bill', null, 'law'],
    ['en', 'The Clean Rivers Bill was tabled on Monday.', 'Clean Rivers Bill', null, 'law'],
    // Named plans, protocols and statutes.
    ['en', 'The ministry released its National Coastal Protection Plan on Friday.', 'National Coastal Protection Plan', null, 'other'],
    // A named strategy goes on after "to"/"for" with a capitalised run; a dotted abbreviation opens the name.
    ['en', 'The agency published the U.S. National Strategy to Counter Fraud this week.', 'U.S. National Strategy to Counter Fraud', null, 'other'],
    ['en', 'Companies will follow the Cyber Risk Management Framework from next year.', 'Cyber Risk Management Framework', null, 'other'],
    ['en', 'The order builds on the 2022 National Strategy to Support Rural Carers.', 'National Strategy to Support Rural Carers', null, 'other'],
    ['en', 'Both states ratified the Geneva Water Protocol in March.', 'Geneva Water Protocol', null, 'other'],
    // UK government papers and a trade pact named in lowercase.
    ['en', 'Funding was set out in the Spending Review last autumn.', 'Spending Review', null, 'other'],
    ['en', 'Officers must follow the PACE Code of Practice when they detain a suspect.', 'PACE Code of Practice', null, 'other'],
    ['en', 'Ministers are bound by the Ministerial Code, the clerk said.', 'Ministerial Code', null, 'other'],
    ['en', 'If we take the Norway free trade deal as a guide, farmers would lose out.', 'Norway free trade deal', null, 'other'],
    ['en', 'Ministers laid the Cycle safety written ministerial statement on Monday.', 'Cycle safety written ministerial statement', null, 'other'],
    // A named pact with its type word in lowercase.
    ['en', 'Ministers recommitted to the Lima climate agreement on Monday.', 'Lima climate agreement', null, 'other'],
    ['en', 'Both sides left the ABM treaty in 2002.', 'ABM treaty', null, 'other'],
    // A budget named by its fiscal year.
    ['en', 'The treasurer tabled the 2026/2027 budget in parliament.', '2026/2027 budget', null, 'other'],
    ['en', 'Spending rose in the 2024-25 Budget for schools.', '2024-25 Budget', null, 'other'],
    // Two named instruments sharing a plural type word.
    ['en', 'We will carry out the Riverside and Fresh Harbour Agreements in full.', 'Riverside and Fresh Harbour Agreements', null, 'other'],
    ['en', 'The plan builds on our Industrial and Housing Strategies this year.', 'Industrial and Housing Strategies', null, 'other'],
  ])('%s: %s', (lang, text, written, code, kind) => {
    const docs = deriveSummary(makeArticle(lang, [text])).documents;
    expect(docs).toEqual([expect.objectContaining({ text: written, code, kind })]);
  });

  it.each([
    ['vi', 'Luật sư Nguyễn Văn An bào chữa cho bị cáo.'],
    ['vi', 'Văn bản của Bộ nêu rõ nhiều điểm mới.'],
    ['vi', 'Nghị quyết của Đảng đi vào cuộc sống.'],
    ['vi', 'Quốc hội đã thông qua Đạo luật này vào tháng trước.'],
    ['en', 'The expo opens at the Montego Bay Convention Centre.'],
    // "Bill" as a first name, an un-named bill, a year that names no document.
    ['en', 'Opposition leader Bill Shorten wrote to the premier.'],
    ['en', 'The British Bill protects confidential sources.'],
    ['en', 'The Bill would store data for two years.'],
    ['en', 'The 2024 season ended early.'],
    // A lowercase type word with no name, a possessor or a sentence opener before it.
    ['en', 'They reached an agreement on Friday.'],
    ['en', 'The mayor’s trade agreement was signed.'],
    ['en', 'On Monday agreement was reached.'],
    ['en', '“Any final agreement must be fair,” the envoy said.'],
  ])('%s: not a document: %s', (lang, text) => {
    expect(deriveSummary(makeArticle(lang, [text])).documents).toEqual([]);
  });

  it('lists a document cited twice once and skips generic mentions', () => {
    const docs = deriveSummary(makeArticle('vi', [
      'Triển khai Chỉ thị số 22/CT-TTg ngay.', 'Chỉ thị số 22/CT-TTg yêu cầu rõ.', 'Kết luận hội nghị, các nghị quyết được thông qua.',
    ])).documents;
    expect(docs.map((d) => d.text)).toEqual(['Chỉ thị số 22/CT-TTg']);
  });
});

describe('documents: a document cited again by its bare number is one document (document.short-reference)', () => {
  const docsOf = (lang: string, ...paragraphs: string[]) => deriveSummary(makeArticle(lang, paragraphs)).documents;

  it('the short citation after the full one merges into it', () => {
    const docs = docsOf('vi', 'Bộ trình dự thảo Quyết định số 24/2021/QĐ-TTg về giá điện.', 'Tổ soạn thảo đã sửa Quyết định số 24 nhiều lần.');
    expect(docs.map((d) => d.text)).toEqual(['Quyết định số 24/2021/QĐ-TTg']);
    expect(docs[0]?.rules).toContain('document.short-reference');
  });

  it('before the full one, too', () => {
    const docs = docsOf('vi', 'Nghị quyết số 72 được ban hành năm ngoái.', 'Theo Nghị quyết 72/NQ-CP, các bộ rà soát quy hoạch.');
    expect(docs.map((d) => d.text)).toEqual(['Nghị quyết 72/NQ-CP']);
  });

  it('another type or another number stays a document of its own', () => {
    const docs = docsOf('vi', 'Theo Quyết định số 24/2021/QĐ-TTg và Nghị định số 24, tỉnh triển khai.', 'Quyết định số 25 được sửa đổi.');
    expect(docs.map((d) => d.text)).toEqual(['Quyết định số 24/2021/QĐ-TTg', 'Nghị định số 24', 'Quyết định số 25']);
  });
});

describe('documents: named blueprints and pledges (en)', () => {
  it.each([
    ['The Administration released its Blueprint for Safer Roads in June.', 'Blueprint for Safer Roads'],
    ['Firms signed the Northshire Builders Pledge on Monday.', 'Northshire Builders Pledge'],
  ])('%s', (text, doc) => {
    expect(deriveSummary(makeArticle('en', [text])).documents.map((d) => d.text)).toEqual([doc]);
  });
  it('reads a lowercase pledge or blueprint as no document', () => {
    expect(deriveSummary(makeArticle('en', ['He made a pledge to act. The blueprint was new.'])).documents).toEqual([]);
  });
});

describe('documents: named budgets, letters and communiques (en)', () => {
  it('reads "the FY2024 Budget" as a document, an office named with Budget as none', () => {
    expect(deriveSummary(makeArticle('en', ['The FY2024 Budget supports the plan.'])).documents.map((d) => d.text)).toEqual(['FY2024 Budget']);
    expect(deriveSummary(makeArticle('en', ['Offices such as the Office of Management and Budget and the Office of Science took part.'])).documents).toEqual([]);
  });

  it('reads a named agenda, call to action, checklist and ban as documents, an initiative as none', () => {
    const docs = deriveSummary(makeArticle('en', ['The office released a Safer Towns Agenda and a Northern Flood Call to Action.', 'Congress must pass an Assault Weapons Ban this year.', 'The Clean Rivers Initiative funds local groups.'])).documents;
    expect(docs.map((d) => d.text)).toEqual(['Safer Towns Agenda', 'Northern Flood Call to Action', 'Assault Weapons Ban']);
  });

  it('reads a named letter and joint communiques as documents ("a Dear Colleague Letter", "the Joint Communiques")', () => {
    expect(deriveSummary(makeArticle('en', ['The department issued a Dear Colleague Letter to schools.'])).documents.map((d) => d.text)).toEqual(['Dear Colleague Letter']);
    expect(deriveSummary(makeArticle('en', ['Both sides recalled the three Joint Communiques of the 1970s.'])).documents.map((d) => d.text)).toEqual(['Joint Communiques']);
  });
});

describe('documents: a type word in lowercase before a structured code (vi)', () => {
  it('reads "công văn 119/TCHQ-GSQL" as a document, "quyết định 5" as none', () => {
    expect(deriveSummary(makeArticle('vi', ['Cục Hải quan quán triệt công văn 119/TCHQ-GSQL ngày 11/1/2021 về việc kiểm tra.'])).documents.map((d) => [d.text, d.code])).toEqual([['công văn 119/TCHQ-GSQL', '119/TCHQ-GSQL']]);
    expect(deriveSummary(makeArticle('vi', ['UBND tỉnh ban hành quyết định 5 về việc này.'])).documents).toEqual([]);
  });

  it('reads "chỉ thị số 17" as a document: the number word marks the number as the document\'s (s-vi-3)', () => {
    expect(deriveSummary(makeArticle('vi', ['Huyện đã triển khai thực hiện chỉ thị số 17 của Ban Thường vụ Tỉnh ủy.'])).documents.map((d) => [d.text, d.code])).toEqual([['chỉ thị số 17', '17']]);
  });

  it('reads "Hiến pháp" alone as the one document of its kind (document.names-one; s-vi-12), "hiến pháp" lowercase as none', () => {
    const docs = deriveSummary(makeArticle('vi', ['Tân Chánh án tuyên thệ trung thành với Tổ quốc, Nhân dân và Hiến pháp.'])).documents;
    expect(docs.map((d) => [d.text, d.rules])).toEqual([['Hiến pháp', ['document.names-one']]]);
    expect(deriveSummary(makeArticle('vi', ['Tòa án hoàn thành mọi nhiệm vụ theo Hiến pháp quy định, bảo vệ công lý.'])).documents.map((d) => d.text)).toEqual(['Hiến pháp']);
    expect(deriveSummary(makeArticle('vi', ['Theo ông Lê Văn Ba, Hiến pháp của nước ta qua các giai đoạn đều quy định giáo dục là quốc sách hàng đầu.'])).documents).toEqual([]);
    expect(deriveSummary(makeArticle('vi', ['Bài giảng về tinh thần hiến pháp của nhà nước pháp quyền.'])).documents).toEqual([]);
  });

  it('reads a named treaty and a numbered statute, but no kind after a plural marker ("các Hiệp định …")', () => {
    const docs = deriveSummary(makeArticle('vi', ['Tỉnh thực thi Hiệp định CPTPP, trong khi các Hiệp định Thương mại tự do tiếp tục cắt giảm thuế.', 'UBND tỉnh ban hành Quy chế số 12/QC-UBND về phối hợp.'])).documents;
    expect(docs.map((d) => d.text)).toEqual(['Hiệp định CPTPP', 'Quy chế số 12/QC-UBND']);
  });

  it('keeps a law named with a comma pair whole ("Luật Phòng, chống tham nhũng"), and two laws listed apart', () => {
    const docs = deriveSummary(makeArticle('vi', ['Theo Luật Phòng, chống tham nhũng năm 2018 và Luật Khám bệnh, chữa bệnh, các cơ sở phải tuân thủ.', 'Luật Đất đai, Luật Đầu tư được thông qua.'])).documents;
    expect(docs.map((d) => d.text)).toEqual(['Luật Phòng, chống tham nhũng', 'Luật Khám bệnh, chữa bệnh', 'Luật Đất đai', 'Luật Đầu tư']);
  });

  it('reads a code typed with a space after its dash as the same code ("1332/QĐ- BYT"), listed once', () => {
    const docs = deriveSummary(makeArticle('vi', ['Sở Y tế triển khai Quyết định số 1332/QĐ-BYT của Bộ Y tế.', 'Các đơn vị tuân thủ Quyết định số 1332/QĐ- BYT ngày 21/5/2024.', 'Căn cứ Nghị định 15/2020/NĐ-CP- Chính phủ quy định rõ.'])).documents;
    expect(docs.map((d) => d.code)).toEqual(['1332/QĐ-BYT', '15/2020/NĐ-CP']);
  });

  it('reads a bare "Memorandum of Understanding" as the one instrument, and a named one whole', () => {
    const docs = deriveSummary(makeArticle('en', ['The group is the first to return since the signing of a Memorandum of Understanding between the two ministers.', 'The Memorandum of Understanding on Refugee Returns was signed in May.'])).documents;
    expect(docs.map((d) => d.text)).toEqual(['Memorandum of Understanding', 'Memorandum of Understanding on Refugee Returns']);
  });
});
