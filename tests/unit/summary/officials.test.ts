import { describe, expect, it } from 'vitest';
import { deriveSummary } from '../../../lib/summary';
import { makeArticle } from './make-article';

const officialsOf = (lang: string, paragraphs: string[]) =>
  deriveSummary(makeArticle(lang, paragraphs)).officials.map((o) => [o.name, o.titles]);

describe('officials: Vietnamese forms', () => {
  it.each([
    ['Đồng chí Nguyễn Đức Trung - Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh chủ trì phiên họp.', 'Nguyễn Đức Trung', ['Phó Bí thư Tỉnh ủy', 'Chủ tịch UBND tỉnh']],
    ['Dự có đồng chí Nguyễn Hương Giang, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh.', 'Nguyễn Hương Giang', ['Phó Bí thư Tỉnh ủy', 'Chủ tịch UBND tỉnh']],
    ['Thủ tướng Phạm Minh Chính chủ trì hội nghị.', 'Phạm Minh Chính', ['Thủ tướng']],
    ['Bí thư Tỉnh ủy Nghệ An Nguyễn Đức Trung phát biểu.', 'Nguyễn Đức Trung', ['Bí thư Tỉnh ủy Nghệ An']],
    ['Ông Thái Thanh Quý (bìa trái), Chủ tịch UBND tỉnh Nghệ An trao quà.', 'Thái Thanh Quý', ['Chủ tịch UBND tỉnh Nghệ An']],
    ['Đại tá Nguyễn Thanh Trường, Giám đốc Công an tỉnh dự buổi lễ.', 'Nguyễn Thanh Trường', ['Đại tá', 'Giám đốc Công an tỉnh']],
    ['Đồng chí Nguyễn Thành Tâm-Uỷ viên Trung ương Đảng phát biểu.', 'Nguyễn Thành Tâm', ['Uỷ viên Trung ương Đảng']],
    // After an organisation head, an unknown capitalised run is its place, not the next person.
    ['Chiều 17/9, ông Lê Văn Ba, Bí thư Huyện ủy Tân Lạc cho biết huyện đã sơ tán dân.', 'Lê Văn Ba', ['Bí thư Huyện ủy Tân Lạc']],
    // A former assistant to a leader holds a post too.
    ['TS Lê Văn Ba, nguyên Trợ lý Chủ tịch Quốc hội nêu quan điểm về dự luật.', 'Lê Văn Ba', ['TS', 'nguyên Trợ lý Chủ tịch Quốc hội']],
    // An office before a comma and a name introduced by its own cue, with offices of its own, is someone else's.
    ['Sau yêu cầu của Phó Bí thư Huyện ủy, ông Lê Văn Ba, Trưởng phòng Kinh tế huyện cho hay đã mua đủ vật tư.', 'Lê Văn Ba', ['Trưởng phòng Kinh tế huyện']],
    ['Giám đốc Sở Y tế, ông Lê Văn Ba cho biết đã chuẩn bị đủ thuốc cho người dân.', 'Lê Văn Ba', ['Giám đốc Sở Y tế']],
    // A later title written in lowercase, right before its capitalised body, is still a title (s-vi-1, s-vi-4).
    ['Đồng chí Lê Văn Ba, Phó bí thư huyện ủy, chủ tịch HĐND huyện chủ trì hội nghị.', 'Lê Văn Ba', ['Phó bí thư huyện ủy', 'chủ tịch HĐND huyện']],
    ['Dự có đồng chí Lê Văn Ba, Phó Bí thư Đảng ủy Quân sự tỉnh, chính ủy Bộ CHQS tỉnh.', 'Lê Văn Ba', ['Phó Bí thư Đảng ủy Quân sự tỉnh', 'chính ủy Bộ CHQS tỉnh']],
    // A lowercase verb after the comma is no title.
    ['Ông Lê Văn Ba, Chủ tịch UBND huyện, chủ trì cuộc họp.', 'Lê Văn Ba', ['Chủ tịch UBND huyện']],
    // A preposition opening the sentence before the office is no part of a name.
    ['Theo Bộ trưởng Bộ Y tế Lê Văn Ba, số vắc xin về nước trong quý III sẽ tương đối lớn, cần chuẩn bị kỹ.', 'Lê Văn Ba', ['Bộ trưởng Bộ Y tế']],
    // A border gate's name is a place inside the post, no person.
    ['Dự có ông Mã Văn Ba, Chi cục trưởng Chi cục Hải quan cửa khẩu Lý Vạn, Cục Hải quan Cao Bằng.', 'Mã Văn Ba', ['Chi cục trưởng Chi cục Hải quan cửa khẩu Lý Vạn, Cục Hải quan Cao Bằng']],
    // "thông tin" inside a body's name is no verb of saying.
    ['Dự có ông Lê Văn Ba, Phó Cục trưởng Cục Công nghệ thông tin và Thống kê hải quan.', 'Lê Văn Ba', ['Phó Cục trưởng Cục Công nghệ thông tin và Thống kê hải quan']],
    // Team and sub-department posts.
    ['Ông Mã Văn Ba, Phó Đội trưởng Đội Kiểm soát hải quan, phát biểu.', 'Mã Văn Ba', ['Phó Đội trưởng Đội Kiểm soát hải quan']],
    // ", kiêm" joins the next post; the unit's number stays in its name and "thay mặt" ends the title.
    ['Đại tá Hà Văn Lâm, Phó Tư lệnh, kiêm Tham mưu trưởng Quân khu 5 thay mặt đơn vị phát biểu.', 'Hà Văn Lâm', ['Đại tá', 'Phó Tư lệnh', 'Tham mưu trưởng Quân khu 5']],
    // Offices spoken for after "Thay mặt" are not held; a parent body after a comma stays in the title.
    ['Thay mặt Chính phủ, Thủ tướng Chính phủ, Phó Thủ tướng Lê Văn Nam biểu dương các lực lượng.', 'Lê Văn Nam', ['Phó Thủ tướng']],
    ['Ông Lê Văn Nam, Phó Trưởng phòng Phòng Thống kê, Cục Hải quan tỉnh cho biết số liệu.', 'Lê Văn Nam', ['Phó Trưởng phòng Phòng Thống kê, Cục Hải quan tỉnh']],
    // A numbered steering committee keeps its number and "quốc gia"; it is no figure.
    ['Ông Lê Minh Tâm, Phó Trưởng Ban Chỉ đạo 389 quốc gia, Thứ trưởng Bộ Tài chính đưa ra yêu cầu trên.', 'Lê Minh Tâm', ['Phó Trưởng Ban Chỉ đạo 389 quốc gia', 'Thứ trưởng Bộ Tài chính']],
    // A known place ends the body's name even where its last word is a surname; a lowercase word after the body's
    // abbreviation ends the title; a degree may close with a dot.
    ['Chi cục trưởng Chi cục Hải quan Hải Dương Lê Văn Dương cho biết đơn vị ở lại trụ sở.', 'Lê Văn Dương', ['Chi cục trưởng Chi cục Hải quan Hải Dương']],
    ['TS. Lê Văn Lộc, Chủ tịch Phòng Thương mại và Công nghiệp Việt Nam (VCCI) hồ hởi cho rằng kinh tế vẫn sáng.', 'Lê Văn Lộc', ['TS.', 'Chủ tịch Phòng Thương mại và Công nghiệp Việt Nam (VCCI)']],
  ])('%s', (text, name, titles) => {
    expect(officialsOf('vi', [text])).toEqual([[name, titles]]);
  });

  it('reads the list form "Các đồng chí: X - …; Y - …"', () => {
    const text = 'Các đồng chí: Trần Tuấn Anh - Ủy viên Bộ Chính trị, Trưởng Ban Kinh tế Trung ương; Nguyễn Hồng Sơn - Phó Trưởng Ban Kinh tế Trung ương chủ trì.';
    expect(officialsOf('vi', [text])).toEqual([
      ['Trần Tuấn Anh', ['Ủy viên Bộ Chính trị', 'Trưởng Ban Kinh tế Trung ương']],
      ['Nguyễn Hồng Sơn', ['Phó Trưởng Ban Kinh tế Trung ương']],
    ]);
  });

  it('gives a plural title before a colon to every person listed after it', () => {
    const text = 'Dự hội nghị có các Phó Tổng Tham mưu trưởng: Trung tướng Nguyễn Văn An, Ủy viên Trung ương Đảng; Trung tướng Lê Văn Bình; Thiếu tướng Trần Văn Cường.';
    expect(officialsOf('vi', [text, 'Cùng dự có Đại tá Hoàng Văn Em, Chính ủy Sư đoàn 9.'])).toEqual([
      ['Nguyễn Văn An', ['Trung tướng', 'Phó Tổng Tham mưu trưởng', 'Ủy viên Trung ương Đảng']],
      ['Lê Văn Bình', ['Trung tướng', 'Phó Tổng Tham mưu trưởng']],
      ['Trần Văn Cường', ['Thiếu tướng', 'Phó Tổng Tham mưu trưởng']],
      ['Hoàng Văn Em', ['Đại tá', 'Chính ủy Sư đoàn 9']],
    ]);
  });

  it('leaves a title that runs straight into the next name to that name', () => {
    const texts = [
      'Thiếu tướng Trần Văn Long, Phó tư lệnh Quân khu 9 dự buổi lễ.',
      'Đối với Thiếu tướng Trần Văn Long, Đại tướng Nguyễn Quang Huy cho biết đồng chí có nhiều kinh nghiệm.',
      'Ông Lê Văn Thành, Giám đốc Sở Y tế Nghệ An cho biết đã chuẩn bị đủ thuốc.',
    ];
    expect(officialsOf('vi', texts)).toEqual([
      ['Trần Văn Long', ['Thiếu tướng', 'Phó tư lệnh Quân khu 9']],
      ['Nguyễn Quang Huy', ['Đại tướng']],
      ['Lê Văn Thành', ['Giám đốc Sở Y tế Nghệ An']],
    ]);
  });

  it('merges later mentions by given name and by title', () => {
    const s = deriveSummary(makeArticle('vi', [
      'Đồng chí Nguyễn Đức Trung - Bí thư Tỉnh ủy chủ trì.',
      'Bí thư Tỉnh ủy yêu cầu các sở khẩn trương hoàn thành.',
      'Theo ông Trung, tỉnh sẽ tiếp tục cải cách.',
    ]));
    expect(s.officials).toHaveLength(1);
    expect(s.officials[0]?.mentions).toBe(3);
  });

  it('takes a title widened inside its organisation for the holder named earlier ("Phó tham mưu trưởng Quân chủng Hải quân")', () => {
    const s = deriveSummary(makeArticle('vi', [
      'Ngày 15-1, đoàn công tác do Chuẩn đô đốc Lê Văn Quyết, Phó tham mưu trưởng Hải quân làm trưởng đoàn, đã đến kiểm tra.',
      'Kết luận kiểm tra, đồng chí Phó tham mưu trưởng Quân chủng Hải quân đề nghị đơn vị đoàn kết, khắc phục khó khăn.',
    ]));
    expect(s.officials.map((o) => [o.name, o.mentions])).toEqual([['Lê Văn Quyết', 2]]);
    expect(s.directives.map((d) => d.by)).toEqual(['Lê Văn Quyết']);
    // Another office of the same body is no mention of the holder.
    const other = deriveSummary(makeArticle('vi', ['Đồng chí Lê Văn Quyết, Phó tham mưu trưởng Hải quân dự họp.', 'Tham mưu trưởng Quân chủng Hải quân đề nghị đơn vị đoàn kết.']));
    expect(other.directives.map((d) => d.by)).not.toEqual(['Lê Văn Quyết']);
  });

  it.each([
    ['Toàn cảnh hội nghị. Ảnh: Thành Duy'],
    ['Học tập theo tấm gương Chủ tịch Hồ Chí Minh.'],
    ['Đoàn đến thăm tỉnh Hà Tĩnh và huyện Thanh Chương.'],
    ['Anh Nguyễn Văn Nam cho biết năm nay được mùa.'],
    ['Các đồng chí Phó Chủ tịch UBND tỉnh dự họp.'],
  ])('no official in: %s', (text) => {
    expect(officialsOf('vi', [text])).toEqual([]);
  });

  it('keeps a named citizen in people, not officials', () => {
    const s = deriveSummary(makeArticle('vi', ['Anh Nguyễn Văn Nam cho biết năm nay được mùa.']));
    expect(s.people.map((p) => p.name)).toEqual(['Nguyễn Văn Nam']);
  });

  it('matches titles whatever the tone placement', () => {
    const s = deriveSummary(makeArticle('vi', ['Đồng chí Lê Đức Cường - Trưởng ban Tổ chức Tỉnh uỷ phát biểu.', 'Trưởng ban Tổ chức Tỉnh ủy đề nghị các cấp ủy rà soát nhân sự.']));
    expect(s.officials[0]?.mentions).toBe(2);
    expect(s.directives[0]?.by).toBe('Lê Đức Cường');
  });
});

