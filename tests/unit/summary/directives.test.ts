import { describe, expect, it } from 'vitest';
import { deriveSummary } from '../../../lib/summary';
import { makeArticle } from './make-article';

const directivesOf = (lang: string, paragraphs: string[]) => deriveSummary(makeArticle(lang, paragraphs)).directives;

describe('directives: Vietnamese', () => {
  it.each([
    ['Chủ tịch UBND tỉnh Lê Hồng Vinh giao Sở Y tế khẩn trương rà soát các cơ sở khám bệnh.', 'giao', 'Lê Hồng Vinh', 'Sở Y tế'],
    ['Đồng chí Nguyễn Đức Trung - Bí thư Tỉnh ủy yêu cầu các cấp ủy phải tập trung chỉ đạo.', 'yêu cầu', 'Nguyễn Đức Trung', 'các cấp ủy'],
    ['UBND tỉnh đề nghị các địa phương chủ động phòng chống bão.', 'đề nghị', 'UBND tỉnh', 'các địa phương'],
  ])('%s', (text, cue, by, to) => {
    const [d] = directivesOf('vi', [text]);
    expect(d).toMatchObject({ cue, by, to });
  });

  it.each([
    ['Qua đó, ngành đáp ứng được yêu cầu, nhiệm vụ đặt ra.'],
    ['Tình hình giao thông trên địa bàn ổn định.'],
    ['Việc sắp xếp bộ máy là cần thiết.'],
    ['Nghệ An được Ban Tổ chức Trung ương đánh giá cao trên nhiều mặt công tác.'],
    ['Thực hiện theo yêu cầu của cấp trên, xã đã hoàn thành.'],
    ['Người dân đã phải sơ tán khỏi vùng lũ.'],
    ['Công tác đào tạo đã được triển khai theo đúng mục tiêu, yêu cầu tại đề án đào tạo của ngành.'],
  ])('not a directive: %s', (text) => {
    expect(directivesOf('vi', [text])).toEqual([]);
  });

  it('carries a speech frame over the following paragraphs until a new speaker', () => {
    const ds = directivesOf('vi', [
      'Phát biểu kết luận, đồng chí Nguyễn Đức Trung - Bí thư Tỉnh ủy nhấn mạnh một số nhiệm vụ.',
      'Các cấp ủy cần tiếp tục rà soát nhân sự.',
      'Ngành y tế phải bảo đảm thuốc men; tăng cường kiểm tra.',
      'Phát biểu tại hội nghị, đồng chí Lê Hồng Vinh - Phó Chủ tịch UBND tỉnh đề nghị các sở chủ động.',
    ]);
    expect(ds.map((d) => [d.by, d.to])).toEqual([
      ['Nguyễn Đức Trung', 'Các cấp ủy'],
      ['Nguyễn Đức Trung', 'Ngành y tế'],
      ['Lê Hồng Vinh', 'các sở'],
    ]);
    expect(ds[1]?.text).toBe('Ngành y tế phải bảo đảm thuốc men; tăng cường kiểm tra');
  });

  it('splits clauses that carry their own cue', () => {
    const ds = directivesOf('vi', ['Đồng chí Nguyễn Đức Trung - Bí thư Tỉnh ủy nhấn mạnh: các sở cần rà soát thủ tục; các xã phải công khai ngân sách.']);
    expect(ds.map((d) => d.to)).toEqual(['các sở', 'các xã']);
  });

  it('lists a lead that restates the body once', () => {
    const s = deriveSummary(makeArticle('vi', [
      'Đồng chí Nguyễn Đức Trung - Bí thư Tỉnh ủy yêu cầu các sở phải hoàn thành cải cách thủ tục trước tháng 6.',
    ], 'Bí thư Tỉnh ủy Nguyễn Đức Trung yêu cầu các sở phải hoàn thành cải cách thủ tục trước tháng 6.'));
    expect(s.directives).toHaveLength(1);
  });
});

