import { describe, expect, it } from 'vitest';
import { deriveSummary } from '../../../lib/summary';
import type { Trace } from '../../../lib/summary/rules';
import { makeArticle } from './make-article';

// One short made-up sentence per Vietnamese rule of the brief engine (figures, officials, directives),
// so each rule is pinned by more than the articles of vi-state-media.cases.ts.

const summaryOf = (...paragraphs: string[]) => deriveSummary(makeArticle('vi', paragraphs));
const figureTexts = (...paragraphs: string[]) => summaryOf(...paragraphs).figures.map((f) => f.text);

describe('vi figures: approximators are part of the text, the value is unchanged', () => {
  it.each([
    ['Công trình đã hoàn thành khoảng 70% khối lượng.', 'khoảng 70%', 70],
    ['Xã có gần 3.200 hộ dân sinh sống.', 'gần 3.200', 3200],
    ['Doanh thu du lịch đạt hơn 1.500 tỷ đồng.', 'hơn 1.500 tỷ đồng', 1500],
    ['Lễ hội thu hút trên 40 nghìn lượt khách.', 'trên 40 nghìn', 40],
    ['Mỗi suất học bổng ít nhất 5 triệu đồng.', 'ít nhất 5 triệu đồng', 5],
    ['Mức hỗ trợ dưới 2 triệu đồng mỗi tháng.', 'dưới 2 triệu đồng', 2],
  ])('%s', (sentence, text, value) => {
    const f = summaryOf(sentence).figures.find((x) => x.text === text);
    expect(f?.value).toBe(value);
  });

  it.each([
    ['Huyện có 12 trường đạt chuẩn quốc gia.', '12'],
    ['Toàn tỉnh trồng mới 850 ha rừng.', '850 ha'],
  ])('no approximator, no extra word: %s', (sentence, text) => {
    expect(figureTexts(sentence)).toEqual([text]);
  });
});

describe('vi figures: "a/b" is a part of a whole unless it is a date or a code', () => {
  it.each([
    ['Huyện hoàn thành 18/20 chỉ tiêu chủ yếu.', '18/20'],
    ['Tỉnh xếp thứ 9/34 về chỉ số cải cách hành chính.', '9/34'],
    ['Có 240/512 hồ sơ được giải quyết trực tuyến.', '240/512'],
  ])('fraction: %s', (sentence, text) => {
    expect(figureTexts(sentence)).toContain(text);
  });

  it.each([
    'Sáng 14/5, đoàn công tác làm việc tại xã.',
    'Hạn nộp hồ sơ trước ngày 20/11/2025.',
    'Thực hiện Kế hoạch 118/KH-UBND của tỉnh.',
    'Theo Quyết định 2041/QĐ-UBND, dự án được điều chỉnh.',
  ])('not a figure: %s', (sentence) => {
    expect(figureTexts(sentence)).toEqual([]);
  });
});

describe('vi figures: "đồng" starting another word is no money', () => {
  it.each([
    ['Hội nghị bầu 37 đồng chí vào Ban Chấp hành.', 37],
    ['Xã vận động 120 đồng bào tham gia hiến máu.', 120],
  ])('%s', (sentence, value) => {
    const [f] = summaryOf(sentence).figures;
    expect(f).toMatchObject({ value, unit: null });
    expect(f?.kind).not.toBe('money');
  });

  it('"đồng" alone after a number is money', () => {
    expect(summaryOf('Mỗi hộ được hỗ trợ 500.000 đồng.').figures[0]).toMatchObject({ value: 500000, kind: 'money' });
  });
});

describe('vi figures: a reporting period is not a duration', () => {
  it.each([
    ['Trong 9 tháng đầu năm, tỉnh thu hút 25 dự án mới.', '9 tháng'],
    ['Kim ngạch xuất khẩu 6 tháng ước đạt 900 triệu USD.', '6 tháng'],
    ['Sản lượng lúa 3 tháng đạt 41.000 tấn.', '3 tháng'],
  ])('%s', (sentence, period) => {
    const texts = figureTexts(sentence);
    expect(texts).not.toContain(period);
    expect(texts.length).toBe(1);
  });

  it('a duration used as a quantity stays a figure', () => {
    expect(figureTexts('Dự án chậm tiến độ 18 tháng so với kế hoạch.')).toContain('18 tháng');
  });
});

describe('vi officials: name and title separated by any dash', () => {
  it.each([
    ['Đồng chí Lê Minh Khang - Phó Chủ tịch UBND tỉnh dự buổi lễ.'],
    ['Đồng chí Lê Minh Khang – Phó Chủ tịch UBND tỉnh dự buổi lễ.'],
    ['Đồng chí Lê Minh Khang — Phó Chủ tịch UBND tỉnh dự buổi lễ.'],
    ['Đồng chí Lê Minh Khang\u00a0–\u00a0Phó Chủ tịch UBND tỉnh dự buổi lễ.'],
  ])('%s', (sentence) => {
    const [o] = summaryOf(sentence).officials;
    expect(o).toMatchObject({ name: 'Lê Minh Khang', titles: ['Phó Chủ tịch UBND tỉnh'] });
  });
});

describe('vi officials: a verb bridging name and office ("giữ chức", "tái đắc cử")', () => {
  it.each([
    ['Hội nghị đã bầu đồng chí Võ Thanh Tâm giữ chức Bí thư Huyện ủy.', 'Võ Thanh Tâm', 'Bí thư Huyện ủy'],
    ['Đồng chí Đinh Văn Hải tái đắc cử Chủ tịch Hội Nông dân tỉnh.', 'Đinh Văn Hải', 'Chủ tịch Hội Nông dân tỉnh'],
  ])('%s', (sentence, name, title) => {
    const o = summaryOf(sentence).officials.find((x) => x.name === name);
    expect(o?.titles).toEqual([title]);
  });
});

describe('vi officials: "ĐBQH" is a title', () => {
  it.each([
    ['ĐBQH Hà Văn Lợi (Đoàn Lai Châu) phát biểu tại hội trường.', 'Hà Văn Lợi', 'ĐBQH'],
    ['Đại biểu Quốc hội Cao Thị Yến cho rằng cần sửa luật.', 'Cao Thị Yến', 'Đại biểu Quốc hội'],
  ])('%s', (sentence, name, title) => {
    const o = summaryOf(sentence).officials.find((x) => x.name === name);
    expect(o?.titles).toEqual([title]);
  });
});

describe('vi directives: the cue of a report frame names the speech, not the order', () => {
  it.each([
    ['Phát biểu chỉ đạo hội nghị, đồng chí Lê Minh Khang đề nghị các xã rà soát hộ nghèo.', 'đề nghị', 'đề nghị các xã rà soát hộ nghèo'],
    ['Kết luận hội nghị, đồng chí Lê Minh Khang yêu cầu Sở Tài chính sớm phân bổ vốn.', 'yêu cầu', 'yêu cầu Sở Tài chính sớm phân bổ vốn'],
  ])('%s', (sentence, cue, text) => {
    const ds = summaryOf('Đồng chí Lê Minh Khang - Bí thư Huyện ủy dự hội nghị.', sentence).directives;
    expect(ds).toHaveLength(1);
    expect(ds[0]).toMatchObject({ cue, text, by: 'Lê Minh Khang' });
  });
});

describe('vi directives: a quote split by ";" keeps each clause to itself', () => {
  it('only the clause with the obligation is a directive', () => {
    const ds = summaryOf(
      'Đồng chí Lê Minh Khang - Bí thư Tỉnh ủy dự hội nghị.',
      '“Cải cách hành chính không phải việc của riêng ai; mỗi cán bộ phải phục vụ người dân tận tình” - đồng chí Lê Minh Khang nhấn mạnh.',
    ).directives;
    expect(ds.map((d) => d.text)).toEqual(['mỗi cán bộ phải phục vụ người dân tận tình']);
    expect(ds[0]?.by).toBe('Lê Minh Khang');
  });
});