describe('officials: English forms', () => {
  it('reads an office before a surname after a comma as the next person, not a second title', () => {
    const text = 'The forum was held with Attorney General Jane Roe, Ambassador Smith, and Deputy Director Paul Doe.';
    expect(officialsOf('en', [text])).toEqual([
      ['Jane Roe', ['Attorney General']],
      ['Smith', ['Ambassador']],
      ['Paul Doe', ['Deputy Director']],
    ]);
  });

  it('reads "U.S. Attorney General" and "Second Gentleman" as offices', () => {
    expect(officialsOf('en', ['The panel met U.S. Attorney General Jane Roe on Monday.'])).toEqual([['Jane Roe', ['U.S. Attorney General']]]);
    expect(officialsOf('en', ['Second Gentleman John Roe hosted a roundtable.'])).toEqual([['John Roe', ['Second Gentleman']]]);
  });

  it.each([
    ['Secretary of State Antony Blinken arrived in Hanoi on Monday.', 'Antony Blinken', ['Secretary of State']],
    ['The budget was presented by the Minister of Finance and the Public Service, Dr. the Hon. Nigel Clarke, on Tuesday.', 'Nigel Clarke', ['Minister of Finance and the Public Service', 'Dr.', 'the Hon.']],
    ['Jane Roe, the chief executive of the Port Authority, said traffic was up.', 'Jane Roe', ['chief executive of the Port Authority']],
    ["The agency's director, John Doe, declined to comment.", 'John Doe', ["agency's director"]],
    ['Prime Minister Pham Minh Chinh met investors.', 'Pham Minh Chinh', ['Prime Minister']],
  ])('%s', (text, name, titles) => {
    expect(officialsOf('en', [text])).toEqual([[name, titles]]);
  });

  it('merges "Blinken said" into the official', () => {
    const s = deriveSummary(makeArticle('en', ['Secretary of State Antony Blinken arrived on Monday.', 'Blinken said talks would continue.']));
    expect(s.officials[0]?.mentions).toBe(2);
  });

  it('does not take organisations for people', () => {
    expect(officialsOf('en', ["The UAE's General Civil Aviation Authority said 72 people were aboard."])).toEqual([]);
  });
});