describe('directives: a government dispatch whose tasks follow in paragraphs (vi)', () => {
  const dispatch = [
    'Thủ tướng Chính phủ Phạm Minh Chính vừa ký Công điện số 170/CĐ-TTg ngày 23/2/2022 gửi các Bộ trưởng về việc tiêm vaccine.',
    'Công điện nêu rõ, thời gian qua, tình hình dịch bệnh vẫn trong tầm kiểm soát, Thủ tướng Chính phủ đã nêu ra một số yêu cầu.',
    'Các cơ quan, các bộ, ngành giữ vững bản lĩnh, tuyệt đối không chủ quan, lơ là trong phòng chống dịch; tiếp tục thực hiện nghiêm các mục tiêu đã được Chính phủ đề ra.',
    'Chủ tịch UBND tỉnh phối hợp chặt chẽ với các bộ, ngành tổ chức thực hiện: Đẩy mạnh việc tiêm vaccine mũi thứ 3; tiêm mũi thứ 2 cho trẻ em; chuẩn bị sẵn sàng mọi điều kiện để tiêm chủng cho trẻ em.',
  ];
  it('keeps the dispatch\'s frame over its own statement ("Công điện nêu rõ, thời gian qua …") and a past form in a later task', () => {
    expect(directivesOf('vi', dispatch).map((d) => d.by)).toEqual(Array(5).fill('Phạm Minh Chính'));
  });
  it('reads a long office in syllables as the subject of a task, and no thanks as one', () => {
    const ds = directivesOf('vi', [...dispatch.slice(0, 2), 'Chủ tịch UBND tỉnh thành phố trực thuộc Trung ương phối hợp chặt chẽ với các bộ, ngành tổ chức tiêm vaccine an toàn.',
      'Tổng biên tập Báo Quân đội nhân dân bày tỏ cảm ơn sự chỉ đạo của các cấp lãnh đạo.']);
    expect(ds.map((d) => d.to)).toEqual(['Chủ tịch UBND tỉnh thành phố trực thuộc Trung ương']);
  });
  it('lists nothing from a section title between paragraphs (directive.drop.subheading)', () => {
    const ds = directivesOf('vi', [...dispatch, 'Khẩn trương thực hiện hợp đồng mua vaccine cho trẻ em', 'Bộ Y tế khẩn trương thực hiện hợp đồng mua vaccine cho trẻ em từ 5 tuổi đến dưới 12 tuổi.']);
    expect(ds.map((d) => d.text)).not.toContain('Khẩn trương thực hiện hợp đồng mua vaccine cho trẻ em');
    expect(ds.at(-1)?.text).toMatch(/^Bộ Y tế khẩn trương thực hiện hợp đồng/);
  });
  it('reads an office as a task\'s subject and each ";" clause opening with an action verb as a task (directive.list-task)', () => {
    const ds = directivesOf('vi', dispatch);
    expect(ds.map((d) => [d.text, d.rules[0]])).toEqual([
      ['Các cơ quan, các bộ, ngành giữ vững bản lĩnh, tuyệt đối không chủ quan, lơ là trong phòng chống dịch', 'cue.obligation'],
      ['tiếp tục thực hiện nghiêm các mục tiêu đã được Chính phủ đề ra', 'directive.list-task'],
      ['Chủ tịch UBND tỉnh phối hợp chặt chẽ với các bộ, ngành tổ chức thực hiện: Đẩy mạnh việc tiêm vaccine mũi thứ 3', 'directive.frame-task'],
      ['tiêm mũi thứ 2 cho trẻ em', 'directive.clause-split'],
      ['chuẩn bị sẵn sàng mọi điều kiện để tiêm chủng cho trẻ em', 'directive.list-task'],
    ]);
    expect(ds.find((d) => d.text.startsWith('Chủ tịch'))?.to).toBe('Chủ tịch UBND tỉnh');
  });
});