describe('vi directives: addressees', () => {
  it.each([
    ['Chủ tịch UBND tỉnh Lê Minh Khang yêu cầu các sở, ban, ngành khẩn trương rà soát thủ tục.', 'các sở, ban, ngành'],
    ['Chủ tịch UBND tỉnh Lê Minh Khang yêu cầu UBND các xã, phường tập trung thu hoạch lúa.', 'UBND các xã, phường'],
    ['Bí thư Tỉnh ủy Lê Minh Khang yêu cầu các cấp ủy, tổ chức đảng, chính quyền tăng cường kiểm tra.', 'các cấp ủy, tổ chức đảng, chính quyền'],
    ['Chủ tịch UBND tỉnh Lê Minh Khang yêu cầu các cơ quan, tổ chức, cá nhân nghiêm túc chấp hành.', 'các cơ quan, tổ chức, cá nhân'],
    ['Bí thư Tỉnh ủy Lê Minh Khang giao Ban Tuyên giáo Tỉnh ủy chủ trì xây dựng kế hoạch.', 'Ban Tuyên giáo Tỉnh ủy'],
  ])('%s', (sentence, to) => {
    const [d] = summaryOf(sentence).directives;
    expect(d).toMatchObject({ by: 'Lê Minh Khang', to });
  });

  it('"giao ban" in lowercase is a briefing, not a task', () => {
    expect(summaryOf('Chủ tịch UBND tỉnh Lê Minh Khang dự cuộc họp giao ban tháng 5.').directives).toEqual([]);
  });
});

describe('vi directives: "Theo đồng chí X, Title, …" leaves the frame and the titles out', () => {
  it('the text starts after the titles', () => {
    const [d] = summaryOf('Theo đồng chí Lê Minh Khang, Giám đốc Sở Y tế, các bệnh viện cần bảo đảm đủ thuốc.').directives;
    expect(d).toMatchObject({ by: 'Lê Minh Khang', text: 'các bệnh viện cần bảo đảm đủ thuốc' });
  });
});

describe('vi directives: enumerated follow-ups inherit the issuer', () => {
  it.each([
    ['Một là, nâng cao chất lượng sinh hoạt chi bộ.', 'Hai là, làm tốt công tác phát triển đảng viên.'],
    ['Thứ nhất, nâng cao chất lượng sinh hoạt chi bộ.', 'Thứ hai, làm tốt công tác phát triển đảng viên.'],
    ['- Nâng cao chất lượng sinh hoạt chi bộ.', '- Làm tốt công tác phát triển đảng viên.'],
    ['1. Nâng cao chất lượng sinh hoạt chi bộ.', '2. Làm tốt công tác phát triển đảng viên.'],
  ])('%s / %s', (first, second) => {
    const ds = summaryOf('Đồng chí Lê Minh Khang - Bí thư Tỉnh ủy đề nghị các cấp ủy thực hiện tốt các nhiệm vụ sau:', first, second).directives;
    expect(ds.filter((d) => /sinh hoạt chi bộ|phát triển đảng viên/.test(d.text))).toHaveLength(2);
    expect(ds.every((d) => d.by === 'Lê Minh Khang')).toBe(true);
  });
});

describe('vi directives: "Đó là yêu cầu của X" hands the sentence before to X', () => {
  it.each(['Đó là yêu cầu của', 'Đó là chỉ đạo của'])('%s', (opener) => {
    const ds = summaryOf(
      'Đồng chí Lê Minh Khang - Chủ tịch UBND tỉnh làm việc với huyện.',
      `Đẩy nhanh tiến độ giải phóng mặt bằng cao tốc. ${opener} đồng chí Lê Minh Khang.`,
    ).directives;
    expect(ds).toHaveLength(1);
    expect(ds[0]).toMatchObject({ by: 'Lê Minh Khang', text: 'Đẩy nhanh tiến độ giải phóng mặt bằng cao tốc' });
  });
});

describe('vi directives: tasks inside a directive frame go to the frame issuer', () => {
  const frame = 'Thủ tướng Phạm Minh Chính yêu cầu Chủ tịch UBND các tỉnh ven biển:';
  const list = '1. Sơ tán người dân khỏi vùng nguy hiểm.';
  it.each([
    ['Bộ Y tế chủ trì, phối hợp với các địa phương, chỉ đạo các bệnh viện sẵn sàng cấp cứu.', 'Bộ Y tế'],
    ['Bộ Quốc phòng, Bộ Công an chỉ đạo lực lượng tại chỗ hỗ trợ người dân.', 'Bộ Quốc phòng, Bộ Công an'],
    ['Bộ Xây dựng phối hợp với các tỉnh bảo đảm giao thông thông suốt.', 'Bộ Xây dựng'],
  ])('%s', (task, to) => {
    const d = summaryOf(frame, list, task).directives.find((x) => x.text.startsWith(to));
    expect(d).toMatchObject({ by: 'Phạm Minh Chính', to });
  });

  it('a past report ("đã chỉ đạo") stays the organisation\'s own', () => {
    const d = summaryOf(frame, list, 'Bộ Công an đã chỉ đạo lực lượng tại chỗ hỗ trợ người dân.').directives.find((x) => x.text.includes('lực lượng tại chỗ'));
    expect(d?.by).not.toBe('Phạm Minh Chính');
  });
});

describe('vi directives: a directive document frames the paragraphs after it', () => {
  const issued = 'Chủ tịch UBND tỉnh Lê Minh Khang vừa ký Chỉ thị số 07/CT-UBND về phòng, chống rét cho cây trồng, vật nuôi.';
  it.each([
    // agency subject + action verb, no cue word of its own
    ['Sở Nông nghiệp và Môi trường theo dõi sát diễn biến thời tiết, hướng dẫn người dân che chắn chuồng trại.', 'Sở Nông nghiệp và Môi trường theo dõi sát'],
    ['Các huyện, thị xã chủ động bố trí kinh phí mua giống dự phòng.', 'Các huyện, thị xã chủ động bố trí'],
    // a task after a condition
    ['Trường hợp rét đậm kéo dài, kịp thời báo cáo UBND tỉnh phương án hỗ trợ.', 'kịp thời báo cáo UBND tỉnh'],
    // a rule with "thì"
    ['Các đơn vị chưa xây dựng phương án thì khẩn trương hoàn thành trong tháng 12.', 'khẩn trương hoàn thành trong tháng 12'],
    // the content that "Cụ thể," opens
    ['Cụ thể, cán bộ, công chức các xã vùng cao trực 24/24 giờ trong những ngày rét đậm.', 'trực 24/24 giờ'],
  ])('%s', (task, span) => {
    const d = summaryOf(issued, task).directives.find((x) => x.text.includes(span));
    expect(d?.by).toBe('Lê Minh Khang');
  });

  it('an unnamed office that issues the document orders in its own sentence', () => {
    const [d] = summaryOf('Thủ tướng Chính phủ vừa ký Công điện số 30/CĐ-TTg chỉ đạo tập trung ứng phó với rét đậm, rét hại.').directives;
    expect(d).toMatchObject({ by: 'Thủ tướng Chính phủ', text: 'chỉ đạo tập trung ứng phó với rét đậm, rét hại' });
  });

  it.each([
    ['a report of past work', 'Năm 2024, các huyện đã hỗ trợ 1.200 con giống cho người dân.'],
    ['a promise', 'Các huyện sẽ chủ động bố trí kinh phí mua giống dự phòng.'],
    ['an entitlement', 'Cụ thể, cán bộ, công chức được nghỉ bù vào ngày thứ Bảy.'],
    ['a dated news lead-in', 'Sáng 5/12, Sở Nông nghiệp và Môi trường kiểm tra công tác chống rét tại huyện.'],
    ['a group named as an object, not a subject', 'Tỉnh cho phép các cơ quan, đơn vị thực hiện lịch làm việc linh hoạt.'],
    ['a place named like a marker ("Cần Giờ")', 'Phà Bình Minh nối Cần Giờ với Nhà Bè chạy thêm chuyến.'],
  ])('not a task: %s', (_, sentence) => {
    expect(summaryOf(issued, sentence).directives).toEqual([]);
  });

  it('another voice ends the frame', () => {
    const ds = summaryOf(issued, 'Giám đốc Sở Tài chính Trần Văn Hải cho biết, Sở tiếp tục bố trí kinh phí cho các huyện.').directives;
    expect(ds).toEqual([]);
  });

  it('a document cited inside a speech is background, not a new frame', () => {
    const ds = summaryOf(
      'Đồng chí Lê Minh Khang - Bí thư Tỉnh ủy đề nghị các cấp ủy tập trung chăm lo Tết cho người nghèo.',
      'Năm 2023, Thủ tướng Chính phủ đã có Quyết định 15/QĐ-TTg về chương trình giảm nghèo.',
      'Các huyện chủ động bố trí nguồn lực hỗ trợ hộ nghèo.',
    ).directives;
    expect(ds.every((d) => d.by === 'Lê Minh Khang')).toBe(true);
  });
});