describe('officials: title grammar beyond the anchors (vi)', () => {
  it.each([
    // A lowercase word between capitalised parts stays inside the organisation's name.
    ['Thứ trưởng Bộ Nội vụ và Đào tạo Lê Văn Hải phát biểu.', 'Lê Văn Hải', ['Thứ trưởng Bộ Nội vụ và Đào tạo']],
    ['Tổng Giám đốc Tổng công ty Hàng không Miền Trung Trần Quốc Bảo cho biết.', 'Trần Quốc Bảo', ['Tổng Giám đốc Tổng công ty Hàng không Miền Trung']],
    ['Đại sứ Việt Nam tại Hàn Quốc Vũ Minh Tâm tiếp đoàn.', 'Vũ Minh Tâm', ['Đại sứ Việt Nam tại Hàn Quốc']],
    // A comma list closed by "và" is one ministry.
    ['Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch Hoàng Đức Minh dự lễ.', 'Hoàng Đức Minh', ['Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch']],
    // Foreign names after a title, and a Latin-script organisation that is no person.
    ['Tổng thống Pháp Emmanuel Macron đến Hà Nội.', 'Emmanuel Macron', ['Tổng thống Pháp']],
    ['Tổng Giám đốc Vietnam Airlines Đỗ Văn Phúc cho biết hãng tăng chuyến.', 'Đỗ Văn Phúc', ['Tổng Giám đốc Vietnam Airlines']],
    // After "Name," a lowercase title is an appositive, and a foreign run there is the organisation.
    ['Peter Grant, nhà phân tích tại Blue Harbor Capital, nhận định giá vàng tăng.', 'Peter Grant', ['nhà phân tích tại Blue Harbor Capital']],
    // Degrees are titles of an official; a parenthesised acronym stays in the title.
    ['BS.CK2 Lý Thu Hà, Trưởng Trung tâm Chẩn đoán hình ảnh (CDHA), cho biết ca mổ thành công.', 'Lý Thu Hà', ['BS.CK2', 'Trưởng Trung tâm Chẩn đoán hình ảnh (CDHA)']],
  ])('%s', (text, name, titles) => {
    expect(officialsOf('vi', [text])).toEqual([[name, titles]]);
  });

  it('keeps the fuller wording of one office', () => {
    expect(officialsOf('vi', ['Thủ tướng Phạm Minh Chính dự họp.', 'Thủ tướng Chính phủ Phạm Minh Chính ký quyết định.'])).toEqual([
      ['Phạm Minh Chính', ['Thủ tướng Chính phủ']],
    ]);
  });

  it('puts a degree without an office in people, not officials', () => {
    const s = deriveSummary(makeArticle('vi', ['PGS.TS Trần Văn Sơn cho biết số ca bệnh giảm.']));
    expect(s.officials).toEqual([]);
    expect(s.people.map((p) => [p.name, p.role])).toEqual([['Trần Văn Sơn', 'PGS.TS']]);
  });
});

describe('officials: title grammar beyond the anchors (en)', () => {
  it.each([
    // Capitalised modifiers before the head belong to the title.
    ['Senate Minority Leader Ann Carter said the vote would wait.', 'Ann Carter', ['Senate Minority Leader']],
    ['Ohio Gov. Mark Dunn signed the bill.', 'Mark Dunn', ['Ohio Gov.']],
    ['Green Future Party of Canada leader Paul Ames spoke first.', 'Paul Ames', ['Green Future Party of Canada leader']],
    ['U.S. Treasury Secretary Helen Park met bankers.', 'Helen Park', ['U.S. Treasury Secretary']],
    ['Kenya Revenue Authority commissioner Tom Reed said collections rose.', 'Tom Reed', ['Kenya Revenue Authority commissioner']],
    // A title head inside a capitalised run: the run is a title, not a name.
    ['The Dodoma City Director, Amina Juma, says the lights work.', 'Amina Juma', ['Dodoma City Director']],
    // Honorifics and parenthesised status are titles; a comma list closed by "and" is one portfolio.
    ['Minister of Trade, Energy and Mining, Senator the Hon. Karen Lowe, opened the fair.', 'Karen Lowe', ['Minister of Trade, Energy and Mining', 'Senator', 'the Hon.']],
    ['Chief Executive Officer (Acting) of the Harbour Authority, Ray Moss, added details.', 'Ray Moss', ['Chief Executive Officer (Acting) of the Harbour Authority']],
    ['Prime Minister Datuk Seri Ali Hamzah left on Monday.', 'Ali Hamzah', ['Prime Minister', 'Datuk Seri']],
    // Appositives: lowercase modifiers, possessors of several words, "who is also the …".
    ['“Rates will rise,” said Lena Fox, interest rate strategist at Northgate Capital.', 'Lena Fox', ['interest rate strategist at Northgate Capital']],
    ['“We are ready,” said Sam Ode, the Lee campaign’s political director.', 'Sam Ode', ['Lee campaign’s political director']],
    ['Anna Berg, who is also the president of the Teachers Union, spoke.', 'Anna Berg', ['president of the Teachers Union']],
    // Names with a particle or a middle initial.
    ['Mayor Carla de Souza opened the bridge.', 'Carla de Souza', ['Mayor']],
    ['President-elect John Q. Adams said he would act.', 'John Q. Adams', ['President-elect']],
    // A surname after a title, with no full name anywhere, is the person.
    ['I am filling in for President Lincoln, who is away.', 'Lincoln', ['President']],
  ])('%s', (text, name, titles) => {
    expect(officialsOf('en', [text])).toEqual([[name, titles]]);
  });

  it('keeps "minister X" when the person comes back, drops a lowercase head before a mere capitalised run', () => {
    expect(officialsOf('en', ['Figures that minister Rob Kane will use are out.', 'Mr Kane’s statement is due.'])).toEqual([['Rob Kane', ['minister']]]);
    expect(officialsOf('en', ['It was a major Hollywood Studio deal.'])).toEqual([]);
  });

  it.each([
    ['Remarks of Vice President Joe Biden', 'Joe Biden', ['Vice President']],
    ['He met Sudan’s president, Omar Bashir, in 2009.', 'Omar Bashir', ['Sudan’s president']],
  ])('does not pull preceding words into the title: %s', (text, name, titles) => {
    expect(officialsOf('en', [text])).toEqual([[name, titles]]);
  });

  it('puts a doctor with no office in people, with the degree as role', () => {
    const s = deriveSummary(makeArticle('en', ['Dr Jane Okafor said the samples were clean.']));
    expect(s.officials).toEqual([]);
    expect(s.people.map((p) => [p.name, p.role])).toEqual([['Jane Okafor', 'Dr']]);
  });

  it('adds an appositive title to a later surname mention', () => {
    const s = officialsOf('en', ['Prime Minister Ken Sato spoke.', 'Rivals questioned Sato, who is also the president of the LDP, about taxes.']);
    expect(s).toEqual([['Ken Sato', ['Prime Minister', 'president of the LDP']]]);
  });
});


describe('officials: English round 2 (hyphenated names, fields, possessors, merged titles)', () => {
  it.each([
    // Hyphenated given names stay whole; the family name first is the later short form.
    ['Opposition leader Park Min-jun, the head of the Unity Party, spoke.', [['Park Min-jun', ['Opposition leader', 'head of the Unity Party']]]],
    // A short lowercase field after "of" belongs to the title.
    ['“We are ready,” said Ann Lowe, the port’s director of emergency planning and response.', [['Ann Lowe', ['port’s director of emergency planning and response']]]],
    // An unspaced "&" glues a possessor; a second head extends the first.
    ['“Storms are coming,” said Tom Hale, AB&C’s chief meteorologist.', [['Tom Hale', ['AB&C’s chief meteorologist']]]],
    ['Trade Ministry deputy spokesperson Lia Chen said exports grew.', [['Lia Chen', ['Trade Ministry deputy spokesperson']]]],
    // A possessor that has no title after it was the title and the name.
    ['Public Ombudsman Rosa Lima’s office said the report was late.', [['Rosa Lima', ['Public Ombudsman']]]],
    // British ranks without dots; a status word before capitalised modifiers.
    ['Lt Col Ian Dorsey testified for hours.', [['Ian Dorsey', ['Lt Col']]]],
    ['The former Green Party leader Mia Holt spoke.', [['Mia Holt', ['former Green Party leader']]]],
    // After an article, a few lowercase words lead to the named body; "X’s" opens a new phrase.
    ['Ken Ito, leader of the centrist opposition Reform Party and Sato’s rival, spoke.', [['Ken Ito', ['leader of the centrist opposition Reform Party']]]],
    // "aide to Vice President X" names a second official inside the title.
    ['Rita Moss, an aide to Vice President Dale, testified.', [['Rita Moss', ['aide to Vice President Dale']], ['Dale', ['Vice President']]]],
  ])('%s', (text, expected) => {
    expect(officialsOf('en', [text])).toEqual(expected);
  });

  it('keeps the fuller wording when a bare head comes back, but a compound office stays separate', () => {
    expect(officialsOf('en', ['Chilean President Ana Soto arrived.', 'President Soto left.', 'Ana Soto, the President, waved.'])).toEqual([['Ana Soto', ['Chilean President']]]);
    expect(officialsOf('en', ['Vice President Ana Soto arrived.', 'Ana Soto, the President of the Senate, waved.'])).toEqual([['Ana Soto', ['Vice President', 'President of the Senate']]]);
  });

  it('resolves a family name written first ("Park said") to the official', () => {
    const s = deriveSummary(makeArticle('en', ['President Park Min-jun arrived on Monday.', 'Park ordered the army to return to barracks.']));
    expect(s.directives.map((d) => d.by)).toEqual(['Park Min-jun']);
  });
});

