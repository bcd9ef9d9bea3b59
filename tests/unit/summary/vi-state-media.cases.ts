// A Vietnamese state/provincial-media test set written for this suite (not copied from any page):
// eighteen short reports in the style of Báo Nghệ An / Báo Chính phủ (the last six, on task lists that
// inherit their frame's issuer, were added later), with the brief a demanding analyst expects written down BEFORE the engine was run on them. Names are invented, except
// national leaders in their real roles. Read by vi-state-media.test.ts.

export interface ExpectedOfficial {
  name: string;
  /** Titles in order; an inner array lists the acceptable wordings of one title. */
  titles: (string | string[])[];
}

export interface ExpectedDirective {
  /** A span the directive's text must contain. */
  has: string;
  /** The issuer; an array lists acceptable wordings of an unnamed office ("Thủ tướng" / "Thủ tướng Chính phủ"). */
  by: string | null | string[];
  to?: string | null;
  /** A span the same item must not contain: the next ";"-separated task is an item of its own. */
  without?: string;
}

export interface Case {
  slug: string;
  lead: string;
  paragraphs: string[];
  officials: ExpectedOfficial[];
  /** Every figure's text; an inner array lists acceptable wordings. Nothing else may be listed, except `figuresMay`. */
  figures: (string | string[])[];
  /** Figures an analyst may or may not list (ranks in passing, minor counts). */
  figuresMay?: string[];
  directives: ExpectedDirective[];
  /** Extra directive items tolerated (a frame sentence that introduces a list). */
  directivesSlack?: number;
  /** Spans that must not be listed as a directive. */
  notDirectives?: string[];
  /** Document codes (or text prefixes for uncoded documents). */
  documents: string[];
}