describe('vi directives: each ";"-separated task of a list is an item', () => {
  it.each([
    // a document's task list
    ['Chủ tịch UBND tỉnh Lê Minh Khang vừa ký Chỉ thị số 07/CT-UBND về phòng, chống rét.', 'Sở Y tế theo dõi sức khỏe người cao tuổi; bảo đảm đủ thuốc cho các trạm y tế xã.'],
    // a list after a colon
    ['Hội nghị tổng kết năm diễn ra tại tỉnh.', 'Chủ tịch UBND tỉnh Lê Minh Khang yêu cầu các huyện: theo dõi sức khỏe người cao tuổi; bảo đảm đủ thuốc cho các trạm y tế xã.'],
  ])('%s / %s', (first, second) => {
    const ds = summaryOf(first, second).directives;
    const a = ds.find((d) => d.text.includes('theo dõi sức khỏe'));
    const b = ds.find((d) => d.text.includes('bảo đảm đủ thuốc'));
    expect(a).toBeDefined();
    expect(b).toBeDefined();
    expect(a).not.toBe(b);
    expect([a?.by, b?.by]).toEqual(['Lê Minh Khang', 'Lê Minh Khang']);
  });

  it('in a speech, the clauses after ";" stay with their point', () => {
    const ds = summaryOf('Đồng chí Lê Minh Khang - Bí thư Tỉnh ủy nhấn mạnh, các cấp ủy cần chăm lo đời sống nhân dân; không để ai thiếu đói trong dịp Tết.').directives;
    expect(ds).toHaveLength(1);
  });

  it('an organisation ends at an auxiliary: "Bộ X đã có văn bản đề nghị …"', () => {
    const [d] = summaryOf('Trước đó, Bộ Nông nghiệp và Môi trường đã có văn bản đề nghị các tỉnh sẵn sàng phương án chống rét.').directives;
    expect(d?.by).toBe('Bộ Nông nghiệp và Môi trường');
  });
});

describe('vi directives: in the full text of a speech, an organisation\'s order is the speaker\'s', () => {
  it.each([
    ['Báo trân trọng giới thiệu toàn văn bài phát biểu của Thứ trưởng Bộ Y tế Trần Văn Hải.', 'Trần Văn Hải'],
    ['Báo Nghệ An giới thiệu bài viết của Thứ trưởng Bộ Y tế Trần Văn Hải.', 'Bộ Y tế'],
  ])('%s', (intro, by) => {
    const d = summaryOf(intro, 'Thay mặt Ban tổ chức, Bộ Y tế đề nghị các bệnh viện tăng cường trực cấp cứu dịp Tết.').directives.find((x) => x.text.includes('trực cấp cứu'));
    expect(d?.by).toBe(by);
  });
});

describe('vi directives: "không được" in a condition or a cause is no prohibition', () => {
  const intro = 'Phó Chủ tịch UBND tỉnh Trần Văn Tâm dự buổi làm việc với Sở Tài chính.';
  it.each([
    'Ông Tâm nhận xét, quy định về phụ cấp đã lạc hậu, khi không được cập nhật theo mức lương tối thiểu.',
    'Ông Tâm cho biết nhiều hộ dân bức xúc vì không được thông báo lịch cắt điện.',
    'Theo ông Tâm, nếu không được tiêm đủ liều, trẻ có nguy cơ mắc bệnh cao hơn.',
  ])('%s', (sentence) => {
    expect(summaryOf(intro, sentence).directives).toEqual([]);
  });

  it('still reads a plain prohibition', () => {
    const { directives } = summaryOf(intro, 'Ông Tâm yêu cầu các đơn vị không được để xảy ra tình trạng nợ đọng lương.');
    expect(directives.map((d) => d.by)).toEqual(['Trần Văn Tâm']);
  });
});

describe('vi officials: a unit number stays in the title (lexicon.titleNumberedUnits)', () => {
  it.each([
    ['Đại tá Lê Văn Hòa, Chính ủy Vùng 4 Hải quân phát biểu tại buổi lễ.', 'Lê Văn Hòa', ['Đại tá', 'Chính ủy Vùng 4 Hải quân']],
    ['Thiếu tướng Đỗ Minh Quân, Tham mưu trưởng Quân khu 9 dự hội nghị.', 'Đỗ Minh Quân', ['Thiếu tướng', 'Tham mưu trưởng Quân khu 9']],
    ['Thượng tá Vũ Đức Lâm, Phó sư đoàn trưởng kiêm Tham mưu trưởng Sư đoàn Không quân 371 chủ trì lễ.', 'Vũ Đức Lâm',
      ['Thượng tá', 'Phó sư đoàn trưởng kiêm Tham mưu trưởng Sư đoàn Không quân 371']],
  ])('%s', (sentence, name, titles) => {
    const o = summaryOf(sentence).officials.find((x) => x.name === name);
    expect(o?.titles).toEqual(titles);
  });

  it('a number that counts something after the unit is no part of the title', () => {
    const o = summaryOf('Đại tá Lê Văn Hòa, Chính ủy Vùng 4 tàu tuần tra, phát biểu.').officials.find((x) => x.name === 'Lê Văn Hòa');
    expect(o?.titles.join('; ')).not.toContain('4');
  });
});

describe('vi officials: "cựu" is kept with the title, like "nguyên"', () => {
  it('cựu Thứ trưởng', () => {
    const o = summaryOf('Cơ quan điều tra đề nghị truy tố cựu Thứ trưởng Bộ Tài chính Trần Văn Bình.').officials.find((x) => x.name === 'Trần Văn Bình');
    expect(o?.titles).toEqual(['cựu Thứ trưởng Bộ Tài chính']);
  });
});

describe('vi directives: "mong muốn" addressed to a unit is a task', () => {
  it('the wish names its addressee and the task', () => {
    const ds = summaryOf('Đồng chí Lê Minh Khang - Bí thư Huyện ủy dự hội nghị.', 'Đồng chí Lê Minh Khang mong muốn các xã tiếp tục rà soát hộ nghèo.').directives;
    expect(ds).toHaveLength(1);
    expect(ds[0]).toMatchObject({ text: 'mong muốn các xã tiếp tục rà soát hộ nghèo', by: 'Lê Minh Khang' });
  });

  it.each([
    ['Người dân mong muốn được hỗ trợ vốn để sửa nhà.'],
    ['Đó là mong muốn của bà con vùng lũ.'],
  ])('a wish for oneself orders nothing: %s', (sentence) => {
    expect(summaryOf(sentence).directives).toEqual([]);
  });
});

describe('vi directives: an obligation marker with nothing after it orders nothing (directive.drop.cue-shape)', () => {
  it('"khi Tổ quốc cần." at the end of a sentence', () => {
    const ds = summaryOf('Đồng chí Lê Minh Khang - Bí thư Huyện ủy dự lễ.', 'Đồng chí Lê Minh Khang cho biết các chiến sĩ luôn sẵn sàng lên đường khi Tổ quốc cần.').directives;
    expect(ds).toEqual([]);
  });
});