describe('officials: English round 3 (capitalised modifiers before a lowercase head, appointments, lists)', () => {
  it.each([
    // An appositive whose capitalised body or place precedes a lowercase head.
    ['Mara Lind, the Parks and Recreation director, opened the trail.', [['Mara Lind', ['Parks and Recreation director']]]],
    ['“Prices will rise,” said Omar Haddad, Jordan country manager for the Relief Fund.', [['Omar Haddad', ['Jordan country manager for the Relief Fund']]]],
    // Title words that news gives with a body before them.
    ['Treasury official Dana Price told lawmakers the plan was sound.', [['Dana Price', ['Treasury official']]]],
    ['Bolivian chief negotiator Luis Arce Ponce left the talks.', [['Luis Arce Ponce', ['Bolivian chief negotiator']]]],
    ['The mayor thanked Attorney-General Rosa Pike for her help.', [['Rosa Pike', ['Attorney-General']]]],
    // A speech verb before a lowercase title confirms the speaker.
    ['“We will appeal,” says chairman Leo Brandt.', [['Leo Brandt', ['chairman']]]],
    // A verb of appointment bridges a name to a lowercase office.
    ['Nia Ford has been named interim city manager by the council.', [['Nia Ford', ['interim city manager']]]],
    // A copula bridges a name to an office at an organisation; a role without an office head gives nothing.
    ['Nia Ford is the waste management director at the Water Agency.', [['Nia Ford', ['waste management director at the Water Agency']]]],
    ['Nia Ford is the best person for the job.', []],
    // A company's name before the head makes an appositive a post at that company; an occupation alone does not.
    ['Nia Ford, Acme Homes Group Land Director said the homes were ready.', [['Nia Ford', ['Acme Homes Group Land Director']]]],
    ['Nia Ford, Theater Director, said the show was ready.', []],
    // A name after "from" is no place when an appositive title follows it.
    ['On the call you will hear from Nia Ford, Assistant to the President and Director of the Water Council.', [['Nia Ford', ['Assistant to the President', 'Director of the Water Council']]]],
    // "Name, Title Name": a bare title before the next name belongs to that name.
    ['Governor Amy Cole, Senator Raj Patel and Mayor Tom Yu met on Friday.', [['Amy Cole', ['Governor']], ['Raj Patel', ['Senator']], ['Tom Yu', ['Mayor']]]],
    // A dotted compound rank is one title.
    ['Lt. Col. Ana Ruiz told the panel about the call.', [['Ana Ruiz', ['Lt. Col.']]]],
    // A name after "and" inside a title is the next person.
    ['She wrote to Eli Stone, the director of the Water Agency and Ava Reyes, the Housing secretary, last week.', [['Eli Stone', ['director of the Water Agency']], ['Ava Reyes', ['Housing secretary']]]],
  ])('%s', (text, expected) => {
    expect(officialsOf('en', [text])).toEqual(expected);
  });

  it('gives a full name the title written later with the surname alone, unless two people share it', () => {
    expect(officialsOf('en', ['Protesters marched against Sam Okafor on Monday.', 'Governor Okafor did not reply.'])).toEqual([['Sam Okafor', ['Governor']]]);
    expect(officialsOf('en', ['Protesters marched against Sam Okafor and Lee Okafor on Monday.', 'Governor Okafor did not reply.'])).toEqual([]);
  });
});

describe('officials: government press offices (en)', () => {
  const filler = ['The meeting was held on Monday in the city hall with many guests from the region.'];
  it.each([
    ['Principal Deputy Press Secretary Carl Dunn said the plan was sound.', 'Carl Dunn', ['Principal Deputy Press Secretary']],
    ['White House Counsel Anna Bell said the review was complete.', 'Anna Bell', ['White House Counsel']],
    ['Lord Chancellor Jane Roe opened the session.', 'Jane Roe', ['Lord Chancellor']],
    ['The report by Her Majesty\'s Chief Inspector of Constabulary, Tom Brand, was published.', 'Tom Brand', ["Her Majesty's Chief Inspector of Constabulary"]],
    // A sentence-opening word before a name does not join it.
    ['As Sam Hale, the local MP, has said, the plant must stay open.', 'Sam Hale', ['local MP']],
  ])('%s', (text, name, titles) => {
    expect(officialsOf('en', [text, ...filler])).toEqual([[name, titles]]);
  });

  it('ends an appositive title at a verb of request ("X, the Chief of Staff, asked Counsel Y")', () => {
    const text = 'After the trip, the Chief of Staff, Dana Reyes, asked White House Counsel Lee Park to look into what happened.';
    expect(officialsOf('en', [text, ...filler])).toEqual([
      ['Dana Reyes', ['Chief of Staff']],
      ['Lee Park', ['White House Counsel']],
    ]);
  });

  it('reads an office written after the name with its opening comma left out ("X the Federal Minister for Y,")', () => {
    expect(officialsOf('en', ['In Northtown, Tom Hale the Federal Minister for Planning, attended the opening.', ...filler])).toEqual([['Tom Hale', ['Federal Minister for Planning']]]);
  });
  it('reads a province word after an office and before ", full name" as part of the office ("Chief Minister Sindh, X")', () => {
    expect(officialsOf('en', ['The guests included Chief Minister Northshire, Tom Alan Hale in Southtown.', ...filler])).toEqual([['Tom Alan Hale', ['Chief Minister Northshire']]]);
  });
  it.each([
    ['King Charles III sent a message to the guests.', 'Charles III', 'King'],
    ['The embassy celebrated King Charles III’s birthday.', 'Charles III', 'King'],
    ['Queen Elizabeth II opened the bridge.', 'Elizabeth II', 'Queen'],
  ])('reads a monarch\'s given name and regnal number as the name (person.regnal-name): %s', (text, name, title) => {
    expect(officialsOf('en', [text, ...filler])).toEqual([[name, [title]]]);
  });
  it('reads a Title Case headline\'s linking words as no part of an office or a name', () => {
    const s = deriveSummary({ ...makeArticle('en', ['President Lima said the talks went well.', 'Hale said they spoke about trade, energy and climate for an hour.']),
      title: 'Readout By Press Secretary Tom Hale On The Bilateral Meeting With President Ana Lima Of Brazil' });
    expect(s.officials.map((o) => [o.name, o.titles])).toEqual([['Tom Hale', ['Press Secretary']], ['Ana Lima', ['President']]]);
  });
  it('reads a name a Title Case preposition closes in the headline when the body names it again', () => {
    const page = (title: string, paragraphs: string[]) => deriveSummary({ ...makeArticle('en', paragraphs), title }).officials.map((o) => [o.name, o.titles]);
    expect(page('Press Gaggle by Press Secretary Tom Hale Aboard Air Force One en route Denver', ['MR. HALE: Thanks for joining us today on the flight.', 'Q Will the trip be short?', 'MR. HALE: It will.']))
      .toEqual([['Tom Hale', ['Press Secretary']]]);
    expect(page('Prime Minister Dodges Criticism During Leaders Debate', ['The prime minister spoke for an hour on Monday.', 'Rivals said he avoided the questions on tax.'])).toEqual([]);
  });
  it.each([
    ['Republicans in Iowa, including Governor Tom Hale, including Congressman Steve King, are in disbelief.', [['Tom Hale', ['Governor']], ['Steve King', ['Congressman']]]],
    ['The panel heard Maryland Delegate Pamela Queen and Wisconsin Assemblywoman Ann Lee.', [['Pamela Queen', ['Maryland Delegate']], ['Ann Lee', ['Wisconsin Assemblywoman']]]],
    ['On Monday, Secretary of Health and Human Services Xavier Becerra said the plan was sound.', [['Xavier Becerra', ['Secretary of Health and Human Services']]]],
    ['American Kevin King and Australian Timothy Weeks, both professors, were freed.', []],
    ['Ann Lee, Assistant to the President and National Economic Council Director, spoke.', [['Ann Lee', ['Assistant to the President', 'National Economic Council Director']]]],
  ])('state and federal offices, and names spelled like titles: %s', (text, officials) => {
    expect(officialsOf('en', [text, ...filler])).toEqual(officials);
  });
  it('reads an event role as no surname ("attended as Chief Guest")', () => {
    expect(officialsOf('en', ['Tom Hale, the Federal Minister for Planning, attended as Chief Guest.', ...filler])).toEqual([['Tom Hale', ['Federal Minister for Planning']]]);
  });

  it('reads a briefing question\'s "Q" and its auxiliary as no part of a name or title', () => {
    expect(officialsOf('en', ['Q Has General Tom Hale told the President he will stay?', ...filler])).toEqual([['Tom Hale', ['General']]]);
    expect(officialsOf('en', ['Q Now that the vote is delayed, what happens next?', ...filler])).toEqual([]);
  });

  it('reads "Founder" as a title word, never a name ("Actress, Theater Founder, and Director")', () => {
    expect(officialsOf('en', ['· Rosa Marin, Actress, Theater Founder, and Director (New York, NY)', ...filler])).toEqual([]);
  });
});