export const CASES: Case[] = [
  {
    slug: 'ubnd-phien-hop-thuong-ky',
    lead: 'Sáng 28/5, UBND tỉnh tổ chức phiên họp thường kỳ tháng 5/2024 để đánh giá tình hình kinh tế - xã hội.',
    paragraphs: [
      'Đồng chí Lê Văn Thạch - Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh chủ trì phiên họp. Cùng dự có các đồng chí Phó Chủ tịch UBND tỉnh; lãnh đạo các sở, ban, ngành cấp tỉnh.',
      'Theo báo cáo của Sở Tài chính, 5 tháng đầu năm, tổng thu ngân sách nhà nước trên địa bàn ước đạt 8.250 tỷ đồng, bằng 52% dự toán, tăng 12,3% so với cùng kỳ. Giải ngân vốn đầu tư công đạt 3.114 tỷ đồng, bằng 41,5% kế hoạch.',
      'Kết luận phiên họp, Chủ tịch UBND tỉnh nhấn mạnh các sở, ngành phải bám sát kịch bản tăng trưởng, phấn đấu GRDP cả năm đạt 9,5%.',
      'Chủ tịch UBND tỉnh giao Sở Y tế chủ trì, phối hợp với Sở Tài chính rà soát nhu cầu thuốc, vật tư y tế, hoàn thành trước ngày 30/6.',
      'Đồng chí yêu cầu UBND các huyện, thành phố, thị xã khẩn trương hoàn thiện hồ sơ giải phóng mặt bằng các dự án trọng điểm; không để chậm tiến độ.',
      'Đối với 27 dự án chậm giải ngân, giao Sở Kế hoạch và Đầu tư tổng hợp, báo cáo UBND tỉnh trước ngày 15/6.',
      'Thành Duy',
    ],
    officials: [{ name: 'Lê Văn Thạch', titles: ['Phó Bí thư Tỉnh ủy', 'Chủ tịch UBND tỉnh'] }],
    figures: [['ước đạt 8.250 tỷ đồng', '8.250 tỷ đồng'], '52%', '12,3%', '3.114 tỷ đồng', '41,5%', '9,5%', '27'],
    directives: [
      { has: 'các sở, ngành phải bám sát kịch bản tăng trưởng', by: 'Lê Văn Thạch', to: 'các sở, ngành' },
      { has: 'Sở Y tế chủ trì, phối hợp với Sở Tài chính rà soát nhu cầu thuốc', by: 'Lê Văn Thạch', to: 'Sở Y tế' },
      { has: 'khẩn trương hoàn thiện hồ sơ giải phóng mặt bằng', by: 'Lê Văn Thạch', to: 'UBND các huyện, thành phố, thị xã' },
      { has: 'Sở Kế hoạch và Đầu tư tổng hợp', by: 'Lê Văn Thạch', to: 'Sở Kế hoạch và Đầu tư' },
    ],
    directivesSlack: 1,
    notDirectives: ['tổng thu ngân sách'],
    documents: [],
  },
  {
    slug: 'dai-hoi-dang-bo-huyen',
    lead: 'Ngày 12/6, Đảng bộ huyện Thanh Chương tổ chức Đại hội đại biểu lần thứ XXVI, nhiệm kỳ 2025 - 2030. 285 đại biểu đại diện cho gần 12.600 đảng viên trong toàn Đảng bộ về dự.',
    paragraphs: [
      'Dự đại hội có các đồng chí: Hoàng Minh Tuấn - Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy; Phan Thị Hằng - Tỉnh ủy viên, Phó Chủ tịch HĐND tỉnh; Đại tá Trịnh Quốc Hưng - Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh.',
      'Nhiệm kỳ qua, Đảng bộ huyện đạt và vượt 22/25 chỉ tiêu chủ yếu; thu nhập bình quân đầu người đạt 52,8 triệu đồng/năm; tỷ lệ hộ nghèo giảm còn 3,15%. Toàn huyện có 04 đảng bộ xã đạt chuẩn nông thôn mới nâng cao.',
      'Phát biểu chỉ đạo đại hội, đồng chí Hoàng Minh Tuấn đề nghị Đảng bộ huyện tập trung xây dựng đội ngũ cán bộ đủ phẩm chất, năng lực, uy tín.',
      'Đồng chí Trưởng Ban Tổ chức Tỉnh ủy lưu ý một số nhiệm vụ trọng tâm:',
      'Một là, giữ vững đoàn kết nội bộ, phát huy vai trò nêu gương của người đứng đầu.',
      'Hai là, phát huy lợi thế cây chè, cây ăn quả, phấn đấu đến năm 2030 tỷ lệ che phủ rừng đạt 57%.',
      'Đại hội đã bầu 45 đồng chí vào Ban Chấp hành Đảng bộ huyện khóa XXVI. Hội nghị lần thứ nhất Ban Chấp hành đã bầu đồng chí Lê Quang Nghĩa giữ chức Bí thư Huyện ủy Thanh Chương.',
    ],
    officials: [
      { name: 'Hoàng Minh Tuấn', titles: ['Ủy viên Ban Thường vụ Tỉnh ủy', 'Trưởng Ban Tổ chức Tỉnh ủy'] },
      { name: 'Phan Thị Hằng', titles: ['Tỉnh ủy viên', 'Phó Chủ tịch HĐND tỉnh'] },
      { name: 'Trịnh Quốc Hưng', titles: ['Đại tá', 'Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh'] },
      { name: 'Lê Quang Nghĩa', titles: ['Bí thư Huyện ủy Thanh Chương'] },
    ],
    figures: ['285', 'gần 12.600', '22/25', ['52,8 triệu đồng/năm', '52,8 triệu đồng'], ['3,15%', 'còn 3,15%'], '04', '57%', '45'],
    directives: [
      { has: 'Đảng bộ huyện tập trung xây dựng đội ngũ cán bộ', by: 'Hoàng Minh Tuấn', to: 'Đảng bộ huyện' },
      { has: 'giữ vững đoàn kết nội bộ', by: 'Hoàng Minh Tuấn' },
      { has: 'phát huy lợi thế cây chè', by: 'Hoàng Minh Tuấn' },
    ],
    directivesSlack: 1,
    documents: [],
  },
  {
    slug: 'cong-dien-thu-tuong-bao',
    lead: 'Thủ tướng Chính phủ Phạm Minh Chính vừa ký Công điện số 85/CĐ-TTg ngày 17/9/2024 về việc chủ động ứng phó với bão số 4.',
    paragraphs: [
      'Công điện nêu rõ, bão số 4 có thể gây mưa lớn từ 200 - 400 mm tại các tỉnh Bắc Trung Bộ, nguy cơ cao xảy ra lũ quét, sạt lở đất.',
      'Để chủ động ứng phó, Thủ tướng yêu cầu Chủ tịch UBND các tỉnh, thành phố từ Thanh Hóa đến Quảng Trị:',
      '1. Tổ chức kêu gọi, hướng dẫn tàu thuyền còn hoạt động trên biển di chuyển vào nơi tránh trú an toàn; kiên quyết không để người ở lại trên tàu khi bão đổ bộ.',
      '2. Sơ tán người dân ở khu vực nguy hiểm, hoàn thành trước 17 giờ ngày 18/9.',
      'Bộ Nông nghiệp và Môi trường chủ trì, phối hợp với các bộ, ngành theo dõi chặt chẽ diễn biến của bão, chỉ đạo vận hành an toàn các hồ chứa thủy lợi.',
      'Bộ Quốc phòng, Bộ Công an chỉ đạo các đơn vị đóng quân trên địa bàn chủ động bố trí lực lượng, phương tiện sẵn sàng hỗ trợ sơ tán dân.',
      'Năm 2023, thiên tai làm 165 người chết và mất tích, thiệt hại về tài sản khoảng 19.000 tỷ đồng.',
    ],
    officials: [{ name: 'Phạm Minh Chính', titles: ['Thủ tướng Chính phủ'] }],
    figures: ['200 - 400 mm', '165', 'khoảng 19.000 tỷ đồng'],
    directives: [
      { has: 'hướng dẫn tàu thuyền còn hoạt động trên biển', by: 'Phạm Minh Chính', without: 'kiên quyết không để người' },
      // A ";" task of an item of the colon list is an item of its own (tests/labels/README.md).
      { has: 'kiên quyết không để người ở lại trên tàu', by: 'Phạm Minh Chính' },
      { has: 'Sơ tán người dân ở khu vực nguy hiểm', by: 'Phạm Minh Chính' },
      { has: 'Bộ Nông nghiệp và Môi trường chủ trì', by: 'Phạm Minh Chính' },
      { has: 'chủ động bố trí lực lượng, phương tiện', by: 'Phạm Minh Chính' },
    ],
    directivesSlack: 1,
    notDirectives: ['thiên tai làm 165 người'],
    documents: ['85/CĐ-TTg'],
  },
  {
    slug: 'kiem-tra-du-an-ven-bien',
    lead: 'Chiều 3/7, đồng chí Nguyễn Khắc Bình - Phó Chủ tịch UBND tỉnh dẫn đầu đoàn công tác kiểm tra tiến độ dự án đường ven biển đoạn qua thị xã Hoàng Mai.',
    paragraphs: [
      'Cùng đi có lãnh đạo Sở Xây dựng, Sở Nông nghiệp và Môi trường, UBND thị xã Hoàng Mai.',
      'Phó Chủ tịch UBND tỉnh Nguyễn Khắc Bình kiểm tra thực địa tại công trường. Ảnh: Việt Hùng',
      'Theo báo cáo của chủ đầu tư, dự án có tổng chiều dài 28,6 km, tổng mức đầu tư 2.617 tỷ đồng. Đến nay, đơn vị thi công mới hoàn thành khoảng 64% khối lượng; còn 137 hộ dân chưa bàn giao mặt bằng.',
      'Ông Trần Đình Khoa, Giám đốc Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh cho biết, nguyên nhân chậm chủ yếu do thiếu vật liệu đắp nền.',
      'Phát biểu tại buổi kiểm tra, Phó Chủ tịch UBND tỉnh Nguyễn Khắc Bình yêu cầu UBND thị xã Hoàng Mai khẩn trương hoàn thành giải phóng mặt bằng trước ngày 30/8.',
      '“Nhà thầu phải tăng ca, bố trí thêm mũi thi công, không để công trình tiếp tục chậm tiến độ” - đồng chí Nguyễn Khắc Bình nhấn mạnh.',
      'Phó Chủ tịch UBND tỉnh cũng giao Sở Xây dựng hướng dẫn thủ tục cấp phép mỏ vật liệu, báo cáo kết quả về UBND tỉnh trong tháng 7/2025.',
    ],
    officials: [
      { name: 'Nguyễn Khắc Bình', titles: ['Phó Chủ tịch UBND tỉnh'] },
      { name: 'Trần Đình Khoa', titles: ['Giám đốc Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh'] },
    ],
    figures: ['28,6 km', '2.617 tỷ đồng', 'khoảng 64%', '137'],
    directives: [
      { has: 'UBND thị xã Hoàng Mai khẩn trương hoàn thành giải phóng mặt bằng', by: 'Nguyễn Khắc Bình', to: 'UBND thị xã Hoàng Mai' },
      { has: 'Nhà thầu phải tăng ca', by: 'Nguyễn Khắc Bình' },
      { has: 'Sở Xây dựng hướng dẫn thủ tục cấp phép mỏ vật liệu', by: 'Nguyễn Khắc Bình', to: 'Sở Xây dựng' },
    ],
    notDirectives: ['nguyên nhân chậm'],
    documents: [],
  },
  {
    slug: 'bao-cao-kinh-te-6-thang',
    lead: 'Kinh tế Nghệ An 6 tháng đầu năm 2025 tăng trưởng khá, GRDP ước tăng 8,16%, xếp thứ 12/34 tỉnh, thành phố.',
    paragraphs: [
      'Theo Cục Thống kê tỉnh, tổng thu ngân sách nhà nước 6 tháng ước đạt 13.520 tỷ đồng, bằng 71,2% dự toán, tăng 18,6% so với cùng kỳ.',
      'Vốn đầu tư toàn xã hội đạt khoảng 48.300 tỷ đồng; thu hút đầu tư nước ngoài (FDI) đạt 1,05 tỷ USD, đứng thứ 6 cả nước.',
      'Kim ngạch xuất khẩu ước đạt 2,3 tỷ USD, tăng 15% so với cùng kỳ; chỉ số giá tiêu dùng (CPI) bình quân tăng 3,2%.',
      'Tính đến ngày 30/6, giải ngân vốn đầu tư công mới đạt 38,4% kế hoạch vốn Thủ tướng giao, thấp hơn bình quân cả nước.',
      'Toàn tỉnh có 1.245 doanh nghiệp thành lập mới, tăng 9,1%; 312 doanh nghiệp quay trở lại hoạt động.',
      'Để đạt mục tiêu tăng trưởng cả năm 10,5% theo Nghị quyết số 45/NQ-HĐND của HĐND tỉnh, các ngành cần tập trung tháo gỡ khó khăn cho doanh nghiệp, đẩy mạnh giải ngân vốn đầu tư công.',
    ],
    officials: [],
    figures: [
      ['ước tăng 8,16%', '8,16%'], ['12/34', 'thứ 12/34'], ['ước đạt 13.520 tỷ đồng', '13.520 tỷ đồng'], '71,2%', '18,6%',
      'khoảng 48.300 tỷ đồng', '1,05 tỷ USD', ['ước đạt 2,3 tỷ USD', '2,3 tỷ USD'], '15%', '3,2%', '38,4%', '1.245', '9,1%', '312', '10,5%',
    ],
    figuresMay: ['6', 'thứ 6'],
    directives: [],
    notDirectives: ['Thủ tướng giao'],
    documents: ['45/NQ-HĐND'],
  },
  {
    slug: 'cong-an-tinh-trien-khai-nhiem-vu',
    lead: 'Ngày 8/1, Công an tỉnh Nghệ An tổ chức Hội nghị triển khai nhiệm vụ năm 2025.',
    paragraphs: [
      'Đại tá Phùng Văn Khải, Giám đốc Công an tỉnh chủ trì hội nghị. Dự hội nghị có đồng chí Nguyễn Hữu Phúc, Phó Chủ tịch UBND tỉnh.',
      'Năm 2024, lực lượng Công an toàn tỉnh đã điều tra, khám phá 1.582 vụ phạm pháp hình sự, đạt tỷ lệ 91,3%; bắt giữ 2.104 đối tượng phạm tội về ma túy, thu giữ 86,5 kg ma túy tổng hợp.',
      'Tai nạn giao thông giảm trên cả 3 tiêu chí: giảm 42 vụ, giảm 27 người chết.',
      'Phát biểu chỉ đạo, đồng chí Nguyễn Hữu Phúc ghi nhận, biểu dương những kết quả mà lực lượng Công an tỉnh đạt được trong năm qua.',
      'Đồng chí đề nghị Công an tỉnh tiếp tục nắm chắc tình hình, không để bị động, bất ngờ; tập trung đấu tranh với tội phạm ma túy ở các huyện miền Tây.',
      'Kết luận hội nghị, Đại tá Phùng Văn Khải yêu cầu Công an các đơn vị, địa phương thực hiện nghiêm Chỉ thị số 23-CT/TU ngày 15/7/2023 của Ban Thường vụ Tỉnh ủy về tăng cường phòng, chống tội phạm ma túy.',
    ],
    officials: [
      { name: 'Phùng Văn Khải', titles: ['Đại tá', 'Giám đốc Công an tỉnh'] },
      { name: 'Nguyễn Hữu Phúc', titles: ['Phó Chủ tịch UBND tỉnh'] },
    ],
    figures: ['1.582', '91,3%', '2.104', '86,5 kg', '42', '27'],
    figuresMay: ['3'],
    directives: [
      { has: 'Công an tỉnh tiếp tục nắm chắc tình hình', by: 'Nguyễn Hữu Phúc', to: 'Công an tỉnh' },
      { has: 'thực hiện nghiêm Chỉ thị số 23-CT/TU', by: 'Phùng Văn Khải', to: 'Công an các đơn vị, địa phương' },
    ],
    directivesSlack: 1,
    notDirectives: ['ghi nhận, biểu dương'],
    documents: ['23-CT/TU'],
  },
  {
    slug: 'quoc-hoi-thao-luan-luat',
    lead: 'Chiều 24/10, tiếp tục Kỳ họp thứ 8, Quốc hội thảo luận ở hội trường về dự án Luật Đường bộ (sửa đổi).',
    paragraphs: [
      'Thảo luận tại hội trường, Đại biểu Quốc hội Trần Thị Thu Hoài (Đoàn ĐBQH tỉnh Nghệ An) đề nghị Ban soạn thảo bổ sung quy định về trạm dừng nghỉ trên các tuyến cao tốc, bảo đảm khoảng cách tối đa 50 km có một trạm.',
      'Cùng quan điểm, ĐBQH Lò Văn Pâng (Đoàn Sơn La) cho rằng cần có cơ chế đặc thù cho đường giao thông nông thôn ở vùng đồng bào dân tộc thiểu số.',
      'Giải trình, tiếp thu ý kiến đại biểu, Bộ trưởng Bộ Xây dựng Đỗ Quang Thịnh cho biết, cả nước hiện có 2.021 km đường cao tốc đưa vào khai thác, trong đó đoạn từ Nghệ An đến Thành phố Hồ Chí Minh đã thông xe; mục tiêu đến năm 2030 đạt 5.000 km.',
      'Điều hành phiên thảo luận, Chủ tịch Quốc hội Trần Thanh Mẫn đề nghị cơ quan soạn thảo phối hợp với Ủy ban Quốc phòng, An ninh và Đối ngoại tiếp thu tối đa ý kiến đại biểu, hoàn thiện dự thảo luật để trình Quốc hội thông qua vào cuối kỳ họp.',
    ],
    officials: [
      { name: 'Trần Thị Thu Hoài', titles: ['Đại biểu Quốc hội'] },
      { name: 'Lò Văn Pâng', titles: ['ĐBQH'] },
      { name: 'Đỗ Quang Thịnh', titles: ['Bộ trưởng Bộ Xây dựng'] },
      { name: 'Trần Thanh Mẫn', titles: ['Chủ tịch Quốc hội'] },
    ],
    figures: [['tối đa 50 km', '50 km'], '2.021 km', '5.000 km'],
    directives: [
      { has: 'Ban soạn thảo bổ sung quy định về trạm dừng nghỉ', by: 'Trần Thị Thu Hoài', to: 'Ban soạn thảo' },
      { has: 'cơ quan soạn thảo phối hợp với Ủy ban Quốc phòng', by: 'Trần Thanh Mẫn', to: 'cơ quan soạn thảo' },
    ],
    // "cần có cơ chế đặc thù" is a delegate's view: either reading is fair.
    directivesSlack: 1,
    notDirectives: ['cả nước hiện có'],
    documents: ['Luật Đường bộ'],
  },
  {
    slug: 'so-ket-chuyen-doi-so',
    lead: 'Sáng 15/3, Ban Thường vụ Tỉnh uỷ tổ chức hội nghị sơ kết 5 năm thực hiện Nghị quyết số 06-NQ/TU về chuyển đổi số.',
    paragraphs: [
      'Đồng chí Thái Văn Luận\u00a0–\u00a0Uỷ viên Trung ương Đảng, Bí thư Tỉnh uỷ, Trưởng đoàn ĐBQH tỉnh chủ trì hội nghị.',
      'Đến nay, 100% xã, phường đã kết nối mạng cáp quang; 96/1385 (= 6,93 %) thủ tục hành chính được cung cấp trực tuyến toàn trình.',
      'Tỉnh xếp thứ 15/63 về chỉ số chuyển đổi số cấp tỉnh.',
      'Bí thư Tỉnh ủy Nghệ An Thái Văn Luận yêu cầu các cấp uỷ, chính quyền phải coi chuyển đổi số là nhiệm vụ trọng tâm, gắn với trách nhiệm người đứng đầu.',
      '“Chuyển đổi số không phải là phong trào mà là cuộc cách mạng về tư duy; mỗi cán bộ, đảng viên phải là một công dân số” - đồng chí Bí thư Tỉnh uỷ nhấn mạnh.',
      'Đồng chí giao Ban Tuyên giáo và Dân vận Tỉnh uỷ chủ trì, phối hợp với Sở Khoa học và Công nghệ xây dựng Kế hoạch 212-KH/TU về phổ cập kỹ năng số cho người dân, trình Ban Thường vụ trước ngày 30/4.',
      'Tăng cường kết nối, chia sẻ dữ liệu giữa các sở, ngành; sớm đưa Trung tâm điều hành thông minh vào vận hành. Đó là yêu cầu của đồng chí Thái Văn Luận tại hội nghị.',
    ],
    officials: [{
      name: 'Thái Văn Luận',
      titles: ['Uỷ viên Trung ương Đảng', ['Bí thư Tỉnh uỷ', 'Bí thư Tỉnh ủy Nghệ An'], 'Trưởng đoàn ĐBQH tỉnh'],
    }],
    figures: ['100%', '96/1385', '6,93 %', ['15/63', 'thứ 15/63']],
    figuresMay: ['5 năm'],
    directives: [
      { has: 'các cấp uỷ, chính quyền phải coi chuyển đổi số là nhiệm vụ trọng tâm', by: 'Thái Văn Luận', to: 'các cấp uỷ, chính quyền' },
      { has: 'mỗi cán bộ, đảng viên phải là một công dân số', by: 'Thái Văn Luận' },
      { has: 'Ban Tuyên giáo và Dân vận Tỉnh uỷ chủ trì', by: 'Thái Văn Luận', to: 'Ban Tuyên giáo và Dân vận Tỉnh uỷ' },
      { has: 'Tăng cường kết nối, chia sẻ dữ liệu', by: 'Thái Văn Luận' },
    ],
    notDirectives: ['không phải là phong trào'],
    documents: ['06-NQ/TU', '212-KH/TU'],
  },
  {
    slug: 'benh-vien-cuu-song-benh-nhan',
    lead: 'Các bác sĩ Bệnh viện Hữu nghị đa khoa Nghệ An vừa cứu sống một bệnh nhân bị đa chấn thương sau tai nạn giao thông.',
    paragraphs: [
      'Bệnh nhân là anh Nguyễn Văn Tài (35 tuổi, trú xã Nghi Phong), nhập viện trong tình trạng mất khoảng 1,5 lít máu.',
      'Bác sĩ Lê Thị Ngọc Anh, khoa Hồi sức tích cực, cho biết ê-kíp đã truyền 12 đơn vị máu và phẫu thuật liên tục cho bệnh nhân.',
      'Hiện sức khỏe bệnh nhân đã ổn định, có thể tự ăn uống và đi lại nhẹ nhàng.',
      'Gia đình anh Tài cho biết, chi phí điều trị đến nay khoảng 180 triệu đồng, phần lớn được bảo hiểm y tế chi trả.',
      'Ông Hồ Sỹ Lâm, hàng xóm của bệnh nhân, kể lại: “Khi đó đường rất vắng, may mà có người phát hiện kịp thời”.',
      'Hoài Thu',
    ],
    officials: [],
    figures: ['khoảng 1,5 lít', '12', 'khoảng 180 triệu đồng'],
    directives: [],
    documents: [],
  },
  {
    slug: 'chi-thi-phong-chay-chua-chay',
    lead: 'Ban Thường vụ Tỉnh ủy vừa ban hành Chỉ thị số 31-CT/TU về tăng cường sự lãnh đạo của Đảng đối với công tác phòng cháy, chữa cháy.',
    paragraphs: [
      'Chỉ thị do đồng chí Hồ Thị Minh Phương, Phó Bí thư Thường trực Tỉnh ủy ký ban hành.',
      'Năm 2024, toàn tỉnh xảy ra 96 vụ cháy, làm 5 người chết, thiệt hại tài sản ước tính 41,7 tỷ đồng.',
      'Để khắc phục tình trạng trên, Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy, tổ chức đảng, chính quyền tập trung thực hiện tốt một số nhiệm vụ sau:',
      '- Tăng cường tuyên truyền, nâng cao ý thức phòng cháy, chữa cháy của người dân, nhất là tại các khu nhà trọ, chung cư mini.',
      '- Rà soát, kiểm tra 100% cơ sở kinh doanh có nguy cơ cháy, nổ cao; xử lý nghiêm các vi phạm.',
      '- Người đứng đầu cấp ủy, chính quyền chịu trách nhiệm nếu để xảy ra cháy, nổ nghiêm trọng trên địa bàn.',
    ],
    officials: [{ name: 'Hồ Thị Minh Phương', titles: ['Phó Bí thư Thường trực Tỉnh ủy'] }],
    figures: ['96', '5', ['ước tính 41,7 tỷ đồng', '41,7 tỷ đồng'], '100%'],
    directives: [
      // The intro "… tập trung thực hiện tốt một số nhiệm vụ sau:" names no task; its items are the directives.
      { has: 'Tăng cường tuyên truyền, nâng cao ý thức phòng cháy', by: 'Ban Thường vụ Tỉnh ủy' },
      { has: 'Rà soát, kiểm tra 100% cơ sở kinh doanh', by: 'Ban Thường vụ Tỉnh ủy', without: 'xử lý nghiêm' },
      { has: 'xử lý nghiêm các vi phạm', by: 'Ban Thường vụ Tỉnh ủy' },
      { has: 'Người đứng đầu cấp ủy, chính quyền chịu trách nhiệm', by: 'Ban Thường vụ Tỉnh ủy' },
    ],
    notDirectives: ['một số nhiệm vụ sau'],
    documents: ['31-CT/TU'],
  },
  {
    slug: 'thanh-uy-gap-mat-nha-giao',
    lead: 'Chiều 20/11, Thành ủy Vinh tổ chức hội nghị gặp mặt nhà giáo nhân kỷ niệm 42 năm Ngày Nhà giáo Việt Nam.',
    paragraphs: [
      'Đồng chí Phan Đức Hoà, Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Thành ủy Vinh chủ trì hội nghị.',
      'Dự hội nghị có đại diện lãnh đạo Sở Giáo dục và Đào tạo; thầy, cô giáo Trường THPT chuyên Phan Bội Châu và các trường trên địa bàn.',
      'Năm học 2023 - 2024, học sinh thành phố đạt 37 giải học sinh giỏi quốc gia, trong đó có 4 giải nhất; tỷ lệ tốt nghiệp THPT đạt 99,6%.',
      'Theo đồng chí Nguyễn Thị Kim Oanh, Phó Giám đốc Sở Giáo dục và Đào tạo, ngành cần sớm khắc phục tình trạng thiếu 412 giáo viên, nhất là giáo viên tiếng Anh và tin học.',
      'Kết luận hội nghị, đồng chí Bí thư Thành ủy đề nghị UBND thành phố phối hợp với Sở Giáo dục và Đào tạo xây dựng đề án thu hút giáo viên giỏi về công tác.',
      'Thứ nhất, tiếp tục đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; quan tâm chăm lo đời sống vật chất, tinh thần cho đội ngũ nhà giáo.',
      'Thứ hai, đầu tư cơ sở vật chất cho các trường học ở phường Hưng Hòa và xã Nghi Đức, phấn đấu đến năm 2026 có thêm 8 trường đạt chuẩn quốc gia.',
    ],
    officials: [
      { name: 'Phan Đức Hoà', titles: ['Ủy viên Ban Thường vụ Tỉnh ủy', 'Bí thư Thành ủy Vinh'] },
      { name: 'Nguyễn Thị Kim Oanh', titles: ['Phó Giám đốc Sở Giáo dục và Đào tạo'] },
    ],
    figures: ['37', '4', '99,6%', '412', '8'],
    directives: [
      { has: 'ngành cần sớm khắc phục tình trạng thiếu 412 giáo viên', by: 'Nguyễn Thị Kim Oanh' },
      { has: 'UBND thành phố phối hợp với Sở Giáo dục và Đào tạo xây dựng đề án', by: 'Phan Đức Hoà', to: 'UBND thành phố' },
      { has: 'đẩy mạnh học tập và làm theo tư tưởng', by: 'Phan Đức Hoà' },
      { has: 'đầu tư cơ sở vật chất cho các trường học', by: 'Phan Đức Hoà' },
    ],
    documents: [],
  },
  {
    slug: 'pho-thu-tuong-lam-viec-voi-tinh',
    lead: 'Ngày 5/8, Phó Thủ tướng Trần Quang Vinh làm việc với tỉnh Nghệ An về tình hình thực hiện các dự án giao thông trọng điểm.',
    paragraphs: [
      'Cùng làm việc có ông Nguyễn Duy Khánh, Thứ trưởng Bộ Xây dựng; ông Bùi Thanh Sang, Phó Chủ tịch UBND tỉnh Nghệ An.',
      'Báo cáo tại buổi làm việc, ông Sang cho biết, tuyến cao tốc Bắc - Nam đoạn qua tỉnh dài 88 km, đã giải ngân 6.420 tỷ đồng, đạt 87% kế hoạch vốn năm 2025.',
      'UBND tỉnh kiến nghị Chính phủ bổ sung 1.200 tỷ đồng vốn ngân sách trung ương cho dự án đường nối Vinh - Cửa Lò.',
      'Phát biểu kết luận, Phó Thủ tướng yêu cầu Bộ Xây dựng phối hợp chặt chẽ với địa phương, bảo đảm thông xe kỹ thuật toàn tuyến trước ngày 31/12.',
      'Ông Vinh cũng đề nghị Nghệ An không để xảy ra tình trạng khiếu kiện đông người liên quan đến bồi thường, tái định cư.',
      'Phó Thủ tướng Trần Quang Vinh phát biểu kết luận buổi làm việc. Ảnh: Đức Anh',
      'PV',
    ],
    officials: [
      { name: 'Trần Quang Vinh', titles: ['Phó Thủ tướng'] },
      { name: 'Nguyễn Duy Khánh', titles: ['Thứ trưởng Bộ Xây dựng'] },
      { name: 'Bùi Thanh Sang', titles: ['Phó Chủ tịch UBND tỉnh Nghệ An'] },
    ],
    figures: ['88 km', '6.420 tỷ đồng', '87%', '1.200 tỷ đồng'],
    directives: [
      { has: 'Chính phủ bổ sung 1.200 tỷ đồng', by: 'UBND tỉnh', to: 'Chính phủ' },
      { has: 'Bộ Xây dựng phối hợp chặt chẽ với địa phương', by: 'Trần Quang Vinh', to: 'Bộ Xây dựng' },
      { has: 'Nghệ An không để xảy ra tình trạng khiếu kiện', by: 'Trần Quang Vinh', to: 'Nghệ An' },
    ],
    documents: [],
  },
  // Task lists that inherit the issuer of their frame (a directive document or a chair's conclusion).
  {
    slug: 'chi-thi-an-toan-giao-thong',
    lead: 'Thủ tướng Chính phủ Phạm Minh Chính vừa ký Chỉ thị số 18/CT-TTg về tăng cường bảo đảm trật tự, an toàn giao thông dịp cuối năm và Tết Nguyên đán.',
    paragraphs: [
      'Chỉ thị nêu rõ, năm 2024 cả nước xảy ra 10.944 vụ tai nạn giao thông, làm chết 5.020 người.',
      'Theo Chỉ thị, các bộ, ngành, địa phương cần tập trung thực hiện đồng bộ các giải pháp bảo đảm an toàn giao thông.',
      'Cụ thể, Bộ Công an chủ trì, phối hợp với các địa phương tăng cường tuần tra, kiểm soát trên các tuyến quốc lộ; xử lý nghiêm các hành vi vi phạm về nồng độ cồn, chạy quá tốc độ.',
      'Bộ Xây dựng tăng cường kiểm tra chất lượng phương tiện kinh doanh vận tải hành khách; bố trí đủ phương tiện phục vụ nhu cầu đi lại của người dân.',
      'Trường hợp xảy ra ùn tắc kéo dài, UBND các tỉnh, thành phố kịp thời báo cáo Thủ tướng Chính phủ để chỉ đạo xử lý.',
      'Năm 2024, lực lượng chức năng đã xử phạt hơn 1,6 triệu trường hợp vi phạm, nộp ngân sách nhà nước 6.900 tỷ đồng.',
    ],
    officials: [{ name: 'Phạm Minh Chính', titles: ['Thủ tướng Chính phủ'] }],
    figures: ['10.944', '5.020', 'hơn 1,6 triệu', '6.900 tỷ đồng'],
    directives: [
      { has: 'các bộ, ngành, địa phương cần tập trung thực hiện đồng bộ', by: 'Phạm Minh Chính' },
      { has: 'Bộ Công an chủ trì, phối hợp với các địa phương tăng cường tuần tra', by: 'Phạm Minh Chính', to: 'Bộ Công an', without: 'xử lý nghiêm' },
      { has: 'xử lý nghiêm các hành vi vi phạm về nồng độ cồn', by: 'Phạm Minh Chính' },
      { has: 'Bộ Xây dựng tăng cường kiểm tra chất lượng phương tiện', by: 'Phạm Minh Chính', without: 'bố trí đủ phương tiện' },
      { has: 'bố trí đủ phương tiện phục vụ nhu cầu đi lại', by: 'Phạm Minh Chính' },
      { has: 'kịp thời báo cáo Thủ tướng Chính phủ', by: 'Phạm Minh Chính' },
    ],
    notDirectives: ['xảy ra 10.944 vụ', 'đã xử phạt hơn 1,6 triệu'],
    documents: ['18/CT-TTg'],
  },
  {
    slug: 'thong-bao-ket-luan-chu-tich-tinh',
    lead: 'Văn phòng UBND tỉnh vừa có Thông báo số 412/TB-UBND truyền đạt kết luận của đồng chí Hoàng Nghĩa Tâm, Chủ tịch UBND tỉnh tại buổi làm việc về tiến độ dự án khu công nghiệp phía Bắc.',
    paragraphs: [
      'Theo báo cáo của chủ đầu tư, đến nay dự án đã giải phóng mặt bằng được 69% diện tích; còn 46 hộ dân chưa nhận tiền bồi thường.',
      'Chủ tịch UBND tỉnh giao UBND huyện Nghi Lộc tập trung vận động các hộ dân còn lại, hoàn thành giải phóng mặt bằng trước ngày 15/10.',
      'Sở Tài chính phối hợp với Sở Xây dựng thẩm định đơn giá bồi thường, báo cáo UBND tỉnh trong tháng 10; Sở Công Thương hướng dẫn chủ đầu tư hoàn thiện thủ tục đấu nối điện.',
      'Các sở, ngành không được gây khó khăn, kéo dài thời gian giải quyết thủ tục cho nhà đầu tư.',
      'Đại diện chủ đầu tư cam kết sẽ hoàn thành hạ tầng giai đoạn 1 trong quý II/2026.',
    ],
    officials: [{ name: 'Hoàng Nghĩa Tâm', titles: ['Chủ tịch UBND tỉnh'] }],
    figures: ['69%', '46'],
    directives: [
      { has: 'UBND huyện Nghi Lộc tập trung vận động các hộ dân còn lại', by: 'Hoàng Nghĩa Tâm', to: 'UBND huyện Nghi Lộc' },
      { has: 'Sở Tài chính phối hợp với Sở Xây dựng thẩm định đơn giá bồi thường', by: 'Hoàng Nghĩa Tâm', without: 'Sở Công Thương' },
      { has: 'Sở Công Thương hướng dẫn chủ đầu tư hoàn thiện thủ tục', by: 'Hoàng Nghĩa Tâm' },
      { has: 'Các sở, ngành không được gây khó khăn', by: 'Hoàng Nghĩa Tâm' },
    ],
    notDirectives: ['giải phóng mặt bằng được 69%', 'hoàn thành hạ tầng giai đoạn 1'],
    documents: ['412/TB-UBND'],
  },
  {
    slug: 'hoi-nghi-giai-ngan-von-dau-tu-cong',
    lead: 'Chiều 10/9, Phó Thủ tướng Đinh Quốc Toản chủ trì hội nghị trực tuyến về đẩy mạnh giải ngân vốn đầu tư công năm 2025.',
    paragraphs: [
      'Theo báo cáo của Bộ Tài chính, đến hết tháng 8, cả nước giải ngân được 409.000 tỷ đồng, đạt 46,3% kế hoạch Thủ tướng giao.',
      'Các bộ, ngành, địa phương đã triển khai nhiều giải pháp, thành lập các tổ công tác đặc biệt, tổ chức kiểm tra hiện trường các dự án trọng điểm.',
      'Kết luận hội nghị, Phó Thủ tướng Đinh Quốc Toản yêu cầu các bộ, ngành, địa phương quyết liệt hơn nữa trong giải ngân vốn đầu tư công, coi đây là nhiệm vụ chính trị trọng tâm.',
      'Bộ Tài chính theo dõi sát tình hình giải ngân, kịp thời đề xuất điều chuyển vốn từ dự án chậm sang dự án có khả năng giải ngân tốt.',
      'Bộ Nông nghiệp và Môi trường hướng dẫn các địa phương tháo gỡ vướng mắc về đất đai, nguồn vật liệu san lấp; UBND các tỉnh chủ động xử lý dứt điểm vướng mắc trong giải phóng mặt bằng.',
      'Bộ trưởng Bộ Tài chính Vũ Hải Nam cho biết, bộ sẽ sớm trình Chính phủ phương án điều chỉnh kế hoạch vốn.',
    ],
    officials: [
      { name: 'Đinh Quốc Toản', titles: ['Phó Thủ tướng'] },
      { name: 'Vũ Hải Nam', titles: ['Bộ trưởng Bộ Tài chính'] },
    ],
    figures: ['409.000 tỷ đồng', '46,3%'],
    directives: [
      { has: 'các bộ, ngành, địa phương quyết liệt hơn nữa trong giải ngân', by: 'Đinh Quốc Toản', to: 'các bộ, ngành, địa phương' },
      { has: 'Bộ Tài chính theo dõi sát tình hình giải ngân', by: 'Đinh Quốc Toản' },
      { has: 'Bộ Nông nghiệp và Môi trường hướng dẫn các địa phương tháo gỡ', by: 'Đinh Quốc Toản', without: 'UBND các tỉnh chủ động' },
      { has: 'UBND các tỉnh chủ động xử lý dứt điểm', by: 'Đinh Quốc Toản' },
    ],
    notDirectives: ['Thủ tướng giao', 'thành lập các tổ công tác', 'trình Chính phủ phương án'],
    documents: [],
  },
  {
    slug: 'cong-dien-khac-phuc-mua-lu',
    lead: 'Thủ tướng Chính phủ vừa ký Công điện số 112/CĐ-TTg chỉ đạo tập trung khắc phục hậu quả mưa lũ, sạt lở đất tại các tỉnh miền núi phía Bắc.',
    paragraphs: [
      'Theo báo cáo nhanh, mưa lũ từ ngày 6 đến 8/8 đã làm 14 người chết và mất tích, hơn 2.300 ngôi nhà bị hư hỏng.',
      'Thủ tướng yêu cầu Chủ tịch UBND các tỉnh Lào Cai, Yên Bái, Hà Giang: tiếp tục tìm kiếm người mất tích; hỗ trợ lương thực, nước uống, không để người dân nào bị đói, rét; bố trí chỗ ở tạm cho các hộ mất nhà.',
      'Bộ Quốc phòng, Bộ Công an chỉ đạo lực lượng đóng quân trên địa bàn hỗ trợ người dân di dời đến nơi an toàn.',
      'Bộ Xây dựng khẩn trương khắc phục các điểm sạt lở trên quốc lộ, bảo đảm giao thông thông suốt trong thời gian sớm nhất.',
      'Trước đó, ngày 5/8, Bộ Nông nghiệp và Môi trường đã có văn bản đề nghị các địa phương sẵn sàng phương án sơ tán dân.',
      'Năm 2024, các địa phương đã hoàn thành di dời 1.850 hộ dân ra khỏi vùng nguy hiểm.',
    ],
    officials: [],
    figures: ['14', 'hơn 2.300', '1.850'],
    directives: [
      { has: 'tập trung khắc phục hậu quả mưa lũ', by: ['Thủ tướng Chính phủ', 'Thủ tướng'] },
      { has: 'tiếp tục tìm kiếm người mất tích', by: ['Thủ tướng', 'Thủ tướng Chính phủ'], without: 'hỗ trợ lương thực' },
      { has: 'hỗ trợ lương thực, nước uống', by: ['Thủ tướng', 'Thủ tướng Chính phủ'], without: 'bố trí chỗ ở tạm' },
      { has: 'bố trí chỗ ở tạm cho các hộ mất nhà', by: ['Thủ tướng', 'Thủ tướng Chính phủ'] },
      { has: 'chỉ đạo lực lượng đóng quân trên địa bàn', by: ['Thủ tướng', 'Thủ tướng Chính phủ'] },
      { has: 'khắc phục các điểm sạt lở trên quốc lộ', by: ['Thủ tướng', 'Thủ tướng Chính phủ'] },
      { has: 'các địa phương sẵn sàng phương án sơ tán dân', by: 'Bộ Nông nghiệp và Môi trường' },
    ],
    notDirectives: ['đã làm 14 người chết', 'hoàn thành di dời 1.850'],
    documents: ['112/CĐ-TTg'],
  },
  {
    slug: 'thong-bao-lich-nghi-tet',
    lead: 'Bộ Nội vụ vừa ban hành Thông báo số 5120/TB-BNV về lịch nghỉ Tết Âm lịch năm 2025 đối với cán bộ, công chức, viên chức và người lao động.',
    paragraphs: [
      'Cụ thể, cán bộ, công chức, viên chức nghỉ làm việc từ thứ Bảy ngày 25/1/2025 đến hết Chủ nhật ngày 2/2/2025 và đi làm bù vào thứ Bảy ngày 8/2/2025.',
      'Như vậy, công chức, viên chức sẽ được nghỉ liên tục trong dịp Tết.',
      'Các cơ quan, đơn vị bố trí cán bộ trực hợp lý để giải quyết công việc liên tục, bảo đảm phục vụ tổ chức, cá nhân.',
      'Các cơ quan, tổ chức làm việc theo ca thì thủ trưởng đơn vị chủ động bố trí lịch nghỉ bù cho người lao động.',
      'Năm 2024, cả nước có khoảng 2,1 triệu cán bộ, công chức, viên chức hưởng lương từ ngân sách.',
    ],
    officials: [],
    figures: ['khoảng 2,1 triệu'],
    directives: [
      { has: 'nghỉ làm việc từ thứ Bảy ngày 25/1/2025', by: 'Bộ Nội vụ' },
      { has: 'Các cơ quan, đơn vị bố trí cán bộ trực hợp lý', by: 'Bộ Nội vụ' },
      { has: 'chủ động bố trí lịch nghỉ bù cho người lao động', by: 'Bộ Nội vụ' },
    ],
    notDirectives: ['sẽ được nghỉ liên tục', 'hưởng lương từ ngân sách'],
    documents: ['5120/TB-BNV'],
  },
  {
    slug: 'tong-ket-nam-so-xay-dung',
    lead: 'Ngày 26/12, Sở Xây dựng tổ chức hội nghị tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025.',
    paragraphs: [
      'Đồng chí Trương Minh Đạt, Giám đốc Sở Xây dựng chủ trì hội nghị.',
      'Năm 2024, Sở đã hoàn thành các nhiệm vụ trọng tâm:',
      '- Thẩm định 146 hồ sơ thiết kế, tiết kiệm cho ngân sách 58 tỷ đồng;',
      '- Cấp 1.120 giấy phép xây dựng, đáp ứng yêu cầu của người dân và doanh nghiệp;',
      '- Phối hợp với UBND các huyện rà soát quy hoạch theo yêu cầu của UBND tỉnh.',
      'Năm 2025, Sở sẽ tập trung tham mưu điều chỉnh quy hoạch chung đô thị Vinh, phấn đấu hoàn thành trong quý III.',
      'Phát biểu tại hội nghị, đồng chí Nguyễn Thị Thu Hà, Phó Chủ tịch UBND tỉnh yêu cầu Sở Xây dựng nâng cao chất lượng thẩm định, rút ngắn thời gian cấp phép; không để phát sinh nhũng nhiễu, tiêu cực.',
    ],
    officials: [
      { name: 'Trương Minh Đạt', titles: ['Giám đốc Sở Xây dựng'] },
      { name: 'Nguyễn Thị Thu Hà', titles: ['Phó Chủ tịch UBND tỉnh'] },
    ],
    figures: ['146', '58 tỷ đồng', '1.120'],
    directives: [
      { has: 'Sở Xây dựng nâng cao chất lượng thẩm định', by: 'Nguyễn Thị Thu Hà', to: 'Sở Xây dựng' },
    ],
    // "; không để phát sinh nhũng nhiễu" in a speech may stand alone or stay with its task.
    directivesSlack: 1,
    notDirectives: ['Thẩm định 146 hồ sơ', 'Cấp 1.120 giấy phép', 'rà soát quy hoạch', 'tham mưu điều chỉnh quy hoạch'],
    documents: [],
  },
];