describe('vi directives: court reports', () => {
  it('a procuracy named by its abbreviation issues its proposal', () => {
    const ds = summaryOf('Tại phiên tòa, VKSND khu vực 3 đề nghị TAND tỉnh xét xử lại vụ án.').directives;
    expect(ds).toHaveLength(1);
    expect(ds[0]?.by).toBe('VKSND khu vực 3');
  });

  it.each([
    ['Nguyên đơn khởi kiện yêu cầu bị đơn trả nợ gốc và lãi.'],
    ['Tòa sơ thẩm bác yêu cầu khởi kiện của nguyên đơn.'],
    ['Hợp đồng không vi phạm điều cấm của luật.'],
    ['Bị đơn có nguyện vọng mong muốn ngân hàng giảm lãi.'],
  ])('a party\'s claim or a law\'s prohibition orders nothing: %s', (sentence) => {
    expect(summaryOf(sentence).directives).toEqual([]);
  });
});

describe('vi directives: a cue after "một", "người", "việc" is a noun', () => {
  it.each([
    ['Đồng chí Lê Minh Khang cho biết ông chưa từng nói về việc đề nghị các trường dạy thử.'],
    ['Đồng chí Lê Minh Khang là người đề xuất đổi tên các tuyến phố.'],
    ['Đồng chí Lê Minh Khang nói đây chỉ là một đề xuất các trường cân nhắc.'],
  ])('%s', (sentence) => {
    expect(summaryOf('Đồng chí Lê Minh Khang - Bí thư Huyện ủy dự họp.', sentence).directives).toEqual([]);
  });
});

describe('vi directives: "bắt buộc" as an adjective and "trước yêu cầu" (facing the demands) order nothing', () => {
  it.each([
    ['Đồng chí Lê Minh Khang cho biết cổ phiếu bị hủy niêm yết bắt buộc trên sàn.'],
    ['Đồng chí Lê Minh Khang nhấn mạnh vai trò của cán bộ trước yêu cầu thực tiễn.'],
  ])('%s', (sentence) => {
    expect(summaryOf('Đồng chí Lê Minh Khang - Bí thư Huyện ủy dự họp.', sentence).directives).toEqual([]);
  });

  it('"bắt buộc phải" still obliges', () => {
    const ds = summaryOf('Đồng chí Lê Minh Khang - Bí thư Huyện ủy dự họp.', 'Đồng chí Lê Minh Khang nhấn mạnh, các xã bắt buộc phải báo cáo trước ngày 15.').directives;
    expect(ds).toHaveLength(1);
  });
});

describe('vi directives: a connective between commas after the command verb ("yêu cầu, thời gian tới, …")', () => {
  it('the task after the connective is the directive, its subject the addressee', () => {
    const ds = summaryOf('Đồng chí Lê Minh Khang - Bí thư Huyện ủy dự họp.', 'Đồng chí Lê Minh Khang yêu cầu, thời gian tới, các xã tiếp tục rà soát hộ nghèo.').directives;
    expect(ds).toHaveLength(1);
    expect(ds[0]).toMatchObject({ text: 'các xã tiếp tục rà soát hộ nghèo', by: 'Lê Minh Khang' });
  });

  it('a verb before a plain comma is still no cue', () => {
    expect(summaryOf('Theo yêu cầu, hồ sơ nộp trước ngày 10.').directives).toEqual([]);
  });
});

describe('vi directives: a purpose then a group told to act (directive.purpose-task)', () => {
  it('"Để …, các đơn vị tổ chức …" is a task of that group', () => {
    const ds = summaryOf('Để hoàn thành kế hoạch năm, các cơ quan, đơn vị tổ chức rà soát hồ sơ tồn đọng.').directives;
    expect(ds).toHaveLength(1);
    expect(ds[0]).toMatchObject({ text: 'các cơ quan, đơn vị tổ chức rà soát hồ sơ tồn đọng', to: 'các cơ quan, đơn vị' });
    expect(ds[0]?.rules).toContain('directive.purpose-task');
  });

  it('a past report after a purpose orders nothing', () => {
    expect(summaryOf('Để hoàn thành kế hoạch năm, các đơn vị đã tổ chức rà soát hồ sơ.').directives).toEqual([]);
  });
});

describe('vi directives: "Bên cạnh đó, tiếp tục …" right after a directive is one more task (directive.continuation)', () => {
  const frame = 'Đồng chí Lê Minh Khang - Bí thư Huyện ủy dự họp.';
  const order = 'Đồng chí Lê Minh Khang yêu cầu các xã rà soát hộ nghèo.';

  it('the task keeps the issuer, its ";" clauses stay with it', () => {
    const ds = summaryOf(frame, order, 'Bên cạnh đó, tiếp tục chăm lo đời sống nhân dân; nhất là các hộ neo đơn.').directives;
    expect(ds).toHaveLength(2);
    expect(ds[1]).toMatchObject({ text: 'tiếp tục chăm lo đời sống nhân dân; nhất là các hộ neo đơn', by: 'Lê Minh Khang' });
    expect(ds[1]?.rules).toContain('directive.continuation');
  });

  it('with no directive before it, or with a report verb, it is no task', () => {
    expect(summaryOf(frame, 'Bên cạnh đó, tiếp tục chăm lo đời sống nhân dân.').directives).toEqual([]);
    expect(summaryOf(frame, order, 'Bên cạnh đó, các xã đã chăm lo đời sống nhân dân.').directives).toHaveLength(1);
  });
});

describe('vi directives: an organisation subject keeps its order when an official follows the cue', () => {
  it('"…, CQĐT đề nghị truy tố ông X": by the investigators, not X', () => {
    const ds = summaryOf('Liên quan đến vụ án tại Sở Xây dựng, CQĐT đề nghị truy tố cựu Giám đốc Sở Xây dựng Trần Văn Bình.').directives;
    expect(ds).toHaveLength(1);
    expect(ds[0]?.by).toBe('CQĐT');
  });
});

describe('vi officials: a dotted abbreviation inside the title ("TP.HCM")', () => {
  it('the name after "Thành ủy TP.HCM" is found with its title', () => {
    const o = summaryOf('Bí thư Thành ủy TP.HCM Lê Minh Khang dự lễ.').officials.find((x) => x.name === 'Lê Minh Khang');
    expect(o?.titles).toEqual(['Bí thư Thành ủy TP.HCM']);
  });
});