describe('officials: capitalised modifiers before an appositive head (en)', () => {
  const filler = ['The meeting was held on Monday in the city hall with many guests from the region.'];
  it('reads "X, Clinical Adviser for the Healthy Towns Programme," as an office', () => {
    expect(officialsOf('en', ['Jane Roe, Clinical Adviser for the Healthy Towns Programme, said the results were clear.', ...filler]))
      .toEqual([['Jane Roe', ['Clinical Adviser for the Healthy Towns Programme']]]);
  });
  it('leaves an occupation with no organisation ("X, Theater Director, Choreographer") out', () => {
    expect(officialsOf('en', ['· Kim Lau, Theater Director, Choreographer, and Video Artist (New York, NY)', ...filler])).toEqual([]);
  });
});

describe('officials: the headline names its speaker (en)', () => {
  const body = ['MR. DUNN: Good afternoon, everybody. The review is complete and the report will be published.'];
  it('reads a title and a full name in the headline', () => {
    const article = { ...makeArticle('en', body), title: 'Readout to the Press by Principal Deputy Press Secretary Carl Dunn' };
    expect(deriveSummary(article).officials.map((o) => [o.name, o.titles])).toEqual([['Carl Dunn', ['Principal Deputy Press Secretary']]]);
  });
  it('reads a title and a surname in a headline that names a statement ("Statement from Vice President Roe on …")', () => {
    const statement = ['I believe every family must be safe at home. That is why we acted this year.'];
    const article = { ...makeArticle('en', statement), title: 'Statement from Vice President Roe on the Anniversary of the Office' };
    expect(deriveSummary(article).officials.map((o) => [o.name, o.titles])).toEqual([['Roe', ['Vice President']]]);
    const other = { ...makeArticle('en', statement), title: 'Vice President Roe visits the Office' };
    expect(deriveSummary(other).officials).toEqual([]);
  });
  it('takes no bare name from the headline', () => {
    const article = { ...makeArticle('en', body), title: 'Carl Dunn on the review' };
    expect(deriveSummary(article).officials).toEqual([]);
  });
  it('gives the office the headline names alone to the full name opening the lead before a lead verb', () => {
    const lead = 'Carl Dunn closed the water summit, calling for a coalition to tackle leaks.';
    const article = { ...makeArticle('en', ['Today the world came together to fix its pipes.', 'I want to thank everyone who came.'], lead), title: "Water Summit 2030: Home Secretary's closing remarks" };
    expect(deriveSummary(article).officials.map((o) => [o.name, o.titles])).toEqual([['Carl Dunn', ['Home Secretary']]]);
    const plain = { ...article, title: 'Water Summit 2030: closing remarks' };
    expect(deriveSummary(plain).officials).toEqual([]);
  });  it('reads a letter\'s signature after its closing as the writer', () => {
    const letter = ['Dear Madam Chair:', 'I write to ask that the fund be released this month.', 'Sincerely,', 'JANE ROE'];
    const article = { ...makeArticle('en', letter), title: 'Letter from the Governor on the water fund' };
    expect(deriveSummary(article).officials.map((o) => [o.name, o.titles])).toEqual([['JANE ROE', ['Governor']]]);
    const unsigned = { ...article, paragraphs: [...letter.slice(0, 2), 'Thank you,', 'JANE ROE'] };
    expect(deriveSummary(unsigned).officials).toEqual([]);
  });
  it('reads a closing name line and a last office line as the signer and the office (person.signature-block)', () => {
    const foreword = ['We have made progress since then.', 'We look to the operators to offer better training.', 'Rt Hon Jane Roe MP', 'Secretary of State for Transport'];
    const s = deriveSummary({ ...makeArticle('en', foreword), title: 'Connecting towns: a vision for buses' });
    expect(s.officials.map((o) => [o.name, o.titles])).toEqual([['Jane Roe', ['Rt Hon', 'MP', 'Secretary of State for Transport']]]);
    expect(s.directives.map((d) => d.by)).toEqual(['Jane Roe']);
    const unsigned = deriveSummary({ ...makeArticle('en', [...foreword.slice(0, 2), 'Jane Roe', 'Thanks for reading']), title: 'Connecting towns' });
    expect(unsigned.officials).toEqual([]);
    const oneLine = deriveSummary({ ...makeArticle('en', [...foreword.slice(0, 2), 'Rt Hon Jane Roe MP Secretary of State for Transport']), title: 'Connecting towns' });
    expect(oneLine.officials.map((o) => [o.name, o.titles])).toEqual([['Jane Roe', ['Rt Hon', 'MP', 'Secretary of State for Transport']]]);
  });

  it('reads each signature line of a joint declaration as its signer (two signers, one line each)', () => {
    const declaration = ['We have together endorsed this declaration between our countries.', 'Endorsed in Northtown this 2nd day of May.', 'Rt Hon Jane Roe MP Prime Minister of Northland', 'Rt Hon Tom Hale MP Prime Minister of Southland'];
    const s = deriveSummary({ ...makeArticle('en', declaration), title: 'Joint declaration' });
    expect(s.officials.map((o) => [o.name, o.titles])).toEqual([['Jane Roe', ['Rt Hon', 'MP', 'Prime Minister of Northland']], ['Tom Hale', ['Rt Hon', 'MP', 'Prime Minister of Southland']]]);
  });

  it('reads a closing and the name in one paragraph as the signature, and gives the letter\'s directives to the writer', () => {
    const letter = ['Dear Madam Chair:', 'I write about the fund.', 'My office has met the towns.', 'I hereby release $3 million to support the river towns.', 'Sincerely, JANE ROE'];
    const s = deriveSummary({ ...makeArticle('en', letter), title: 'Letter from the Governor on the water fund' });
    expect(s.officials.map((o) => [o.name, o.titles])).toEqual([['JANE ROE', ['Governor']]]);
    expect(s.directives.map((d) => d.by)).toEqual(['JANE ROE']);
  });
});