describe('directives: quote marks', () => {
  it('drop a closing quote whose opening lies outside the item, and keep a quote the item holds whole', () => {
    const [quoted] = directivesOf('vi', ['Trung tướng Lê Văn Thành nhấn mạnh: “Các đồng chí phải luôn giữ vững kỷ luật, sẵn sàng chiến đấu”.']);
    expect(quoted?.text).toBe('Các đồng chí phải luôn giữ vững kỷ luật, sẵn sàng chiến đấu');
    const said = directivesOf('vi', ['Trung tướng Lê Văn Thành nói: “Trong dịp này, tôi đề nghị các đồng chí giữ vững kỷ luật, sẵn sàng chiến đấu”, Trung tướng Lê Văn Thành nhấn mạnh.']);
    expect(said.map((d) => d.text)).toEqual(['đề nghị các đồng chí giữ vững kỷ luật, sẵn sàng chiến đấu']);
    const [inner] = directivesOf('vi', ['Chủ tịch UBND tỉnh Lê Văn Thành yêu cầu các đơn vị thực hiện nghiêm phương châm “bốn tại chỗ”.']);
    expect(inner?.text).toBe('yêu cầu các đơn vị thực hiện nghiêm phương châm “bốn tại chỗ”');
  });
});

describe('directives: Vietnamese frames and issuers', () => {
  const FRAME = 'Phát biểu kết luận, đồng chí Nguyễn Văn Hùng - Bí thư Tỉnh ủy nhấn mạnh một số nội dung.';

  it.each([
    ['Đất nước cần một đội ngũ chuyên gia giỏi.'],
    ['Giá vàng giao ngay tăng 10 USD mỗi lượng.'],
    ['Theo ông, đây là bất cập lớn, cần sửa đổi.'],
    ['Ông Nguyễn Văn Hùng nói đây là bất cập lớn, cần sửa đổi.'],
    ['Đây là hành vi bị nghiêm cấm trong đầu tư công.'],
    ['Dự án mở rộng nên có yêu cầu phải điều chỉnh thiết kế.'],
    ['Sau đó, Sở Y tế đã phối hợp với các bệnh viện tổ chức tập huấn.'],
    // A place's name is no cue word ("Cần").
    ['Văn bản nêu rõ, 24 thương nhân không xuất khẩu gạo, bao gồm: An Giang (5), Cần Thơ (2).'],
  ])('not a directive inside a speech frame: %s', (text) => {
    expect(directivesOf('vi', [FRAME, text])).toEqual([]);
  });

  it.each([
    ['Các nhà báo hãy giữ vững ngọn lửa nghề.', 'hãy', 'Các nhà báo'],
    ['Cụ thể, Sở Công Thương chủ trì, phối hợp với các huyện kiểm tra giá phân bón.', 'chủ trì', 'Sở Công Thương'],
    ['Ngoài việc theo dõi thị trường, Sở Tài chính phối hợp với các huyện bình ổn giá.', 'phối hợp', 'Sở Tài chính'],
    ['Sở Nội vụ được giao, rà soát biên chế các đơn vị.', 'được giao', 'Sở Nội vụ'],
  ])('a task inside the frame is the speaker\'s: %s', (text, cue, to) => {
    const ds = directivesOf('vi', [FRAME, text]);
    expect(ds).toHaveLength(1);
    expect(ds[0]).toMatchObject({ cue, by: 'Nguyễn Văn Hùng', to });
  });

  it('takes no task sentence outside a directive frame', () => {
    expect(directivesOf('vi', ['Sở Công Thương chủ trì, phối hợp với các huyện kiểm tra giá phân bón.'])).toEqual([]);
  });

  it('keeps the speaker across a salutation that names someone else', () => {
    const ds = directivesOf('vi', [
      FRAME,
      'Kính thưa đồng chí Trần Văn Nam - Chủ tịch UBND tỉnh, tôi xin nhấn mạnh một điều.',
      'Các cơ quan báo chí cần đổi mới nội dung.',
    ]);
    expect(ds.map((d) => d.by)).toEqual(['Nguyễn Văn Hùng']);
  });

  it('continues a ";" clause that opens with a verb', () => {
    const ds = directivesOf('vi', ['Đồng chí Nguyễn Văn Hùng - Bí thư Tỉnh ủy yêu cầu các sở rà soát hồ sơ; nghiên cứu và khẩn trương báo cáo kết quả.']);
    expect(ds).toHaveLength(1);
    expect(ds[0]?.text).toContain('khẩn trương báo cáo kết quả');
  });

  it.each([
    ['Sau buổi làm việc, Chủ tịch UBND tỉnh đã chỉ đạo Sở Xây dựng kiểm tra các công trình.', 'Chủ tịch UBND tỉnh', 'Sở Xây dựng'],
    ['Từ kết quả kiểm tra, Sở Tài chính đề nghị các huyện rà soát nguồn vốn.', 'Sở Tài chính', 'các huyện'],
  ])('an unnamed office or an organisation after an opening phrase issues it: %s', (text, by, to) => {
    expect(directivesOf('vi', [text])[0]).toMatchObject({ by, to });
  });

  it('lets an issuing organisation speak on when no person does', () => {
    const ds = directivesOf('vi', [
      'Từ kết quả kiểm tra, Sở Tài chính đề nghị các huyện rà soát nguồn vốn.',
      'Giao Phòng Tài chính các huyện tổng hợp số liệu trước tháng 6.',
    ]);
    expect(ds.map((d) => d.by)).toEqual(['Sở Tài chính', 'Sở Tài chính']);
  });

  it('keeps the fuller body wording of a lead restatement and the lead\'s issuer', () => {
    const s = deriveSummary(makeArticle('vi', [
      'Cục Hàng hải chỉ đạo các cảng bảo đảm an toàn tuyệt đối cho tàu thuyền trong mùa mưa bão năm nay.',
    ], 'Đồng chí Nguyễn Văn Hùng - Bộ trưởng giao Cục Hàng hải chỉ đạo các cảng bảo đảm an toàn cho tàu thuyền.'));
    expect(s.directives).toHaveLength(1);
    expect(s.directives[0]?.text).toContain('mùa mưa bão');
    expect(s.directives[0]?.by).toBe('Nguyễn Văn Hùng');
  });
});