describe('vi directives: what orders nothing', () => {
  const FRAME = 'Phát biểu chỉ đạo, đồng chí Trần Văn Lâm - Bí thư Tỉnh ủy biểu dương kết quả của ngành.';
  const dropped = (...paragraphs: string[]) => {
    const trace: Trace = { drops: [] };
    const s = deriveSummary(makeArticle('vi', paragraphs), trace);
    return { directives: s.directives, rules: trace.drops.map((d) => d.rule) };
  };
  it.each([
    ['a negated command (directive.drop.negated)', 'Trước khi cất cánh, tổ lái không yêu cầu đài kiểm soát hỗ trợ thêm.', 'directive.drop.negated'],
    ['a command that never was (directive.drop.negated)', 'Ông Lê Văn Hòa, Giám đốc Sở Y tế khẳng định ông chưa từng đề nghị bệnh viện tăng giá dịch vụ.', 'directive.drop.negated'],
    ['a cue that is the object of a verb (directive.drop.cue-as-noun)', 'Các xã đã quán triệt, thực hiện nghiêm yêu cầu về phòng chống cháy rừng trong mùa khô.', 'directive.drop.cue-as-noun'],
    ['a coordinated cue before "của" (directive.drop.cue-as-noun)', 'Sở trân trọng các sáng kiến và đề xuất tâm huyết của người dân.', 'directive.drop.cue-as-noun'],
    ['the same claim carried on (directive.drop.false-cue)', 'Nguyên đơn khởi kiện yêu cầu bị đơn trả nợ gốc và yêu cầu phát mại tài sản thế chấp.', 'directive.drop.false-cue'],
    ['experts\' views (directive.drop.opinion)', 'Nhiều chuyên gia cho rằng cần sửa đổi quy định về đấu giá đất để hạn chế thổi giá.', 'directive.drop.opinion'],
    ['a condition (directive.drop.condition)', 'Để các khu công nghiệp sớm lấp đầy cần có hạ tầng giao thông đồng bộ và nguồn điện ổn định.', 'directive.drop.condition'],
    ['a role (directive.drop.role)', 'Ông Tư cũng là người trực tiếp tham mưu, đề xuất giao đất cho doanh nghiệp.', 'directive.drop.role'],
    ['a narrated verdict (directive.drop.verdict)', 'TAND tỉnh đã xử phạt bị cáo Lò Văn K. 7 năm tù, buộc bị cáo bồi thường cho bị hại 300 triệu đồng.', 'directive.drop.verdict'],
    ['a tally of results (directive.drop.tally)', 'Qua thanh tra, thu hồi 4,2 tỉ đồng nộp ngân sách; kiến nghị xử lý kỷ luật 3 tập thể, 11 cá nhân; chuyển cơ quan điều tra 1 vụ việc.', 'directive.drop.tally'],
    ['a nominalised report (directive.drop.cue-as-noun)', 'Sai phạm này dẫn đến việc Sở Tài chính tham mưu, đề xuất UBND tỉnh phê duyệt giá đất thấp.', 'directive.drop.cue-as-noun'],
  ])('%s', (_name, sentence, rule) => {
    const r = dropped(FRAME, sentence);
    expect(r.directives.filter((d) => d.evidence === sentence)).toEqual([]);
    expect(r.rules).toContain(rule);
  });

  it('an opening "Là người …," is an adjunct, not a role: the order stands', () => {
    const r = dropped(FRAME, '“Là người đảng viên, các đồng chí phải luôn gương mẫu trong mọi việc”, đồng chí Trần Văn Lâm nhấn mạnh.');
    expect(r.directives.some((d) => d.text.includes('phải luôn gương mẫu') && d.by === 'Trần Văn Lâm')).toBe(true);
  });
  it('a target with a number given by a named official is no tally', () => {
    const r = dropped('Chủ tịch UBND tỉnh Hoàng Văn Minh yêu cầu giải ngân 100% vốn đầu tư công; phấn đấu tăng trưởng 8%.');
    expect(r.directives.some((d) => d.text.includes('giải ngân 100% vốn') && d.by === 'Hoàng Văn Minh')).toBe(true);
  });
});

describe('vi directives: who gives the task', () => {
  it('an army unit as the subject issues the order (orgHeads)', () => {
    const s = summaryOf('Lữ đoàn 26 yêu cầu các cơ quan, đơn vị duy trì nghiêm chế độ trực sẵn sàng chiến đấu dịp Tết.');
    expect(s.directives[0]).toMatchObject({ by: 'Lữ đoàn 26', to: 'các cơ quan, đơn vị' });
  });
  it('a crew that issues a call ends its name at the first verb', () => {
    const s = summaryOf('Tổ bay lập tức phát thông báo yêu cầu toàn bộ hành khách phải thắt dây an toàn và giữ bình tĩnh.');
    expect(s.directives[0]).toMatchObject({ by: 'Tổ bay', to: 'toàn bộ hành khách' });
  });
  it('the organisation hosting the event issues the tasks nobody voices (issuer.host)', () => {
    const s = summaryOf(
      'Ngày 5-2, Trung đoàn 66 (Sư đoàn 10) tổ chức Lễ ra quân huấn luyện năm 2025.',
      'Để hoàn thành tốt nhiệm vụ huấn luyện, các cơ quan, đơn vị tổ chức huấn luyện sát thực tế; bảo đảm an toàn tuyệt đối.',
      'Bên cạnh đó, chăm lo tốt đời sống bộ đội.',
    );
    expect(s.directives.map((d) => d.by)).toEqual(['Trung đoàn 66', 'Trung đoàn 66', 'Trung đoàn 66']);
    expect(s.directives[0]?.rules).toContain('issuer.host');
  });
  it('each cited document frames its own rules (a round-up of new rules)', () => {
    const s = summaryOf(
      'Chính phủ ban hành Nghị định 80/2025/NĐ-CP về quản lý chợ. Theo đó, các ban quản lý chợ phải niêm yết giá công khai.',
      'Theo Thông tư 15/2025/TT-BGDĐT của Bộ Giáo dục và Đào tạo, các trường phải công khai các khoản thu đầu năm học.',
      'Thông tư 09/2025/TT-NHNN của Ngân hàng Nhà nước yêu cầu các ngân hàng phải xác thực khách hàng khi mở tài khoản.',
    );
    expect(s.directives.map((d) => [d.by, d.to])).toEqual([
      ['Chính phủ', 'các ban quản lý chợ'],
      ['Bộ Giáo dục và Đào tạo', 'các trường'],
      ['Ngân hàng Nhà nước', 'các ngân hàng'],
    ]);
  });
  it('a comma list of organisations after the cue is one addressee', () => {
    const s = summaryOf('Đồng chí Phan Văn Quý - Tư lệnh Quân khu yêu cầu Đảng ủy, Bộ Chỉ huy Quân sự tỉnh tập trung huấn luyện.');
    expect(s.directives[0]?.to).toBe('Đảng ủy, Bộ Chỉ huy Quân sự tỉnh');
  });
});

describe('vi directives: the speaker\'s tasks after a frame', () => {
  const FRAME = 'Kết luận hội nghị, đồng chí Vũ Đức Thành - Giám đốc Công an tỉnh yêu cầu các đơn vị tập trung trấn áp tội phạm.';
  it.each([
    'Bên cạnh đó, tiếp tục đẩy mạnh phong trào toàn dân bảo vệ an ninh Tổ quốc.',
    'Đồng thời, duy trì nghiêm chế độ trực ban, trực chiến.',
    'Cùng với đó, quán triệt sâu sắc các nghị quyết của cấp trên.',
  ])('%s', (sentence) => {
    const s = summaryOf(FRAME, 'Đồng thời, giữ vững kỷ luật, kỷ cương.', sentence);
    expect(s.directives.find((d) => d.evidence === sentence)).toMatchObject({ by: 'Vũ Đức Thành', rules: ['directive.continuation', 'issuer.inherited'] });
    expect(s.directives).toHaveLength(3);
  });
  it('"…; đồng thời <task>" after ";" is one more task', () => {
    const s = summaryOf('Đồng chí Vũ Đức Thành - Giám đốc Công an tỉnh nhấn mạnh các đơn vị cần nâng cao chất lượng điều tra; đồng thời xây dựng lực lượng trong sạch, vững mạnh.');
    expect(s.directives.map((d) => d.text)).toEqual(['các đơn vị cần nâng cao chất lượng điều tra', 'xây dựng lực lượng trong sạch, vững mạnh']);
  });
  it('each sentence of a quote is read on its own: "tôi đề nghị các đồng chí …" is the quoted speaker\'s', () => {
    const s = summaryOf('“Năm nay nhiệm vụ rất nặng nề. Vì vậy, tôi đề nghị các đồng chí chủ động xây dựng kế hoạch cụ thể”, Thiếu tướng Ngô Minh Tiến, Chính ủy Quân khu nhấn mạnh.');
    expect(s.directives).toHaveLength(1);
    expect(s.directives[0]).toMatchObject({ by: 'Ngô Minh Tiến', to: 'các đồng chí' });
  });
});

describe('vi directives: inside a quote', () => {
  it('a name in an earlier sentence of the quote is not the subject; "đã chỉ đạo rất …" reports', () => {
    const s = summaryOf('“Thủ tướng đã chỉ đạo rất rõ về việc này. Tôi đề nghị các đồng chí phải nêu cao tinh thần trách nhiệm”, Bộ trưởng Nguyễn Văn Thắng nhấn mạnh.');
    expect(s.directives.map((d) => [d.by, d.to])).toEqual([['Nguyễn Văn Thắng', 'các đồng chí']]);
  });
});