describe('officials: UK and press-office offices (en)', () => {
  it.each([
    ['Minister for Crime, Policing and Fire Tom Hale said the grant would help.', 'Tom Hale', ['Minister for Crime, Policing and Fire']],
    ['Counsel to the President Tom Hale reviewed the order.', 'Tom Hale', ['Counsel to the President']],
    ['Tom Hale, the White House Chief of Staff, directed the review.', 'Tom Hale', ['White House Chief of Staff']],
    ['Parliamentary Under Secretary of State Jane Roe said the scheme would open.', 'Jane Roe', ['Parliamentary Under Secretary of State']],
    // Post-nominals: an office (or an honour) right after the name.
    ['Tom Barrow MP, the Minister for Schools, said the deal was done.', 'Tom Barrow', ['MP', 'Minister for Schools']],
    // Offices of an area: the capitalised words before them are the area, even when they look like a name.
    ['Jane Roe, Northshire PCC, said funding would rise.', 'Jane Roe', ['Northshire PCC']],
    ['Jane Roe, Greater Manchester PCC, said funding would rise.', 'Jane Roe', ['Greater Manchester PCC']],
    ['Jane Roe (Chair of the Northshire Panel) said funding would rise.', 'Jane Roe', ['Chair of the Northshire Panel']],
    // Peers: the peerage and one name are the whole name.
    ['The Attorney General, Lord Hale, said the case was strong.', 'Lord Hale', ['Attorney General']],
    ['Baroness Roe of Northtown, the Minister for Skills, opened the college.', 'Roe of Northtown', ['Baroness', 'Minister for Skills']],
    // A surname spelled like a month or a colour closes the name.
    ['Prime Minister Theresa May said the deal was done.', 'Theresa May', ['Prime Minister']],
    ['Minister for Policing Anne Green visited the force.', 'Anne Green', ['Minister for Policing']],
    // A compound lowercase office is no common word before a name.
    ['The decision let chief constable Dan Pike take temporary command.', 'Dan Pike', ['chief constable']],
    // A field, then the body the post is at.
    ['Tom Hale, head of policy at the Federation of Small Firms, said firms were worried.', 'Tom Hale', ['head of policy at the Federation of Small Firms']],
    // A health-service post.
    ['GP Dr Jane Roe said patients should seek help early.', 'Jane Roe', ['GP', 'Dr']],
    ['Dr Jane Roe, NHS Doctor and broadcaster, said patients should seek help early.', 'Jane Roe', ['Dr', 'NHS Doctor']],
    // A name after "and" that starts one word later leaves that word to the title; a capitalised pair before ", Name," is no name.
    ['Deputy Mayor for Policing and Crime Jane Roe said the plan would work.', 'Jane Roe', ['Deputy Mayor for Policing and Crime']],
    ['Minister of State for Security and Economic Crime, Tom Hale, said the plan would work.', 'Tom Hale', ['Minister of State for Security and Economic Crime']],
    // A plural possessive inside the body's name.
    ['Tom Hale, Chair of the National Police Chiefs’ Council, said the plan would work.', 'Tom Hale', ['Chair of the National Police Chiefs’ Council']],
    ['The Rt Hon Jane Roe MP said the plan would work.', 'Jane Roe', ['The Rt Hon', 'MP']],
    // A surname spelled like a title word closes the name.
    ['Industry analyst Ken Doctor said the paper would close.', 'Ken Doctor', ['Industry analyst']],
    // Modifiers joined by "and", a plural possessive; short forms of offices.
    ['The Policing and Fire Minister, Tom Hale, said the plan would work.', 'Tom Hale', ['Policing and Fire Minister']],
    ['Victims’ Commissioner Jane Roe said the plan would work.', 'Jane Roe', ['Victims’ Commissioner']],
    ['Cllr Jane Roe said the plan would work.', 'Jane Roe', ['Cllr']],
    ['PM Jane Roe said the plan would work.', 'Jane Roe', ['PM']],
    // Lowercase modifiers from the sentence's start to a lowercase head.
    ['Crime prevention minister Jane Roe said the plan would work.', 'Jane Roe', ['Crime prevention minister']],
    // A style before the name after the office's comma is the name's second title (Australian releases, s-en-1).
    ['The Minister for Health and Ageing, Senator Jane Roe, today announced the grant.', 'Jane Roe', ['Minister for Health and Ageing', 'Senator']],
    ['The Chief of the Defence Force, General Tom Hale, said the review was done.', 'Tom Hale', ['Chief of the Defence Force', 'General']],
  ])('%s', (text, name, titles) => {
    expect(officialsOf('en', [text])).toEqual([[name, titles]]);
  });

  it.each([
    ['The Home Secretary, Mrs May, said the plan would work.', 'May', ['Home Secretary']],
    ['The delegation was led by the Minister for Health, Mr Ruddock and included officials.', 'Ruddock', ['Minister for Health']],
    ['The Minister for Health, Mr Ruddock said the plan would work.', 'Ruddock', ['Minister for Health']],
    // An office's "and" field that looks like a name stays in the office before ", Mr X" (s-en-3).
    ['The Minister for Immigration and Indigenous Affairs, Mr Ruddock, said the plan would work.', 'Ruddock', ['Minister for Immigration and Indigenous Affairs']],
    ['The Minister for Immigration, Multicultural and Indigenous Affairs, Mr Ruddock, said the plan would work.', 'Ruddock', ['Minister for Immigration, Multicultural and Indigenous Affairs']],
  ])('a courtesy and a surname alone after the office\'s comma hold the office (s-en-3): %s', (text, name, titles) => {
    expect(officialsOf('en', [text])).toEqual([[name, titles]]);
  });

  it('leaves ", and the <office>, <name>" of a joint release to the second name (s-en-11)', () => {
    expect(officialsOf('en', ['The Minister for Health, Senator Jane Roe, and the Minister for Schools, Tom Hale, announced the grant.'])).toEqual([
      ['Jane Roe', ['Minister for Health', 'Senator']],
      ['Tom Hale', ['Minister for Schools']],
    ]);
  });

  it('reads no surname from a title word ("the First Lady") and no office from the next name ("Jane Roe, Tom Hale MP")', () => {
    expect(officialsOf('en', ['The President and the First Lady thanked the troops.'])).toEqual([]);
    expect(officialsOf('en', ['Jane Roe, Tom Hale MP and others attended.'])).toEqual([['Tom Hale', ['MP']]]);
  });

  it('reads a shop or a firm as no person', () => {
    const s = deriveSummary(makeArticle('en', ['Northtown Pharmacy said the plan would work.', 'Hale Coffee said sales were up.']));
    expect(s.people).toEqual([]);
  });

  it('reads a peerage as a seat in the House of Lords: a peer is an official, "Lady" alone is a courtesy', () => {
    expect(officialsOf('en', ['Baroness Jane Roe said the bill was flawed.'])).toEqual([['Jane Roe', ['Baroness']]]);
    expect(officialsOf('en', ['It is still the case that Lord Hale remains the sole judge from the north.'])).toEqual([['Hale', ['Lord']]]);
    expect(officialsOf('en', ['Lady Smith opened the fete.'])).toEqual([]);
  });

  it('reads no title from a month after a name in a date', () => {
    expect(officialsOf('en', ['Jane Roe, Minister for Skills, visited on 5 May.', 'In May the college opened.'])).toEqual([['Jane Roe', ['Minister for Skills']]]);
  });
});