describe('directives: English', () => {
  it.each([
    ['President Joe Biden ordered federal agencies to review their security plans.', 'ordered', 'Joe Biden', 'federal agencies'],
    ['Secretary of State Antony Blinken urged both sides to return to talks.', 'urged', 'Antony Blinken', 'both sides'],
    ['The ministry instructed schools to close early.', 'instructed', 'The ministry', 'schools'],
  ])('%s', (text, cue, by, to) => {
    const [d] = directivesOf('en', [text]);
    expect(d).toMatchObject({ cue, by, to });
  });

  it.each([
    ['The airline ordered 100 jets from Boeing.'],
    ['He told reporters the talks went well.'],
    ['Analysts asked whether rates would rise.'],
    ['The film was directed by a newcomer.'],
    ['It must have been a mistake, the report said.'],
    ['Senator Jane Roe pressed the minister about whether the plan to cut taxes was dead.'],
    ['Most of the questions were directed at Governor John Doe.'],
    ['Governor John Doe declined to give advice on how any tax, trade or budget plan should be structured.'],
  ])('not a directive: %s', (text) => {
    expect(directivesOf('en', [text])).toEqual([]);
  });

  it('reads "calling on X to" as a directive', () => {
    expect(directivesOf('en', ['Mayor Jane Roe is calling on residents to conserve water this summer.'])[0]).toMatchObject({ by: 'Jane Roe', to: 'residents' });
  });

  it('gives the obligations of a "Remarks of" speech to its speaker', () => {
    const ds = directivesOf('en', ['Remarks of Vice President Joe Biden', 'Students must keep up their grades.']);
    expect(ds).toEqual([expect.objectContaining({ by: 'Joe Biden', to: 'Students' })]);
  });

  it('replaces a short lead restatement with the fuller body directive', () => {
    const s = deriveSummary(makeArticle('en', [
      'President Joe Biden urged other Americans with student debt to apply for relief using the online form.',
    ], 'The president urged Americans to apply for relief.'));
    expect(s.directives).toHaveLength(1);
    expect(s.directives[0]?.text).toContain('online form');
    expect(s.directives[0]?.by).toBe('Joe Biden');
  });
});

describe('directives: English reports with "that"', () => {
  it.each([
    ['Minister Tom Reyes told reporters that he tried to reach the mayor.', 0],
    ['Minister Tom Reyes told the mayor that the city failed to act.', 0],
    ['Minister Tom Reyes told city officials to close the schools.', 1],
  ])('%s', (text, n) => {
    expect(directivesOf('en', [text])).toHaveLength(n);
  });
});