describe('vi directives: a request sent in writing', () => {
  it('"X đã có văn bản gửi Y đề nghị …": X asks, Y is asked', () => {
    const s = summaryOf('UBND tỉnh Lào Cai đã có văn bản gửi Bộ Tài chính đề nghị hỗ trợ kinh phí khắc phục hậu quả bão lũ.');
    expect(s.directives[0]).toMatchObject({ by: 'UBND tỉnh Lào Cai', to: 'Bộ Tài chính' });
  });
  it('"…, được X chấp thuận, có văn bản gửi Y đề nghị …": the sender is the organisation named before the segment', () => {
    const s = summaryOf('Từ cuối năm 2023, Công ty cổ phần Năng lượng Sông Mã đã đề xuất và được UBND tỉnh Sơn La chấp thuận, có văn bản gửi Bộ Công Thương đề nghị bổ sung dự án vào quy hoạch điện lực của tỉnh.');
    expect(s.directives.map((d) => [d.by, d.to])).toEqual([['UBND tỉnh Sơn La', 'Bộ Công Thương']]);
  });
});

describe('vi directives: the addressee', () => {
  it.each([
    ['Thủ tướng Phạm Minh Chính yêu cầu: các bộ, ngành, địa phương phải quyết liệt giải ngân vốn đầu tư công.', 'các bộ, ngành, địa phương'],
    ['Phó Thủ tướng Hồ Đức Phớc nhấn mạnh, các bộ, ngành và UBND các tỉnh, thành phố trực thuộc Trung ương phải chủ động rà soát.', 'các bộ, ngành và UBND các tỉnh, thành phố trực thuộc Trung ương'],
    ['Đồng chí Lê Văn Hà - Bí thư Tỉnh ủy yêu cầu trong thời gian tới, các cấp ủy, tổ chức đảng phải tập trung lãnh đạo.', 'các cấp ủy, tổ chức đảng'],
  ])('%s', (sentence, to) => {
    expect(summaryOf(sentence).directives[0]?.to).toBe(to);
  });
  it('"Công điện nêu rõ, …": the report verb is not part of the task', () => {
    const s = summaryOf('Thủ tướng Phạm Minh Chính ký Công điện số 12/CĐ-TTg về ứng phó bão.', 'Công điện nêu rõ, các bộ, ngành phải chỉ đạo quyết liệt công tác phòng chống bão.');
    expect(s.directives.find((d) => d.text.startsWith('các bộ, ngành phải'))).toMatchObject({ by: 'Phạm Minh Chính', to: 'các bộ, ngành' });
  });
});

describe('vi directives: a narrated verdict orders nothing', () => {
  it.each([
    'Bản án sơ thẩm buộc công ty phải trả cho bà Lan 2 tỉ đồng.',
    'HĐXX tuyên buộc bị cáo phải bồi thường 500 triệu đồng cho gia đình bị hại.',
  ])('%s', (sentence) => {
    expect(summaryOf(sentence).directives).toEqual([]);
  });
});

describe('vi directives: a charge after praise ("Đồng thời, căn dặn …")', () => {
  it('the charge is the speaker\'s of the sentence before', () => {
    const s = summaryOf('Phát biểu tại buổi lễ, Đại tá Nguyễn Văn Bình, Chỉ huy trưởng Bộ CHQS tỉnh, đã biểu dương thành tích của các chiến sĩ. Đồng thời, căn dặn các đồng chí về địa phương tiếp tục giữ vững phẩm chất người lính.');
    expect(s.directives.map((d) => d.by)).toEqual(['Nguyễn Văn Bình']);
    expect(s.directives[0]?.text).toMatch(/^căn dặn các đồng chí về địa phương/);
  });
});

describe('vi directives: a task sentence opening with its verb (directive.imperative-task)', () => {
  const FRAME = 'Bộ trưởng Trần Văn Nam yêu cầu các đơn vị tăng cường công tác huấn luyện.';
  it('right after a directive, "Kiểm điểm, xử lý …" is one more task of the same issuer', () => {
    const sentence = 'Kiểm điểm, xử lý nghiêm trường hợp cán bộ vi phạm kỷ luật.';
    const s = summaryOf(FRAME, sentence);
    expect(s.directives.find((d) => d.evidence === sentence)).toMatchObject({ by: 'Trần Văn Nam', rules: ['directive.imperative-task', 'issuer.inherited'] });
  });
  it.each(['Tăng cường quản lý đất đai, trật tự xây dựng…/', 'Tăng cường quản lý đất đai, trật tự xây dựng./.'])(
    'a sign-off slash after the last mark still closes the task sentence (s-vi-1): %s',
    (sentence) => {
      const s = summaryOf(FRAME, sentence);
      expect(s.directives.find((d) => d.evidence.startsWith('Tăng cường'))).toMatchObject({ by: 'Trần Văn Nam', rules: ['directive.imperative-task', 'issuer.inherited'] });
    },
  );
  it.each([
    // a statement about the work, a subheading, past work
    'Xây dựng môi trường văn hóa cũng là giải pháp quan trọng của ngành.',
    'Tăng cường kiểm tra, chống gian lận',
    'Triển khai kế hoạch này, các đơn vị đã đạt nhiều kết quả.',
  ])('not a task: %s', (sentence) => {
    expect(summaryOf(FRAME, sentence).directives.filter((d) => d.evidence === sentence)).toEqual([]);
  });
  it('far from any directive it is no task', () => {
    const sentence = 'Tập trung nâng cao chất lượng huấn luyện.';
    const s = summaryOf(FRAME, 'Năm qua, đơn vị đón nhiều đoàn khách.', 'Nhiều hoạt động văn hóa diễn ra sôi nổi.', sentence);
    expect(s.directives.filter((d) => d.evidence === sentence)).toEqual([]);
  });
});

describe('vi directives: a conclusion\'s tasks for centres and sectors inherit the speaker (directive.inherited-task; s-vi-5)', () => {
  const FRAME = 'Kết luận cuộc họp, ông Lê Văn Nam, Phó Chủ tịch UBND huyện yêu cầu các cơ quan tăng cường phối hợp trong công tác phòng chống dịch.';
  it.each([
    'Trung tâm văn hóa -Thể thao và Truyền thông đẩy mạnh công tác tuyên truyền đến mọi tầng lớp nhân dân.',
    'Trung tâm Y tế huyện đẩy mạnh công tác tuyên truyền đến mọi tầng lớp nhân dân.',
    'Ngành Công an đảm bảo an ninh khu vực cách ly và quản lý tốt các tin đồn.',
  ])('%s', (task) => {
    const s = summaryOf(FRAME + ' ' + task);
    expect(s.directives.find((d) => task.startsWith(d.text.slice(0, 30)))).toMatchObject({ by: 'Lê Văn Nam', rules: ['directive.inherited-task', 'issuer.inherited'] });
  });
});

describe('vi directives: after ";" an obligation\'s task starts at its own subject', () => {
  it('"…: Các xã, thị trấn thực hiện …; các xã cần …" gives no item that reaches back over the ";" (s-vi-1)', () => {
    const s = summaryOf('Kết luận hội nghị, đồng chí Lê Văn Nam – Phó Chủ tịch UBND huyện yêu cầu các cơ quan thực hiện tốt các nhiệm vụ trọng tâm như: Các xã, thị trấn thực hiện tốt lịch tiếp công dân định kỳ; các xã cần nêu cao trách nhiệm của người đứng đầu trong quản lý các công trình giao thông.');
    const texts = s.directives.map((d) => d.text);
    expect(texts.some((t) => t.startsWith('các xã cần nêu cao'))).toBe(true);
    expect(texts.filter((t) => t.includes('lịch tiếp công dân'))).toHaveLength(1);
  });
});