describe('officials: a surname opening the article, holders of an office named by example (en)', () => {
  const withTitle = (title: string, lead: string, paragraphs: string[]) =>
    deriveSummary({ ...makeArticle('en', paragraphs, lead), title }).officials.map((o) => [o.name, o.titles, o.rules.includes('person.lead-surname')]);
  const body = ['Thank you. I am delighted to be here today with so many colleagues from across the country.'];

  it('reads the one word before a speaker verb as the surname of the office the headline names', () => {
    expect(withTitle('Health Secretary speech to the Nursing Congress', 'Hale addresses nurses at the annual congress.', body))
      .toEqual([['Hale', ['Health Secretary'], true]]);
    // A surname spelled like a month, before a verb, is a surname.
    expect(withTitle('Home Secretary speech to the Police Federation', 'May addresses the federation at its conference since the May vote.', body))
      .toEqual([['May', ['Home Secretary'], true]]);
  });

  it('needs the headline office and a speaker verb', () => {
    expect(withTitle('A speech to the Nursing Congress', 'Hale addresses nurses at the annual congress.', body)).toEqual([]);
    expect(withTitle('Health Secretary speech to the Nursing Congress', 'Hale and nurses met at the annual congress.', body)).toEqual([]);
    expect(withTitle('Health Secretary speech to the Nursing Congress', 'London hosts the annual congress of nurses.', body)).toEqual([]);
  });

  it('counts a name met bare, as a possessor or a subject, in a paragraph about the holders of an office', () => {
    const s = deriveSummary(makeArticle('en', [
      'PCCs have engaged the public in new ways. In Northshire, Jane Roe has opened a youth panel, and Tom Hale’s work on data has saved time.',
      'Many people like Amy Fox came to the meeting.',
    ]));
    expect(s.officials.map((o) => [o.name, o.titles, o.rules])).toEqual([
      ['Jane Roe', [], ['person.bare-name', 'person.office-group']],
      ['Tom Hale', [], ['person.bare-name', 'person.office-group']],
    ]);
  });

  it('takes no name of a list into the modifiers before "and"', () => {
    expect(officialsOf('en', ['Police are investigating Roe, Hale and Interior Minister Tom Fields.'])).toEqual([['Tom Fields', ['Interior Minister']]]);
    expect(officialsOf('en', ['Hale and Interior Minister Tom Fields met on Monday.'])).toEqual([['Tom Fields', ['Interior Minister']]]);
  });

  it('reads an office after "and" as a second title', () => {
    expect(officialsOf('en', ['Lord Chancellor and Secretary of State for Justice Tom Hale said courts would reopen.']))
      .toEqual([['Tom Hale', ['Lord Chancellor', 'Secretary of State for Justice']]]);
  });

  it('ends a title at a name before "and" and another office', () => {
    expect(officialsOf('en', ['Ambassador to the European Union Jane Roe and Energy Secretary Tom Hale met.']))
      .toEqual([['Jane Roe', ['Ambassador to the European Union']], ['Tom Hale', ['Energy Secretary']]]);
  });

  it('takes no group from a capitalised team name or a relative clause', () => {
    expect(officialsOf('en', ['Senators 4, Wings 3: Tom Hale had two goals and an assist.'])).toEqual([]);
    expect(officialsOf('en', ['Ministers will set up Skills Northtown which will train workers.'])).toEqual([]);
    expect(officialsOf('en', ['Jane Roe has opened a youth panel. PCCs have engaged the public in new ways.'])).toEqual([]);
  });

  it('takes a month for no mention of a person named like it', () => {
    const s = deriveSummary(makeArticle('en', ['Prime Minister Theresa May said the deal was done.', 'Talks resumed in May and again on 5 May.', 'May said later that talks would go on.']));
    expect(s.officials.map((o) => [o.name, o.mentions])).toEqual([['Theresa May', 2]]);
  });
});

describe('officials: a list of participants that ends the page', () => {
  it('reads its last short lines as officials, not as a byline; a lone short last line stays a byline', () => {
    const list = ['The convening included the following state legislators:', 'Kansas State Senator Jane Roe', 'Michigan State Senator Ann Doe', 'Utah State Representative Mary Major', 'Ohio State Representative Lee Minor'];
    expect(officialsOf('en', list).map(([name]) => name)).toEqual(['Jane Roe', 'Ann Doe', 'Mary Major', 'Lee Minor']);
    expect(officialsOf('en', ['Governor Jane Roe opened the bridge on Monday.', 'Senator Ann Doe'])).toEqual([['Jane Roe', ['Governor']]]);
  });
});

describe('officials: US agency offices and shared surnames (en)', () => {
  const filler = ['The meeting was held on Monday in the city hall with many guests from the region.'];
  it.each([
    ['At the meeting, Director of the Northern Safety Bureau (NSB) Tom Hale spoke about fees.', [['Tom Hale', ['Director of the Northern Safety Bureau (NSB)']]]],
    ['Today, Northern Lands Commission (NLC) Vice Chair Jane Roe met builders.', [['Jane Roe', ['Northern Lands Commission (NLC) Vice Chair']]]],
    ['Today, Secretary of Labor Jane Roe and Solicitor of Labor Ann Lee met builders.', [['Jane Roe', ['Secretary of Labor']], ['Ann Lee', ['Solicitor of Labor']]]],
    ['Ambassador Jane Roe, United States Trade Representative, met builders.', [['Jane Roe', ['Ambassador', 'United States Trade Representative']]]],
    ['Ann Lee, National Economic Advisor & Chair of the Northern Council, met builders.', [['Ann Lee', ['National Economic Advisor', 'Chair of the Northern Council']]]],
    ['Today, Vice Chair Jane Roe, Solicitor of Labor Ann Lee, and Tom Hale met builders.', [['Jane Roe', ['Vice Chair']], ['Ann Lee', ['Solicitor of Labor']]]],
    ['Dame Ann Lee, Chair of the Nuclear Research Advisory Board and an adviser, met builders.', [['Ann Lee', ['Dame', 'Chair of the Nuclear Research Advisory Board']]]],
  ])('%s', (text, officials) => {
    expect(officialsOf('en', [text, ...filler])).toEqual(officials);
  });

  it('joins "President Roe" to a later "Tom Roe"', () => {
    expect(officialsOf('en', ['Yesterday, President Roe met the council.', 'Tom Roe said the President would go.'])).toEqual([['Tom Roe', ['President']]]);
  });
});

describe('officials: one person written in two forms (en, person.name-form)', () => {
  it('joins "Joe Roe" to a later "Joseph R. Roe Jr." under the name first written', () => {
    expect(officialsOf('en', ['President Joe Roe met the council on Monday.', 'President Joseph R. Roe Jr. said the talks went well.'])).toEqual([['Joe Roe', ['President']]]);
  });

  it('keeps two names whose initials differ apart ("George W. Roe", "George H. W. Roe")', () => {
    expect(officialsOf('en', ['President George W. Roe met the council on Monday.', 'Former President George H. W. Roe said the talks went well.']).map(([n]) => n)).toEqual(['George W. Roe', 'George H. W. Roe']);
  });

  it('keeps two people who share a surname apart ("Joe Roe", "Jill Roe")', () => {
    expect(officialsOf('en', ['President Joe Roe met the council on Monday.', 'First Lady Jill Roe said the talks went well.'])).toEqual([
      ['Joe Roe', ['President']],
      ['Jill Roe', ['First Lady']],
    ]);
  });
});

describe('officials (vi): election and appointment reports', () => {
  it('reads "X – T1 vào chức danh T2" as both posts (titleBridges between titles)', () => {
    expect(officialsOf('vi', ['Kỳ họp đã bầu đồng chí Lê Văn Ba – Phó Bí thư huyện ủy vào chức danh Chủ tịch Ủy ban nhân dân huyện nhiệm kỳ 2016-2021.']))
      .toEqual([['Lê Văn Ba', ['Phó Bí thư huyện ủy', 'Chủ tịch Ủy ban nhân dân huyện']]]);
  });
  it('ends a title before the reason "do …" (titleTerminators)', () => {
    expect(officialsOf('vi', ['Kỳ họp đã miễn nhiệm đồng chí Lê Văn Ba - nguyên trưởng phòng Tài nguyên và Môi trường do đồng chí được phân công nhiệm vụ mới.']))
      .toEqual([['Lê Văn Ba', ['nguyên trưởng phòng Tài nguyên và Môi trường']]]);
  });
  it('reads the abbreviated chair "Phó CT UBND huyện" as an office', () => {
    expect(officialsOf('vi', ['Đến dự có đồng chí Lê Văn Ba – Phó CT UBND huyện và đại diện các xã.']))
      .toEqual([['Lê Văn Ba', ['Phó CT UBND huyện']]]);
  });
});