describe('directives (vi): the items of a colon task list', () => {
  it('drops the intro "… các nhiệm vụ sau:", splits each item at ";" and takes a worded item that names an official', () => {
    const d = directivesOf('vi', [
      'Phó Thủ tướng Lê Văn Nam yêu cầu các bộ, ngành tập trung thực hiện tốt các nhiệm vụ sau:',
      'Thứ nhất, quán triệt nghiêm các chỉ đạo của Thủ tướng Chính phủ về phòng, chống buôn lậu.',
      'Thứ hai, hoàn thiện thể chế; rà soát, sửa đổi các quy định còn bất cập.',
    ]);
    expect(d.map((x) => [x.text, x.by])).toEqual([
      ['quán triệt nghiêm các chỉ đạo của Thủ tướng Chính phủ về phòng, chống buôn lậu', 'Lê Văn Nam'],
      ['hoàn thiện thể chế', 'Lê Văn Nam'],
      ['rà soát, sửa đổi các quy định còn bất cập', 'Lê Văn Nam'],
    ]);
  });
});

describe('directives (vi): an organisation\'s tasks split at ";" where each opens with a verb', () => {
  it('gives one item per verb-led ";" task of a ministry, and none for "văn bản chỉ đạo" (a noun)', () => {
    const d = directivesOf('vi', [
      'Bộ Y tế đề nghị các địa phương rà soát nhân lực y tế cơ sở.',
      'Tăng cường giám sát người nhiễm tại nhà; chủ động dự phòng thuốc điều trị cho trạm y tế.',
      'Văn phòng Bộ đã tham mưu ban hành các văn bản chỉ đạo điều hành công tác phòng dịch.',
    ]);
    expect(d.map((x) => [x.text, x.by])).toEqual([
      ['đề nghị các địa phương rà soát nhân lực y tế cơ sở', 'Bộ Y tế'],
      ['Tăng cường giám sát người nhiễm tại nhà', 'Bộ Y tế'],
      ['chủ động dự phòng thuốc điều trị cho trạm y tế', 'Bộ Y tế'],
    ]);
  });
});

describe('directives (vi): a negated quality and a citizen\'s petition as a noun order nothing', () => {
  it('"không được thuận lợi" and "kiến nghị của công dân" give no item', () => {
    const d = directivesOf('vi', [
      'Chủ tịch UBND tỉnh Lê Văn Nam cho biết: thời gian qua, dù thời tiết không được thuận lợi, các lực lượng đã luyện tập tốt.',
      'Ông Lê Văn Nam khẳng định tỉnh luôn lắng nghe các khiếu nại, kiến nghị của công dân theo hướng có lợi cho dân.',
    ]);
    expect(d).toEqual([]);
  });
});

describe('directives (vi): "khuyến khích" encourages, except as an aim inside a purpose clause', () => {
  it('a ministry\'s encouragement is a task; "để tôn vinh …, khuyến khích …" is an aim', () => {
    const d = directivesOf('vi', [
      'Bộ Y tế đề nghị các địa phương rà soát nhân lực. Đồng thời khuyến khích thành lập các đội tình nguyện hỗ trợ người bệnh.',
      'Chủ tịch UBND tỉnh Lê Văn Nam cho biết liên hoan là dịp để tôn vinh các tác phẩm xuất sắc, khuyến khích sáng tạo của người làm báo.',
    ]);
    expect(d.map((x) => x.text)).toEqual(['đề nghị các địa phương rà soát nhân lực', 'khuyến khích thành lập các đội tình nguyện hỗ trợ người bệnh']);
  });
});

describe('directives (vi): "hậu cần" (logistics) holds no obligation marker', () => {
  it('"Phòng Hậu cần", "bảo đảm hậu cần" give no item', () => {
    expect(directivesOf('vi', ['Đại úy Hoàng Văn Nam, nhân viên Phòng Hậu cần chia sẻ về công tác bảo đảm hậu cần cho bộ đội.'])).toEqual([]);
  });
});