describe('vi directives: an obligation a verb of making governs is a consequence (directive.drop.consequence)', () => {
  it('"sẽ khiến các sân bay phải …" orders nothing; "yêu cầu các sân bay phải …" does', () => {
    expect(summaryOf('Theo ông Lê Văn Nam, Giám đốc Cảng vụ, việc tăng chuyến bay sẽ khiến các sân bay phải tập trung rất đông người.').directives).toEqual([]);
    expect(summaryOf('Ông Lê Văn Nam, Giám đốc Cảng vụ, yêu cầu các sân bay phải bố trí thêm nhân lực.').directives).toHaveLength(1);
  });
});

describe('vi directives: a connective after a report of past work carries on the report', () => {
  it('"X đã …. Cùng với đó, Bộ Y thường xuyên phối hợp …" is no task', () => {
    const s = summaryOf(
      'Phát biểu chỉ đạo, Đại tướng Lê Văn Hùng biểu dương những đóng góp của đơn vị.',
      'Trung tướng Phạm Văn Long đã lãnh đạo đơn vị hoàn thành tốt nhiệm vụ. Cùng với đó, Bộ Tư lệnh Quân khu thường xuyên phối hợp chặt chẽ với địa phương.',
    );
    expect(s.directives).toEqual([]);
  });
});

describe('vi directives: a cue naming the work ("trong chỉ đạo …") is a noun', () => {
  it('no directive', () => {
    expect(summaryOf('Đồng chí Lê Văn Hùng có nhiều kinh nghiệm trong chỉ đạo xây dựng lực lượng.').directives).toEqual([]);
  });
});

describe('vi directives: a directive document written in lowercase ("ký chỉ thị về …")', () => {
  it('its issuer\'s command after the background opens the document\'s task list again, each ";" task an item', () => {
    const s = summaryOf(
      'Thủ tướng Trần Văn An vừa ký chỉ thị về tăng cường kỷ luật công vụ.',
      'Thời gian qua, một số cơ quan đã buông lỏng quản lý cán bộ.',
      'Thủ tướng yêu cầu các bộ, ngành rà soát quy chế làm việc.',
      'Ngoài ra, không bổ nhiệm cán bộ có sai phạm; xử lý nghiêm người đứng đầu để xảy ra vi phạm.',
    );
    const texts = s.directives.map((d) => d.text);
    expect(texts).toContain('xử lý nghiêm người đứng đầu để xảy ra vi phạm');
    expect(s.directives.every((d) => d.by === 'Trần Văn An')).toBe(true);
  });
});

describe('vi directives: who gives the orders of the next dispatch', () => {
  it('a second organisation\'s order takes over from the first ("Đồng thời, …" is the second\'s)', () => {
    const s = summaryOf(
      'Ban Chỉ huy PCTT tỉnh Hà Tĩnh yêu cầu các địa phương sơ tán người dân vùng trũng.',
      'Cùng ngày, UBND tỉnh Nghệ An yêu cầu các sở, ngành theo dõi chặt chẽ diễn biến của bão.',
      'Đồng thời, rà soát phương án bảo đảm an toàn cho người dân.',
    );
    expect(s.directives.map((d) => d.by)).toEqual(['Ban Chỉ huy PCTT tỉnh Hà Tĩnh', 'UBND tỉnh Nghệ An', 'UBND tỉnh Nghệ An']);
  });
  it('an office whose name has a comma between acronyms ("Trưởng Ban Chỉ huy PCTT, TKCN …") is the issuer', () => {
    const s = summaryOf('Theo đó, Trưởng Ban Chỉ huy PCTT, TKCN thành phố đề nghị các quận, huyện chủ động theo dõi sát diễn biến mưa lũ.');
    expect(s.directives[0]?.by).toBe('Trưởng Ban Chỉ huy PCTT, TKCN thành phố');
  });
  it('after a command, a ";" clause opening with a group subject and a task verb is one more task', () => {
    const s = summaryOf('UBND tỉnh Nghệ An yêu cầu các sở, ngành theo dõi chặt chẽ diễn biến của bão; các huyện ven biển phối hợp hướng dẫn tàu thuyền tránh trú an toàn.');
    expect(s.directives.map((d) => [d.text, d.by])).toEqual([
      ['yêu cầu các sở, ngành theo dõi chặt chẽ diễn biến của bão', 'UBND tỉnh Nghệ An'],
      ['các huyện ven biển phối hợp hướng dẫn tàu thuyền tránh trú an toàn', 'UBND tỉnh Nghệ An'],
    ]);
  });
});

describe('vi directives: a cue that tells nobody', () => {
  it.each([
    // a task received, reported with its giver as the agent of a passive
    'Đại tá Trần Văn Tâm, Phó Chỉ huy trưởng, được Bộ Tư lệnh Quân khu giao nhiệm vụ phụ trách Chỉ huy trưởng.',
    // what a dispatch is about; its tasks come after
    'Ban Chỉ huy PCTT tỉnh Quảng Ngãi đã ban hành công điện đề nghị ứng phó với mưa lũ.',
  ])('%s', (sentence) => {
    expect(summaryOf(sentence).directives).toEqual([]);
  });
  it('a dispatch that names whom it asks still gives a directive', () => {
    const s = summaryOf('UBND tỉnh Quảng Ngãi có công điện đề nghị các huyện ven biển kêu gọi tàu thuyền vào bờ.');
    expect(s.directives.map((d) => d.by)).toEqual(['UBND tỉnh Quảng Ngãi']);
  });
});

describe('vi directives: the last task of a paragraph', () => {
  it('"Thực hiện đúng phương châm: “A; B”." after a task in the same paragraph is one task, the quote unsplit', () => {
    const s = summaryOf('Bộ trưởng Trần Văn Nam yêu cầu các đơn vị tăng cường công tác huấn luyện. Thực hiện đúng phương châm: “Chủ động; kỷ luật nghiêm, an toàn”.');
    expect(s.directives.map((d) => d.text)).toEqual(['yêu cầu các đơn vị tăng cường công tác huấn luyện', 'Thực hiện đúng phương châm: “Chủ động; kỷ luật nghiêm, an toàn”']);
    expect(s.directives[1]?.by).toBe('Trần Văn Nam');
  });
});

describe('vi directives: a document signed "đã ký" still frames its tasks', () => {
  it('"Thủ tướng X đã ký Chỉ thị …. Cụ thể, các bộ, ngành …"', () => {
    const s = summaryOf('Thủ tướng Trần Văn An đã ký Chỉ thị số 05/CT-TTg về phòng chống dịch.', 'Cụ thể, các bộ, ngành rà soát phương án phòng chống dịch trên địa bàn.');
    expect(s.directives.map((d) => d.by)).toEqual(['Trần Văn An']);
  });
});

describe('vi directives: "nên" is "should" after a short subject, and "so" after a cause (directive.drop.result)', () => {
  it('gives "X khuyến nghị hộ kinh doanh nên …" and "Vì thế, các xã nên …" as directives', () => {
    const s = summaryOf('TS Trần Văn Hòa, Phó Viện trưởng Viện Kinh tế, khuyến nghị hộ kinh doanh nên ghi chép doanh thu hằng ngày.', 'Vì thế, các xã nên rà soát lại danh sách hộ nghèo.');
    expect(s.directives.map((d) => d.text)).toEqual(['hộ kinh doanh nên ghi chép doanh thu hằng ngày', 'Vì thế, các xã nên rà soát lại danh sách hộ nghèo']);
  });
  it.each([
    'Do kỳ nghỉ Tết kéo dài đến 4 ngày nên lượng khách về quê tăng cao.',
    'Công ty không ký hợp đồng mua bán bất động sản nên không vi phạm quy định.',
    'Nhờ chủ động chuẩn bị từ sớm nên việc thông quan hàng hóa diễn ra thuận lợi.',
    'Thời tiết thuận lợi, nên bà con xuống giống sớm hơn mọi năm.',
    'Các lực lượng chức năng tăng cường đấu tranh, đặc biệt dịch Covid-19 bùng phát nên tình trạng buôn lậu giảm đáng kể.',
  ])('%s', (sentence) => {
    expect(summaryOf(sentence).directives).toEqual([]);
  });
});