describe('officials (en): Australian styles and offices', () => {
  it('reads "The Hon" without its dot as a style, and the Treasurer as an office', () => {
    expect(officialsOf('en', ['The Australian Prime Minister, The Hon Jane Roe MP, has agreed to the plan.', 'The Treasurer, the Hon John Doe MP, welcomed it.']))
      .toEqual([['Jane Roe', ['Australian Prime Minister', 'The Hon', 'MP']], ['John Doe', ['Treasurer', 'the Hon', 'MP']]]);
  });
});

describe('officials (en): a headline naming a delivery', () => {
  it('gives the speaker by title and surname before a capitalised linking word ("Remarks by President Biden Before …")', () => {
    const article = { ...makeArticle('en', ['THE PRESIDENT: Good afternoon. I am urging the people of the area to pay attention and be prepared.']), title: 'Remarks by President Roe Before Virtual FEMA Briefing on the Storm' };
    const s = deriveSummary(article);
    expect(s.officials.map((o) => [o.name, o.titles])).toEqual([['Roe', ['President']]]);
    expect(s.directives.map((d) => d.by)).toEqual(['Roe']);
  });
});

describe('officials (en): a decree signed in capitals (person.signature, signerOfficeFrames)', () => {
  const body = ['By the authority vested in me as President by the Constitution and the laws of the United States, I hereby determine that the program is justified.',
    'I have consulted the Congress on these numbers, as the law asks of me.',
    'You are authorized and directed to publish this determination in the Federal Register.'];
  it('gives the signer the office of "vested in me as"', () => {
    const s = deriveSummary({ ...makeArticle('en', [...body, 'JANE Q. ROE JR.']), title: 'Memorandum for the Secretary of State on Refugee Admissions' });
    expect(s.officials.map((o) => [o.name, o.titles])).toEqual([['JANE Q. ROE JR.', ['President']]]);
    expect(s.directives.map((d) => [d.text, d.by])).toEqual([['directed to publish this determination in the Federal Register', 'JANE Q. ROE JR.']]);
  });
  it('reads no signer without the frame, nor from a closing line in mixed case', () => {
    expect(deriveSummary(makeArticle('en', [body[1]!, body[2]!, 'JANE Q. ROE JR.'])).officials).toEqual([]);
    expect(deriveSummary(makeArticle('en', [...body, 'Jane Roe'])).officials).toEqual([]);
  });
});

describe('officials (en): titles joined by "and" before a bare surname are two people', () => {
  it('gives "The Vice President and Prime Minister Roe welcomed …" only the last title to Roe', () => {
    expect(officialsOf('en', ['Vice President Kamala Harris spoke with Prime Minister Andrew Roe of Jamaica.', 'The Vice President and Prime Minister Roe welcomed progress on the committees.']))
      .toEqual([['Kamala Harris', ['Vice President']], ['Andrew Roe', ['Prime Minister']]]);
  });
  it('leaves a single title before the surname as it was', () => {
    expect(officialsOf('en', ['Vice President Kamala Harris spoke with Prime Minister Andrew Roe of Jamaica.', 'Prime Minister Roe welcomed progress on the committees.']))
      .toEqual([['Kamala Harris', ['Vice President']], ['Andrew Roe', ['Prime Minister']]]);
  });
});

describe('officials (en): Title Case headlines', () => {
  const body = (p: string) => makeArticle('en', [p, 'The event is open to the press, and more details will follow later this week from the press office.']);
  it('ends the name and title at a capitalised verb ("President Roe Announces Fourth Operation Fly Formula Mission")', () => {
    const s = deriveSummary({ ...body('The President spoke about the supply flights on Monday.'), title: 'President Roe Announces Fourth Operation Fly Formula Mission' });
    expect(s.officials.map((o) => [o.name, o.titles])).toEqual([['Roe', ['President']]]);
  });
  it('reads "Remarks by Vice President Roe Encouraging All Americans to …" as the Vice President', () => {
    const s = deriveSummary({ ...body('Thank you all for being here today.'), title: 'Remarks by Vice President Roe Encouraging All Americans to Take Advantage of Critical Tax Credits' });
    expect(s.officials.map((o) => [o.name, o.titles])).toEqual([['Roe', ['Vice President']]]);
  });
  it('keeps the headline\'s holder when the body names the office alone ("President Roe to Sign …" / "the President will host")', () => {
    const s = deriveSummary({ ...body('On Monday, the President will host a bill signing ceremony.'), title: 'President Roe to Sign Bipartisan Infrastructure Act Monday' });
    expect(s.officials.map((o) => [o.name, o.titles])).toEqual([['Roe', ['President']]]);
    expect(deriveSummary({ ...body('On Monday, the ceremony will be held at the Capitol.'), title: 'President Roe to Sign Bipartisan Infrastructure Act Monday' }).officials).toEqual([]);
  });
});

describe('officials (vi): a plural name cue ends a title where a comma is left out', () => {
  it('reads "…, Chủ tịch UBND huyện các đồng chí trong Ban Thường vụ …" as the title alone', () => {
    expect(officialsOf('vi', ['Dự buổi lễ có đồng chí Lê Văn Ba – Phó bí thư Huyện uỷ, Chủ tịch UBND huyện các đồng chí trong Ban Thường vụ Huyện uỷ.']))
      .toEqual([['Lê Văn Ba', ['Phó bí thư Huyện uỷ', 'Chủ tịch UBND huyện']]]);
  });
});

describe('officials (vi): offices listed before one name are all that person\'s', () => {
  it.each([
    ['Tham dự có Ủy viên Bộ Chính trị, Thủ tướng Phạm Minh Chính; đại diện các bộ, ngành.', 'Phạm Minh Chính', ['Ủy viên Bộ Chính trị', 'Thủ tướng']],
    ['Tham dự Lễ công bố có Ủy viên Trung ương Đảng, Phó Chủ tịch nước Đặng Thị Ngọc Thịnh; đại diện các bộ.', 'Đặng Thị Ngọc Thịnh', ['Ủy viên Trung ương Đảng', 'Phó Chủ tịch nước']],
  ])('%s', (text, name, titles) => {
    expect(officialsOf('vi', [text])).toEqual([[name, titles]]);
  });
  it('still gives each of two titled names its own office', () => {
    expect(officialsOf('vi', ['Tham dự có Thủ tướng Phạm Minh Chính, Phó Thủ tướng Trần Hồng Hà.']))
      .toEqual([['Phạm Minh Chính', ['Thủ tướng']], ['Trần Hồng Hà', ['Phó Thủ tướng']]]);
  });
});

describe('officials (vi): a province whose last word is a surname ends the title, not the name ("tỉnh Đắk Nông Nguyễn Bốn")', () => {
  it('reads "Chủ tịch UBND tỉnh Đắk Nông Nguyễn Bốn"', () => {
    expect(officialsOf('vi', ['Chủ tịch UBND tỉnh Đắk Nông Nguyễn Bốn cảm ơn các đại biểu.'])).toEqual([['Nguyễn Bốn', ['Chủ tịch UBND tỉnh Đắk Nông']]]);
  });
});

describe('officials (en): a decree\'s signature the extractor split off as a byline', () => {
  const ps = ['By the authority vested in me as President by the Constitution and the laws of the United States, I hereby determine that the program is justified.',
    'I have consulted the Congress on these numbers, as the law asks of me.',
    'You are authorized and directed to publish this determination in the Federal Register.'];
  const article = (byline: string, paragraphs = ps) => ({ ...makeArticle('en', paragraphs), byline, title: 'Memorandum for the Secretary of State on Refugee Admissions' });
  it('is read back as the closing paragraph: the signer holds the office and issues the directive', () => {
    const s = deriveSummary(article('JANE Q. ROE JR.'));
    expect(s.officials.map((o) => [o.name, o.titles])).toEqual([['JANE Q. ROE JR.', ['President']]]);
    expect(s.directives.map((d) => d.by)).toEqual(['JANE Q. ROE JR.']);
    expect(s.byline).toBeNull();
  });
  it('stays a byline without the frame, or in mixed case', () => {
    expect(deriveSummary(article('JANE Q. ROE JR.', ps.slice(1))).byline).toBe('JANE Q. ROE JR.');
    expect(deriveSummary(article('Jane Roe')).byline).toBe('Jane Roe');
  });
});