describe('vi directives: a plan states its aims and principles, no tasks (lexicon.aimFrames)', () => {
  it('gives no task for "Thực hiện … nhằm mục đích …" nor the bare-verb aims after it, and still reads the tasks after a command', () => {
    const s = summaryOf(
      'UBND tỉnh ban hành Kế hoạch số 12/KH-UBND về cải cách hành chính năm 2025.',
      'Thực hiện cải cách hành chính năm 2025 nhằm mục đích nâng cao chất lượng phục vụ người dân.',
      'Nâng cao nhận thức của cán bộ về cải cách hành chính.',
      'UBND tỉnh yêu cầu các sở, ngành rà soát thủ tục hành chính trước ngày 30/6.',
    );
    expect(s.directives.map((d) => d.text)).toEqual(['yêu cầu các sở, ngành rà soát thủ tục hành chính trước ngày 30/6']);
  });
});

describe('vi directives: a ";" clause of a word or two is a noun listed inside the task', () => {
  it('keeps "… khai báo đầy đủ: số lượng; mã số; trị giá" as one task', () => {
    const s = summaryOf('Cục trưởng Lê Văn Ba yêu cầu các chi cục hướng dẫn doanh nghiệp khai báo đầy đủ thông tin hàng hóa gồm: tên hàng; số lượng; mã số; trị giá.');
    expect(s.directives).toHaveLength(1);
  });
});

describe('vi directives: how someone directs is no task ("chỉ đạo hiệu quả", "chỉ đạo quyết liệt, …", "chỉ đạo nhưng …")', () => {
  it.each([
    'Thời gian qua, các lực lượng đã chỉ đạo quyết liệt, với nhiều giải pháp đồng bộ trên địa bàn.',
    'Dữ liệu giúp hoạch định chính sách, chỉ đạo hiệu quả về công tác chăm sóc sức khỏe nhân dân.',
    'Nhiều địa phương đã chỉ đạo nhưng vẫn chưa tạo được chuyển biến căn bản.',
  ])('%s', (sentence) => {
    expect(summaryOf(sentence).directives).toEqual([]);
  });
  it('still reads "Thủ tướng chỉ đạo quyết liệt các bộ, ngành triển khai …" as an order', () => {
    expect(summaryOf('Thủ tướng Lê Văn Ba chỉ đạo quyết liệt các bộ, ngành triển khai ngay các giải pháp phòng dịch.').directives).toHaveLength(1);
  });
});

describe('vi directives: an obligation inside an if-clause is a condition (subordinators "nếu")', () => {
  it('drops "Nếu cần … thì …", keeps the order of a main clause after it', () => {
    expect(summaryOf('Ông Lê Văn Ba, Chi cục trưởng Chi cục Hải quan, yêu cầu cán bộ trực 24/24 giờ.', 'Nếu cần trao đổi với cán bộ hải quan thì người dân sử dụng điện thoại.').directives).toHaveLength(1);
    expect(summaryOf('Ông Lê Văn Ba, Chi cục trưởng, yêu cầu nếu có vướng mắc, các đơn vị phải báo cáo ngay.').directives).toHaveLength(1);
  });
});

describe('vi directives: presiding over an event and allocating forest are no tasks (falseCues "chỉ đạo hội nghị", "giao rừng")', () => {
  it.each([
    'Dự và chỉ đạo hội nghị có đồng chí Lê Văn Ba, Phó Bí thư Tỉnh ủy.',
    'Công tác giao rừng cho các hộ gia đình, cá nhân quản lý, bảo vệ còn chậm.',
  ])('%s', (sentence) => {
    expect(summaryOf(sentence).directives).toEqual([]);
  });
  it('still reads "chỉ đạo các đơn vị …" and "giao UBND huyện …" as orders', () => {
    expect(summaryOf('Đồng chí Lê Văn Ba, Phó Bí thư Tỉnh ủy, chỉ đạo các đơn vị khẩn trương rà soát hồ sơ.').directives).toHaveLength(1);
    expect(summaryOf('Đồng chí Lê Văn Ba, Chủ tịch UBND tỉnh, giao UBND huyện rà soát diện tích rừng.').directives).toHaveLength(1);
  });
});

describe('vi directives: a form, a post received and a decision\'s subject tell nobody (falseCues, directiveDocuments)', () => {
  it.each([
    'Điều 15 quy định rõ, hồ sơ đề nghị vay theo mẫu biểu kèm theo Quyết định này.',
    'Đồng chí Lê Văn Ba được phân công đảm nhận chức vụ mới là Trưởng Ban Dân vận huyện ủy.',
    'Kỳ họp đã thông qua Quyết định giao biên chế công chức năm 2021 trong các cơ quan hành chính của tỉnh.',
  ])('%s', (sentence) => {
    expect(summaryOf(sentence).directives).toEqual([]);
  });
  it('still reads a decision that assigns a named body, and a request for a form, as orders', () => {
    expect(summaryOf('UBND tỉnh ban hành Quyết định giao Sở Nội vụ rà soát biên chế công chức năm 2021.').directives).toHaveLength(1);
    expect(summaryOf('Ông Lê Văn Ba, Chủ tịch UBND huyện, đề nghị các xã gửi hồ sơ trước ngày 15/5.').directives).toHaveLength(1);
  });
});

describe('vi figures: a compound ending in "số" counts (ordinalCueExceptions), a grouped number is no ordinal', () => {
  it('keeps "dân số 85.082 người" and "Tổng số 120 cán bộ"; drops "số 5" and the ordinals of "khoản 1, 2 và 3"', () => {
    expect(figureTexts('Thành phố được thành lập trên cơ sở dân số 85.082 người của thị xã.')).toEqual(['85.082']);
    expect(figureTexts('Tổng số 120 cán bộ đã tham gia lớp tập huấn.')).toEqual(['120']);
    expect(figureTexts('Căn nhà số 5 trên đường Lê Lợi đã được sửa chữa.')).toEqual([]);
    expect(figureTexts('Theo khoản 1, 2 và 3 Điều 5, các đơn vị phải báo cáo.')).toEqual([]);
  });
  it('reads "hạng 1 và 3.726 người" as a count after the ordinal', () => {
    expect(figureTexts('Đơn vị huấn luyện 1.203 quân nhân dự bị hạng 1 và 3.726 chiến sĩ dân quân năm nay.')).toEqual(['1.203', '3.726']);
  });
});

describe('vi directives: the target a unit strives for is a noun (falseCues "chỉ tiêu phấn đấu", …)', () => {
  it.each([
    'Tính đến ngày 15/12, số thu ngân sách đã vượt chỉ tiêu phấn đấu năm 2020 (3.800 tỷ đồng).',
    'Ông Lê Văn Ba, Phó Cục trưởng, cho biết đơn vị đang triển khai các giải pháp phấn đấu thu ngân sách ở mức cao nhất.',
  ])('%s', (sentence) => {
    expect(summaryOf(sentence).directives).toEqual([]);
  });
  it('still reads "phấn đấu hoàn thành …" told to the units as a task', () => {
    expect(summaryOf('Ông Lê Văn Ba, Cục trưởng, yêu cầu các đơn vị phấn đấu hoàn thành chỉ tiêu thu ngân sách năm 2021.').directives).toHaveLength(1);
  });
});

describe('vi directives: "mà" before a named body and its command opens a relative clause (namedRelativeMarkers)', () => {
  it('drops "vượt chỉ tiêu mà Tổng cục Hải quan giao thêm"; keeps an order with no "mà" before it', () => {
    expect(summaryOf('Tính đến ngày 15/12, số thu đã vượt chỉ tiêu mà Tổng cục Hải quan giao thêm ngày 25/11 (3.800 tỷ đồng).').directives).toEqual([]);
    expect(summaryOf('Ông Lê Văn Ba, Cục trưởng, giao các chi cục rà soát chỉ tiêu thu ngân sách năm 2021.').directives).toHaveLength(1);
  });
});
