import type { Lexicon } from '../types';

// Vietnamese lexicon: sources and reasoning in /work/shared/docs/vi-extraction-notes.md (§1–§4).
// Spell entries in either tone style; the engine matches both (hòa/hoà, ủy/uỷ).

const surnames = `
Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Trương Đinh Đoàn Đào Trịnh Hà Mai
Lương Cao Phùng Lưu Lâm Tạ Chu Vương Thái Quách Triệu Tô Kiều Nông Châu Lại Đàm La Mã Ma Hứa Tăng Tống
Bạch Khuất Đồng Giang Nghiêm Lư Lữ Từ Vi Diệp Phí Cấn Lò Tôn Lục Chung Xa Dư Kim Phương Thạch Thân Trang
Đậu Liễu Âu Ninh Quan Sầm Thiều Mạc Tiêu Khổng Lang Bế Bành Cù Kha Khúc Khương Ung Hàn Tưởng Uông Trà
Mạch Tất Chế Ông Tào Ngân Biện Danh Lộc Ngụy Ôn Giáp Nhâm Lạc Doãn Hầu Mẫn Nhữ Quản Thiệu Tiết Yên Cầm Vy
Lô Moong Vừ Lầu Thào Giàng Sùng Mùa Xồng Lỳ Nay Ksor Siu Y H' Lăng Viên Văn Đới Mẫn Thiệu Bàn Hoàng
`.trim().split(/\s+/);

export const vi: Lexicon = {
  code: 'vi',
  surnames,
  // Onset, vowel cluster, coda: every native syllable fits; "Biden", "Pelosi", "Trump" do not.
  nativeSyllable: /^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(ch|nh|ng|[cmnpt])?$/,
  compoundSurnames: ['Tôn Thất', 'Tôn Nữ', 'Nguyễn Phúc', 'Công Tằng Tôn Nữ', 'Âu Dương', 'Hoàng Phủ', 'Tư Mã'],
  nameWords: { min: 2, max: 4 },
  nameCues: ['đồng chí', 'Đ/c', 'ông', 'bà', 'các đồng chí'],
  citizenCues: ['anh', 'chị', 'cụ', 'em', 'cháu', 'bé', 'chị gái', 'nghi phạm', 'bị can', 'bị cáo', 'nạn nhân'],
  honorifics: [],
  ranks: [
    'Đại tướng', 'Thượng tướng', 'Trung tướng', 'Thiếu tướng', 'Đô đốc', 'Phó Đô đốc', 'Chuẩn Đô đốc',
    'Đại tá', 'Thượng tá', 'Trung tá', 'Thiếu tá', 'Đại úy', 'Thượng úy', 'Trung úy', 'Thiếu úy', 'Chuẩn úy',
    'Thượng sĩ', 'Trung sĩ', 'Hạ sĩ',
    'GS.TS', 'PGS.TS', 'GS.TSKH', 'GS', 'PGS', 'TS', 'ThS', 'TSKH', 'NSND', 'NSƯT', 'NGND', 'NGƯT',
    // Written with a closing dot too ("TS. Vũ Tiến Lộc").
    'GS.TS.', 'PGS.TS.', 'GS.', 'PGS.', 'TS.', 'ThS.',
    'BS', 'BS.CK1', 'BS.CK2', 'BS.CKI', 'BS.CKII', 'BSCKI', 'BSCKII', 'BSCK1', 'BSCK2', 'ThS.BS', 'TS.BS',
    'PGS.TS.BS', 'GS.TS.BS', 'ThS.BS.CK1', 'ThS.BS.CK2', 'ThS.BS.CKI', 'ThS.BS.CKII', 'TTƯT', 'TTND', 'DS', 'DS.CK1', 'DS.CK2',
  ],
  titleHeads: [
    'Tổng Bí thư', 'Thường trực Ban Bí thư', 'Bí thư Trung ương Đảng', 'Bí thư', 'Phó Bí thư',
    'Ủy viên', 'Ủy viên dự khuyết', 'Tỉnh ủy viên', 'Thành ủy viên', 'Huyện ủy viên', 'Quận ủy viên', 'Đảng ủy viên',
    'Chủ tịch nước', 'Phó Chủ tịch nước', 'Chủ tịch', 'Phó Chủ tịch', 'Thủ tướng', 'Phó Thủ tướng',
    'Bộ trưởng', 'Thứ trưởng', 'Trưởng ban', 'Phó Trưởng ban', 'Trưởng Đoàn', 'Phó Trưởng Đoàn',
    'Chủ nhiệm', 'Phó Chủ nhiệm', 'Chánh Văn phòng', 'Phó Chánh Văn phòng', 'Chánh án', 'Phó Chánh án',
    'Chánh Thanh tra', 'Phó Chánh Thanh tra', 'Viện trưởng', 'Phó Viện trưởng', 'Tổng Thư ký', 'Phó Tổng Thư ký',
    'Tổng Kiểm toán', 'Tổng Thanh tra', 'Thống đốc', 'Phó Thống đốc', 'Đại biểu Quốc hội', 'Đại sứ', 'Tổng Lãnh sự',
    'Người phát ngôn', 'Giám đốc', 'Phó Giám đốc', 'Tổng Giám đốc', 'Phó Tổng Giám đốc', 'Tổng cục trưởng',
    'Phó Tổng cục trưởng', 'Cục trưởng', 'Phó Cục trưởng', 'Vụ trưởng', 'Phó Vụ trưởng', 'Chỉ huy trưởng',
    'Phó Chỉ huy trưởng', 'Chính ủy', 'Phó Chính ủy', 'Tư lệnh', 'Phó Tư lệnh', 'Tham mưu trưởng',
    'Trưởng phòng', 'Phó Trưởng phòng', 'Hiệu trưởng', 'Phó Hiệu trưởng', 'Tổng Biên tập', 'Phó Tổng Biên tập',
    'Trưởng Công an', 'Phó Trưởng Công an', 'Trưởng thôn', 'Trưởng bản', 'Trưởng khối', 'Trưởng Ban Chỉ đạo',
    'Phó Trưởng Ban Chỉ đạo', 'Thư ký', 'Trợ lý', 'Kế toán trưởng', 'Trưởng Ban Quản lý', 'Phó Trưởng Ban Quản lý',
    'Đại biểu HĐND', 'ĐBQH', 'Trưởng đoàn', 'Phó Trưởng đoàn', 'Ủy viên Thường trực',
    'Tổng thống', 'Phó Tổng thống', 'Ngoại trưởng', 'Thượng nghị sĩ', 'Hạ nghị sĩ', 'Nghị sĩ', 'Thị trưởng',
    'Quốc vương', 'Nhà vua', 'Hoàng tử', 'Thái tử', 'Nữ hoàng', 'Phát ngôn viên', 'Tổng tư lệnh', 'Tổng Tham mưu trưởng',
    'Trưởng Trung tâm', 'Phó Trưởng Trung tâm', 'Trưởng khoa', 'Phó Trưởng khoa', 'Trưởng Văn phòng', 'Trưởng Đại diện',
    'Trưởng trạm', 'Phó Trưởng trạm', 'Trưởng Cơ quan', 'CEO', 'Nhà phân tích', 'Chủ tịch HĐQT',
    // District portals abbreviate the chair: "Phó CT UBND huyện", "PCT UBND xã".
    'CT', 'Phó CT', 'PCT',
    // Posts of teams, sub-departments and stations ("Phó Đội trưởng Đội Kiểm soát …", "Chi cục trưởng Chi cục Hải quan …").
    'Đội trưởng', 'Phó Đội trưởng', 'Chi cục trưởng', 'Phó Chi cục trưởng', 'Trưởng Chi cục', 'Phó Trưởng Chi cục',
    'Đồn trưởng', 'Phó Đồn trưởng', 'Trạm trưởng', 'Phó Trạm trưởng', 'Hạt trưởng', 'Phó Hạt trưởng', 'Tổ trưởng', 'Phó Tổ trưởng',
    // Army command posts named by their unit ("Phó sư đoàn trưởng kiêm Tham mưu trưởng Sư đoàn …").
    'Sư đoàn trưởng', 'Phó Sư đoàn trưởng', 'Trung đoàn trưởng', 'Phó Trung đoàn trưởng', 'Lữ đoàn trưởng',
    'Phó Lữ đoàn trưởng', 'Tiểu đoàn trưởng', 'Phó Tiểu đoàn trưởng', 'Đại đội trưởng', 'Phó Đại đội trưởng',
    'Chính trị viên', 'Phó Tham mưu trưởng', 'Phó Tổng Tham mưu trưởng', 'Chủ nhiệm Chính trị', 'Hiệu phó',
    ...[
      'Đại tướng', 'Thượng tướng', 'Trung tướng', 'Thiếu tướng', 'Đại tá', 'Thượng tá', 'Trung tá', 'Thiếu tá',
    ],
  ],
  titleStatus: ['nguyên', 'Nguyên', 'cựu', 'Cựu', 'tân', 'Tân', 'Quyền', 'quyền', 'cố'],
  titleTailWords: [],
  pluralMarkers: ['các', 'những', 'mọi', 'nhiều', 'một số', 'từng', 'với các', 'cho các'],
  titleNeedsCapital: true,
  titleTerminators: [
    'chủ trì', 'đồng chủ trì', 'phát biểu', 'dự', 'tham dự', 'yêu cầu', 'đề nghị', 'nhấn mạnh', 'cho biết',
    'cho rằng', 'khẳng định', 'trao', 'tặng', 'thăm', 'làm việc', 'kiểm tra', 'chúc mừng', 'ghi nhận',
    'đánh giá', 'biểu dương', 'lưu ý', 'chỉ đạo', 'giao', 'kết luận', 'báo cáo', 'trình bày', 'nói', 'chia sẻ',
    'trả lời', 'đến', 'tới', 'về', 'tại', 'trong', 'cùng', 'và các', 'và đại diện', 'đã', 'đang', 'sẽ', 'cũng', 'vừa',
    'mới', 'được', 'bị', 'là', 'có', 'không', 'thông tin', 'thông báo', 'ký', 'ban hành', 'tiếp', 'gặp',
    'hội đàm', 'điều hành', 'dẫn đầu', 'gửi', 'nêu', 'nêu rõ', 'chỉ rõ', 'phân tích', 'quán triệt', 'đọc',
    'công bố', 'nhận', 'trực tiếp', 'khi', 'nhằm', 'để', 'với', 'theo', 'trước', 'sau', 'đề xuất', 'kêu gọi',
    'mong muốn', 'bày tỏ', 'cảm ơn', 'tiếp thu', 'giải trình', 'làm rõ', 'động viên', 'thắp hương', 'dâng hương',
    'đặt', 'cắt băng', 'bấm nút', 'nhận định', 'đồng tình', 'thống nhất', 'quyết định', 'ủng hộ', 'tiếp nhận',
    'chứng kiến', 'điểm lại', 'lưu ý', 'yêu cầu các', 'hoan nghênh', 'gợi mở', 'trao đổi', 'khái quát', 'nhắc lại',
    'làm', 'và', 'hay', 'hoặc', 'như', 'thì', 'mà', 'ngày', 'sáng', 'chiều', 'tối', 'năm', 'nhiệm kỳ', 'cho',
    'lập tức', 'ngay lập tức', 'phát thông báo', 'thay mặt', 'đưa ra',
    // "X - nguyên trưởng phòng Y do đồng chí được phân công …": the reason after "do" (because) is no part of the title.
    'do',
    // "…, Chủ tịch UBND huyện các đồng chí trong Ban Thường vụ …": the next attendees, a comma left out.
    'các đồng chí',
  ],
  titleJoiners: ['kiêm'],
  // Prepositions and conjunctions opening a sentence before an office: "Theo Bộ trưởng Bộ Y tế X, …".
  openerWords: ['Theo', 'Sau', 'Tại', 'Với', 'Trước', 'Khi', 'Trong', 'Cùng', 'Còn', 'Nhưng', 'Và', 'Do', 'Vì', 'Để', 'Từ', 'Qua', 'Như'],
  // A unit's number belongs to its name inside a title ("Chính ủy Vùng 2 Hải quân", "Tư lệnh Quân khu 7").
  titleNumberedUnits: [
    'Vùng', 'Quân khu', 'Quân đoàn', 'Binh đoàn', 'Sư đoàn', 'Trung đoàn', 'Lữ đoàn', 'Tiểu đoàn', 'Đại đội',
    'Hải đoàn', 'Hải đội', 'Hải khu', 'Đoàn', 'Quận', 'Phường', 'khu vực', 'Khu vực',
    // Steering committees are named by number: "Phó Trưởng Ban Chỉ đạo 389 quốc gia".
    'Ban Chỉ đạo',
  ],
  titleNumberedUnitTails: ['quốc gia'],
  // "Thay mặt Chính phủ, Thủ tướng Chính phủ, Phó Thủ tướng X": the bodies and offices spoken for are not X's titles.
  behalfCues: ['Thay mặt', 'thay mặt'],
  titleInnerNouns: ['dự án', 'dự toán', 'dự trữ', 'dự báo', 'giao thông', 'giao dịch', 'đến trường',
    // "Cục Công nghệ thông tin và Thống kê hải quan", "Cổng thông tin điện tử": information is part of the body's name.
    'thông tin và', 'thông tin điện tử', 'thông tin liên lạc', 'thông tin tín dụng'],
  // "bầu đồng chí X giữ chức …", "X – Phó Bí thư Huyện ủy vào chức danh Chủ tịch UBND huyện" (elected to the post of).
  titleBridges: ['giữ chức', 'giữ chức vụ', 'giữ chức danh', 'tái đắc cử', 'đắc cử', 'tái cử', 'vào chức danh', 'vào chức vụ'],
  titleArticles: [],
  // "Bộ Thông tin và Truyền thông", "Cục Hàng không Việt Nam", "Đại sứ Việt Nam tại Nhật Bản": the word joins capitalised parts.
  titleInnerWords: ['và', 'tại', 'không'],
  titleConjunctions: ['và'],
  // Degrees and honours: titles of an official, but a doctor or professor with no office is no official.
  weakTitles: [
    'GS.TS', 'PGS.TS', 'GS.TSKH', 'GS', 'PGS', 'TS', 'ThS', 'TSKH', 'NSND', 'NSƯT', 'NGND', 'NGƯT', 'TTƯT', 'TTND',
    'GS.TS.', 'PGS.TS.', 'GS.', 'PGS.', 'TS.', 'ThS.',
    'BS', 'BS.CK1', 'BS.CK2', 'BS.CKI', 'BS.CKII', 'BSCKI', 'BSCKII', 'BSCK1', 'BSCK2', 'ThS.BS', 'TS.BS',
    'PGS.TS.BS', 'GS.TS.BS', 'ThS.BS.CK1', 'ThS.BS.CK2', 'ThS.BS.CKI', 'ThS.BS.CKII', 'DS', 'DS.CK1', 'DS.CK2',
  ],
  notNameWords: [
    'Đảng', 'Nhà', 'Nhân', 'Tổ', 'Chính', 'Quốc', 'Trung', 'Thủ', 'Hội', 'Đại', 'Nghị', 'Kết', 'Chỉ', 'Tết',
    'Ban', 'Bộ', 'Sở', 'Ủy', 'Tỉnh', 'Thành', 'Huyện', 'Xã', 'Phường', 'Công', 'Tập', 'Ngân', 'Trường',
    'Bệnh', 'Viện', 'Cục', 'Tổng', 'Đoàn', 'Mặt', 'Quân', 'Kế', 'Chương', 'Luật', 'Thông',
    'Sáng', 'Chiều', 'Tối', 'Theo', 'Đồng', 'Phó', 'Chủ', 'Giám', 'Bí', 'Thường', 'Các', 'Những', 'Tại', 'Trong',
    // Latin-script organisation words that end a foreign-looking run ("Vietnam Airlines" is no person).
    'Airlines', 'Airways', 'Group', 'Bank', 'Corporation', 'Corp', 'Company', 'Investments', 'Investment', 'Holdings',
    'Capital', 'Securities', 'Fund', 'Inc', 'Ltd', 'Motors', 'Technologies', 'Technology', 'Global', 'International',
    'Partners', 'Markets', 'News', 'Times', 'Post', 'Journal', 'Vietnam', 'Online', 'Express', 'Media', 'Energy',
  ],
  placeClassifiers: [
    'tỉnh', 'thành phố', 'TP', 'TP.', 'Tp', 'thị xã', 'huyện', 'quận', 'xã', 'phường', 'thị trấn', 'đặc khu',
    'đường', 'phố', 'nước', 'khu', 'bản', 'thôn', 'xóm', 'làng', 'sông', 'núi', 'đảo', 'cầu', 'chợ', 'Tỉnh',
    'Thành phố', 'Huyện', 'Quận', 'Xã', 'Phường', 'điểm cầu', 'vùng', 'miền', 'hồ', 'đèo', 'Trường', 'trường',
    'Đường', 'Phố', 'Cầu', 'khu vực', 'địa bàn', 'Bệnh viện', 'bệnh viện', 'Công ty', 'công ty', 'Giải thưởng',
    'Lăng', 'lăng', 'Trường THPT', 'Trường THCS', 'THPT', 'THCS', 'Hội trường', 'đền', 'Đền', 'chùa', 'Chùa',
    // Border gates and ports are named places: "Chi cục Hải quan cửa khẩu Trà Lĩnh".
    'cửa khẩu', 'Cửa khẩu', 'cảng', 'Cảng',
  ],
  placeNames: [
    'Hà Nội', 'Hà Tĩnh', 'Hà Giang', 'Hà Nam', 'Lâm Đồng', 'Cao Bằng', 'Hồ Chí Minh', 'Mai Châu', 'Kim Sơn',
    'Lý Sơn', 'Phan Thiết', 'Phan Rang', 'Đồng Nai', 'Đồng Tháp', 'Bình Dương', 'Hoàng Mai', 'Thái Hòa',
    'Quỳnh Lưu', 'Thanh Chương', 'Nam Đàn', 'Diễn Châu', 'Anh Sơn', 'Quang Trung', 'Trung Quốc', 'Hàn Quốc',
    'Thái Lan', 'Nhật Bản', 'Châu Âu', 'Châu Á', 'Châu Phi', 'Châu Mỹ', 'Thái Nguyên', 'Thái Bình', 'Lào Cai',
    'Phú Thọ', 'Kiên Giang', 'Tây Ninh', 'Hậu Giang', 'Trà Vinh', 'Vĩnh Long', 'Long An', 'Bắc Ninh',
    'Đà Nẵng', 'Hải Phòng', 'Cần Thơ', 'Quảng Ninh', 'Quảng Nam', 'Quảng Ngãi', 'Quảng Bình', 'Quảng Trị',
    'Thanh Hóa', 'Nghệ An', 'Khánh Hòa', 'Phú Yên', 'Gia Lai', 'Kon Tum', 'Đắk Lắk', 'Đắk Nông', 'Thừa Thiên Huế', 'Huế', 'Sơn La', 'Điện Biên',
    'Lai Châu', 'Lạng Sơn', 'Tuyên Quang', 'Yên Bái', 'Hòa Bình', 'Ninh Bình', 'Nam Định', 'Hưng Yên',
    'Hải Dương', 'Vĩnh Phúc', 'Bắc Giang', 'Bắc Kạn', 'Bình Định', 'Bình Thuận', 'Ninh Thuận', 'Bình Phước',
    'Bà Rịa', 'Vũng Tàu', 'Tiền Giang', 'Bến Tre', 'Sóc Trăng', 'Bạc Liêu', 'Cà Mau', 'An Giang', 'Trường Sa',
    'Hoàng Sa', 'Tây Nguyên', 'Đông Nam Bộ', 'Tây Bắc', 'Đông Bắc', 'Mỹ', 'Lào', 'Nga', 'Campuchia',
    'Hoa Kỳ', 'Triều Tiên', 'Đài Loan', 'Hồng Kông', 'Lý Thường Kiệt', 'Trần Hưng Đạo', 'Lê Lợi', 'Nguyễn Huệ',
    'Tây Hồ', 'Hoàn Kiếm', 'Ba Đình', 'Đống Đa', 'Cầu Giấy', 'Hai Bà Trưng', 'Long Biên', 'Thủ Đức', 'Kim Liên',
    'Cửa Lò', 'Vinh', 'Mường Lát', 'Kỳ Sơn', 'Tương Dương', 'Quế Phong', 'Con Cuông', 'Tân Kỳ', 'Đô Lương',
    'Yên Thành', 'Nghi Lộc', 'Hưng Nguyên', 'Quỳ Hợp', 'Quỳ Châu', 'Nghĩa Đàn', 'Hoàng Liên', 'Mê Kông',
  ],
  historicalNames: [
    'Hồ Chí Minh', 'Võ Nguyên Giáp', 'Lê Duẩn', 'Trường Chinh', 'Phạm Văn Đồng', 'Tôn Đức Thắng', 'Trần Phú',
    'Lê Hồng Phong', 'Nguyễn Thị Minh Khai', 'Phan Bội Châu', 'Phan Đăng Lưu', 'Hồ Tùng Mậu', 'Nguyễn Du',
    'Nguyễn Trãi', 'Trần Hưng Đạo', 'Quang Trung', 'Lê Lợi', 'Nguyễn Ái Quốc', 'Nguyễn Văn Linh', 'Đỗ Mười',
    'Lê Khả Phiêu', 'Nông Đức Mạnh', 'Nguyễn Phú Trọng', 'Phan Châu Trinh', 'Nguyễn Sinh Sắc', 'Hoàng Thị Loan',
    'Lý Tự Trọng', 'Võ Thị Sáu', 'Nguyễn Văn Trỗi', 'Lê Văn Tám', 'Kim Đồng', 'Trần Quốc Toản', 'Bà Triệu',
    'Hai Bà Trưng', 'Lý Thái Tổ', 'Lý Thường Kiệt', 'Ngô Quyền', 'Đinh Tiên Hoàng', 'Lê Thánh Tông',
  ],
  creditMarkers: [
    'Ảnh:', 'Ảnh tư liệu:', 'Ảnh minh họa:', 'Ảnh minh họa', 'Ảnh chụp màn hình', 'Ảnh: Internet', 'Video:',
    'Nguồn:', 'Đồ họa:', 'Clip:', 'Ảnh - Video:', 'Ảnh, video:', 'Thực hiện:', 'Ảnh -', '(Ảnh', 'Ảnh tư liệu -',
    'Theo dõi Báo', 'Tin liên quan', 'Tin mới', 'Xem thêm:', 'Đọc thêm:',
  ],
  bylineMarkers: ['PV', 'Nhóm PV', 'Theo TTXVN', 'TTXVN', 'Nhóm phóng viên', 'Phóng viên', 'CTV', 'Nhóm CTV', 'Theo'],
  speechVerbs: [
    'nhấn mạnh', 'cho biết', 'cho rằng', 'khẳng định', 'nêu rõ', 'chỉ rõ', 'phát biểu', 'nói', 'chia sẻ',
    'lưu ý', 'đề nghị', 'yêu cầu', 'chỉ đạo', 'kết luận', 'nhận định', 'đánh giá', 'thông tin', 'trao đổi',
    'giao', 'kêu gọi', 'đề xuất', 'mong muốn', 'bày tỏ', 'ghi nhận', 'biểu dương', 'nhắc nhở', 'quán triệt',
    'phân tích', 'trả lời', 'thông báo', 'nhấn mạnh rằng', 'cho hay', 'khuyến nghị',
  ],
  speechFrames: [
    'Phát biểu kết luận', 'Phát biểu chỉ đạo', 'Phát biểu', 'Kết luận hội nghị', 'Kết luận phiên họp',
    'Kết luận buổi làm việc', 'Kết luận', 'Thay mặt', 'Theo', 'Chỉ đạo tại', 'Phát biểu tại',
  ],
  directiveCues: [
    'yêu cầu', 'chỉ đạo', 'giao', 'đề nghị', 'kêu gọi', 'phân công', 'ra lệnh', 'nghiêm cấm', 'đôn đốc',
    'lưu ý', 'nhắc nhở', 'chỉ thị', 'buộc', 'cấm', 'khuyến cáo', 'kiến nghị', 'đề xuất', 'thúc giục',
    // A leader's wish addressed to the units is a task ("mong muốn các đơn vị tiếp tục …").
    'mong muốn',
    // A commander's parting charge to the troops: "Đồng thời, căn dặn các đồng chí … tiếp tục giữ vững …".
    'căn dặn', 'dặn dò',
    // A policy's encouragement is a task for those it addresses ("Khuyến khích thành lập các đội tình nguyện").
    'khuyến khích',
  ],
  directiveCuesNeedTo: [],
  // "vượt chỉ tiêu mà Tổng cục Hải quan giao thêm": "mà" before a named body and its command opens a relative clause.
  namedRelativeMarkers: ['mà'],
  // "Nếu cần trao đổi … thì …": an obligation inside an if-clause is a condition, not an order.
  subordinators: ['nếu'],
  // "nên" is "should" after a subject, and "so" after a cause ("Do trời mưa nên …", "Nhờ … nên …").
  resultMarkers: { markers: ['nên'], causes: ['do', 'Do', 'vì', 'Vì', 'nhờ', 'Nhờ', 'bởi', 'Bởi', 'tại', 'mặc dù', 'Mặc dù', 'dù', 'Dù'],
    notCauses: ['vì thế', 'Vì thế', 'vì vậy', 'Vì vậy', 'do đó', 'Do đó', 'do vậy', 'Do vậy', 'bởi vậy', 'Bởi vậy', 'nhờ đó', 'Nhờ đó'] },
  causingVerbs: ['khiến', 'khiến cho', 'làm cho'],
  obligationMarkers: [
    'cần phải', 'nhất định phải', 'buộc phải', 'phải', 'cần', 'không được', 'tuyệt đối không', 'nghiêm cấm',
    'khẩn trương', 'chịu trách nhiệm', 'phấn đấu', 'hãy', 'nên chăng', 'nên',
  ],
  falseCues: [
    'đáp ứng yêu cầu', 'đáp ứng được yêu cầu', 'đáp ứng tốt yêu cầu', 'theo yêu cầu', 'các yêu cầu', 'những yêu cầu',
    'yêu cầu nhiệm vụ', 'yêu cầu đặt ra', 'yêu cầu của', 'là yêu cầu', 'với yêu cầu', 'yêu cầu cao', 'mọi yêu cầu',
    'giao thông', 'giao lưu', 'giao dịch', 'giao hàng', 'giao tiếp', 'giao ban', 'bàn giao', 'chuyển giao',
    'ngoại giao', 'giao hữu', 'giao nhận', 'giao thừa', 'giao thoa', 'giao đất', 'giao mùa', 'giao điểm', 'giao kết',
    'giao dục', 'cần thiết', 'cần cù', 'cần mẫn', 'cần kiệm', 'cần câu', 'cần trục', 'cần cẩu', 'cần sa', 'hậu cần',
    'bên phải', 'tay phải', 'phải không', 'phải chăng', 'phía phải', 'không phải', 'chưa phải', 'phải chịu',
    'theo đề nghị', 'đề nghị của', 'chỉ đạo của', 'sự chỉ đạo', 'Ban Chỉ đạo', 'ban chỉ đạo', 'lãnh đạo, chỉ đạo',
    'công tác chỉ đạo', 'chỉ đạo, điều hành', 'chỉ đạo điều hành', 'văn bản chỉ đạo', 'các văn bản chỉ đạo', 'lời kêu gọi', 'Chỉ thị', 'đề xuất của', 'phải trả', 'gặp phải',
    'buộc tội', 'trói buộc', 'ràng buộc', 'buộc thôi việc', 'giao nộp', 'giao khoán', 'được giao', 'đã giao',
    'được đề nghị', 'được yêu cầu', 'đã phải', 'không cần', 'hàng cấm', 'lệnh cấm', 'vùng cấm', 'khu vực cấm', 'biển cấm', 'bị cấm', 'cấm vận', 'phải đối mặt', 'phải nhập viện', 'buộc phải sơ tán',
    'phân giao', 'giao ngay', 'giao sau', 'bị nghiêm cấm', 'có yêu cầu', 'có yêu cầu phải', 'việc phải làm', 'việc cần làm', 'cần vượt qua',
    'cáo buộc', 'được chỉ đạo', 'yêu cầu kỹ thuật', 'yêu cầu này', 'đề nghị này', 'đề xuất này', 'chỉ đạo này',
    // A party's claim in a lawsuit and the prohibitions of a law are no orders ("khởi kiện yêu cầu …", "vi phạm điều cấm").
    'khởi kiện yêu cầu', 'yêu cầu khởi kiện', 'bác yêu cầu', 'yêu cầu phản tố', 'yêu cầu độc lập', 'điều cấm',
    'nguyện vọng mong muốn', 'có nguyện vọng', 'được khuyến khích', 'sự khuyến khích', 'khuyến khích của', 'chính sách khuyến khích', 'cơ chế khuyến khích',
    // "hủy niêm yết bắt buộc" (a mandatory delisting), "trước yêu cầu thực tiễn" (facing the demands of): no order.
    'bắt buộc', 'trước yêu cầu', 'trước những yêu cầu', 'trước các yêu cầu',
    'mong muốn của', 'niềm mong muốn', 'mong muốn được', 'mong muốn có', 'mong muốn sẽ', 'mong muốn rằng',
    'cần một', 'cần những', 'cần nhiều', 'cần thêm', 'để chỉ đạo', 'để yêu cầu',
    // "tạo nên", "trở nên", "làm nên" (make, become); "có nên … không" asks whether; "nên đã …" is a result already reached.
    'tạo nên', 'trở nên', 'làm nên', 'có nên', 'nên đã', 'nên không',
    // A condition or a cause, not an order: "đã cũ, khi không được sửa đổi" (when it is not amended).
    'khi không được', 'nếu không được', 'vì không được', 'do không được', 'khi không phải', 'nếu không phải',
    // "không được thuận lợi" (was not favourable): a negated quality, no prohibition; "kiến nghị của công dân" is a noun.
    'không được thuận lợi', 'không được tốt', 'không được như mong muốn', 'không được cao', 'kiến nghị của', 'đề xuất, kiến nghị',
    // "Dự và chỉ đạo hội nghị có đồng chí …": a leader attending and presiding over the event; "giao đất, giao rừng cho các
    // hộ" is the allocation of land and forest, no task.
    'chỉ đạo hội nghị', 'dự và chỉ đạo', 'giao rừng',
    // Forms and dossiers named after the request they carry: "hồ sơ đề nghị vay", "đơn đề nghị", "giấy đề nghị"; a post
    // received ("được phân công đảm nhận chức vụ mới").
    'hồ sơ đề nghị', 'đơn đề nghị', 'giấy đề nghị', 'được phân công',
    // The target a unit strives for is a noun: "vượt chỉ tiêu phấn đấu mà Tổng cục giao", "các giải pháp phấn đấu thu ngân sách".
    'chỉ tiêu phấn đấu', 'mục tiêu phấn đấu', 'tiêu chí phấn đấu', 'giải pháp phấn đấu',
  ],
  // "một đề xuất", "người đề xuất" (the proposer), "về việc đề nghị …" (the matter of a proposal): the cue is a noun.
  cueNounMarkers: ['các', 'những', 'mọi', 'theo', 'đáp ứng', 'là', 'với', 'sự', 'lời', 'đúng', 'nhiều', 'một', 'người', 'việc',
    // "trong chỉ đạo xây dựng …" (in directing): the cue names the work.
    'trong'],
  taskVerbs: [
    'chủ trì', 'phối hợp', 'chủ động phối hợp', 'được chỉ đạo', 'được giao', 'được yêu cầu', 'khẩn trương',
    'có trách nhiệm', 'chịu trách nhiệm', 'chỉ đạo',
    // "Bộ trưởng X tổ chức quán triệt …": organising the task, not hosting an event.
    'tổ chức quán triệt', 'tổ chức thực hiện', 'tổ chức triển khai',
  ],
  documentIssueVerbs: ['ký', 'ký ban hành', 'ban hành', 'có', 'vừa có', 'gửi', 'phát đi', 'công bố'],
  issuePhrases: ['thông báo về việc', 'quy định về việc', 'hướng dẫn về việc'],
  // Verbs a directive document opens its tasks with ("Bộ X theo dõi sát …", "UBND các tỉnh chủ động …").
  actionVerbs: [
    'tăng cường', 'theo dõi', 'hướng dẫn', 'chủ động', 'tập trung', 'tiếp tục', 'rà soát', 'bố trí', 'kiểm tra',
    'triển khai', 'xử lý', 'kịp thời', 'khắc phục', 'bảo đảm', 'đảm bảo', 'thực hiện', 'xây dựng',
    'nghiên cứu', 'tham mưu', 'hoàn thành', 'hoàn thiện', 'báo cáo', 'đẩy mạnh', 'nâng cao', 'sớm', 'quyết liệt',
    'giám sát', 'chỉ đạo', 'phối hợp', 'chủ trì', 'khẩn trương', 'căn cứ', 'thường xuyên', 'nghiêm túc', 'ưu tiên',
    'hỗ trợ', 'cung cấp', 'tổng hợp', 'đôn đốc', 'chuẩn bị', 'sẵn sàng', 'tuyên truyền', 'vận động', 'quán triệt',
    // A task list's items open with the verb alone: "Kiểm điểm, xử lý nghiêm …", "Xem xét trách nhiệm …".
    'kiểm điểm', 'xem xét trách nhiệm', 'chăm lo', 'tổ chức tốt', 'làm tốt', 'chú trọng', 'duy trì',
  ],
  taskSubjects: [
    'các bộ', 'các ngành', 'các sở', 'các cơ quan', 'các đơn vị', 'các địa phương', 'các cấp', 'các tổ chức',
    'các doanh nghiệp', 'các tỉnh', 'các huyện', 'các xã', 'các phường', 'các thị xã', 'các trường', 'các bộ, ngành', 'cơ quan', 'đơn vị', 'cán bộ', 'công chức', 'viên chức',
    'người lao động', 'thủ trưởng', 'người đứng đầu', 'chủ đầu tư', 'nhà thầu', 'lực lượng',
  ],
  conditionOpeners: ['Trường hợp', 'Nếu', 'Khi cần thiết', 'Khi có'],
  purposeOpeners: ['Để', 'Nhằm'],
  continuationOpeners: ['Bên cạnh đó', 'Đồng thời', 'Cùng với đó', 'Trong đó', 'Ngoài ra', 'Mặt khác', 'Tiếp đó', 'Đặc biệt'],
  contentOpeners: ['Cụ thể', 'Theo đó'],
  transcriptMarkers: ['toàn văn bài phát biểu', 'toàn văn phát biểu', 'toàn văn bài phát biểu chỉ đạo'],
  // A dated lead-in ("Sáng 12/3, …") opens a news report of an event, not a task.
  reportOpeners: [
    'Trước đó', 'Thời gian qua', 'Vừa qua', 'Năm qua', 'Những năm qua', 'Kết quả', 'Theo báo cáo', 'Sáng', 'Chiều',
    'Tối', 'Trưa', 'Đêm', 'Ngày', 'Hôm qua', 'Hôm nay',
    // Findings of an inspection: "Qua kiểm tra cho thấy, đơn vị đã …".
    'Qua kiểm tra', 'Qua thanh tra', 'Qua rà soát', 'Qua giám sát', 'Kết quả kiểm tra', 'Kết quả thanh tra',
  ],
  pastMarkers: ['đã'],
  // A plan's purposes and principles: "Thực hiện tinh giản biên chế … nhằm mục đích …", "… trên nguyên tắc: …".
  aimFrames: ['nhằm mục đích', 'với mục đích', 'với mục tiêu', 'trên nguyên tắc', 'theo nguyên tắc'],
  nonTaskMarkers: ['sẽ', 'đã', 'đang', 'được', 'cho biết', 'cho rằng', 'dự kiến', 'dự báo', 'cho phép'],
  // "Xây dựng môi trường … là một giải pháp …": the verb phrase is the subject of a judgement.
  statementMarkers: ['là', 'đóng vai trò', 'có ý nghĩa'],
  // "Quyết định giao biên chế công chức năm 2021", "Nghị quyết về giao …": a decision's or resolution's subject, nobody told.
  directiveDocuments: ['chỉ thị', 'công điện', 'quyết định', 'nghị quyết'],
  passiveMarkers: ['được', 'bị'],
  salutations: ['Kính thưa', 'Thưa', 'Kính gửi'],
  // "phi công không yêu cầu …", "ông chưa từng đề nghị …", "cố ý không chỉ đạo …": nobody was told anything.
  cueNegations: ['không', 'chưa', 'chẳng', 'không hề', 'chưa từng', 'chưa hề', 'chẳng hề', 'không từng'],
  // "đã chỉ đạo rất quyết liệt", "yêu cầu hết sức cao": how someone directed, or a noun; no task follows.
  // "chỉ đạo hiệu quả về …", "chỉ đạo nhưng vẫn chưa …", "chỉ đạo quyết liệt, với nhiều giải pháp": how, not whom or what.
  cueDegreeWords: ['rất', 'khá', 'hết sức', 'sát sao', 'quá', 'càng', 'hiệu quả', 'nhưng', 'quyết liệt,'],
  // A cue right after these verbs is their object, a noun: "quan tâm đề xuất …", "thực hiện nghiêm yêu cầu …".
  cueObjectVerbs: [
    'quan tâm', 'ủng hộ', 'tiếp thu', 'ghi nhận', 'xem xét', 'trân trọng', 'thực hiện', 'thực hiện nghiêm',
    'thực hiện tốt', 'chấp hành', 'chấp hành nghiêm', 'quán triệt', 'tuân thủ', 'làm theo', 'nhận được', 'tiếp nhận',
    'chấp thuận', 'phê duyệt', 'hoan nghênh', 'bác bỏ', 'từ chối', 'đồng ý với', 'phản đối', 'thống nhất với',
  ],
  // "Nhiều chuyên gia cho rằng cần …", "Theo giới phân tích, cần …": a view, not an order.
  opinionSubjects: [
    'chuyên gia', 'nhà khoa học', 'giới chuyên môn', 'dư luận', 'nhà phân tích', 'giới phân tích', 'nhà nghiên cứu',
    'luật sư', 'bạn đọc', 'cư dân mạng', 'mạng xã hội', 'bài báo', 'nhiều ý kiến cho rằng', 'có ý kiến cho rằng',
    // Hearsay denied or reported: "thông tin ông đề nghị … là không chính xác".
    'thông tin ông', 'thông tin bà', 'thông tin trên mạng', 'tin đồn',
  ],
  // "TAND đã xử phạt bị cáo 10 năm tù, buộc bị cáo bồi thường …": the narrated sentence of a court.
  verdictVerbs: ['xử phạt', 'tuyên phạt', 'tuyên án', 'kết án', 'phạt tù', 'tuyên y án', 'tuyên bị cáo', 'tuyên buộc', 'bản án', 'án sơ thẩm', 'án phúc thẩm', 'phán quyết'],
  // "X là người trực tiếp tham mưu, đề xuất …": who someone is.
  roleFrames: ['là người', 'là đơn vị', 'là cơ quan'],
  // "dẫn đến việc Bộ X đề xuất …": the fact that someone proposed.
  nominalisers: ['việc'],
  // "Sư đoàn X tổ chức Lễ phát động …": the host of the event the report is about.
  hostVerbs: ['tổ chức', 'phát động', 'khai mạc', 'tổ chức trọng thể'],
  resultOpeners: ['từ đó', 'qua đó', 'nhờ đó', 'nhờ vậy', 'do vậy', 'do đó', 'vì thế'],
  listIntros: ['sau', 'sau đây', 'như sau', 'cụ thể như sau', 'cụ thể sau'],
  enumerators: [
    'Một là', 'Hai là', 'Ba là', 'Bốn là', 'Năm là', 'Sáu là', 'Bảy là', 'Thứ nhất', 'Thứ hai', 'Thứ ba', 'Thứ tư',
    'Thứ năm', 'Thứ sáu', 'Thứ bảy',
  ],
  backAttributions: [
    'Đó là yêu cầu của', 'Đây là yêu cầu của', 'Đó là chỉ đạo của', 'Đây là chỉ đạo của', 'Đó là đề nghị của',
    'Đó là phát biểu chỉ đạo của', 'Đó là ý kiến chỉ đạo của', 'Đó là nhấn mạnh của', 'Đó là lưu ý của',
  ],
  backAttributionCue: 'yêu cầu',
  nonAddressees: ['chúng', 'tôi', 'mình'],
  documentNumberWords: ['số'],
  commentarySubjects: ['đây', 'điều này', 'đó là'],
  addresseeEnds: [
    'phải', 'cần', 'khẩn trương', 'chủ trì', 'tập trung', 'thực hiện', 'tiếp tục', 'tăng cường', 'đẩy mạnh', 'rà soát',
    'triển khai', 'sớm', 'kịp thời', 'nghiêm túc', 'chỉ đạo', 'phối hợp', 'quan tâm', 'có', 'xây dựng', 'kiểm tra',
    'bảo đảm', 'đảm bảo', 'chú trọng', 'nâng cao', 'làm tốt', 'không', 'nghiên cứu', 'tham mưu', 'hoàn thành',
    'thường xuyên', 'chủ động', 'quyết liệt', 'xử lý', 'báo cáo', 'tổ chức', 'theo dõi', 'giải quyết', 'cung cấp',
    'tổng hợp', 'hướng dẫn', 'bổ sung', 'hoàn thiện', 'khắc phục', 'sớm', 'ưu tiên', 'bố trí', 'phát huy',
    'duy trì', 'giữ vững', 'quán triệt', 'chăm lo', 'đổi mới', 'tích cực', 'nắm chắc', 'siết chặt', 'huy động',
    'tuyên truyền', 'vận động', 'phòng ngừa', 'ngăn chặn', 'đẩy nhanh', 'tạo điều kiện', 'chấn chỉnh', 'kiện toàn',
    'củng cố', 'tuân thủ', 'chấp hành', 'huấn luyện', 'lan tỏa', 'bám sát', 'nắm bắt',
  ],
  // "các cấp ủy, tổ chức đảng, chính quyền": "tổ chức" as a noun stays in the addressee list.
  addresseeNouns: [
    'tổ chức đảng', 'tổ chức cơ sở đảng', 'tổ chức chính trị', 'tổ chức chính trị - xã hội', 'tổ chức đoàn thể',
    'tổ chức hội', 'tổ chức tín dụng', 'tổ chức, cá nhân', 'tổ chức và cá nhân', 'tổ chức, doanh nghiệp',
    'lãnh đạo', 'thủ trưởng', 'người đứng đầu',
  ],
  connectives: [
    'Nhất là', 'Cùng với đó', 'Theo đó', 'Bên cạnh đó', 'Đồng thời', 'Ngoài ra', 'Trong đó', 'Đặc biệt',
    'Trước mắt', 'Tiếp đó', 'Mặt khác', 'Cụ thể', 'Vì vậy', 'Do đó', 'Trong thời gian tới', 'Thời gian tới',
    'Để làm được điều đó', 'Trên cơ sở đó', 'Từ đó', 'Với tinh thần đó', 'Một là', 'Hai là', 'Ba là', 'Bốn là',
    'Năm là', 'Thứ nhất', 'Thứ hai', 'Thứ ba', 'Thứ tư', 'Thứ năm', 'Cuối cùng', 'Trước hết',
  ],
  speakerPronouns: ['đồng chí', 'ông', 'bà', 'Đồng chí', 'Ông', 'Bà'],
  orgHeads: [
    'UBND', 'HĐND', 'Ủy ban', 'Ban Thường vụ', 'Thường trực', 'Ban Bí thư', 'Bộ Chính trị', 'Chính phủ', 'Quốc hội',
    'Bộ', 'Sở', 'Ban', 'Tỉnh ủy', 'Thành ủy', 'Huyện ủy', 'Đảng ủy', 'Công an', 'Cục', 'Tổng cục', 'Văn phòng',
    'Ngân hàng Nhà nước', 'Hội đồng', 'Tòa án', 'Viện kiểm sát', 'Kiểm toán Nhà nước', 'Thanh tra', 'MTTQ',
    'Mặt trận', 'Trung ương', 'Ban Chỉ đạo', 'Ban Tổ chức', 'Ban Chấp hành',
    // Courts, procuracies and investigators by their abbreviations ("VKSND khu vực 7 đề nghị TAND …").
    'TAND', 'VKSND', 'VKS', 'TANDTC', 'VKSNDTC', 'CQĐT', 'Cơ quan điều tra', 'Cơ quan CSĐT', 'Tòa', 'HĐXX',
    // Army units and commands, working groups and crews that give tasks in a report ("Sư đoàn X yêu cầu …").
    'Sư đoàn', 'Quân khu', 'Quân đoàn', 'Quân chủng', 'Binh chủng', 'Bộ Tư lệnh', 'Bộ Chỉ huy', 'Lữ đoàn',
    'Trung đoàn', 'Tiểu đoàn', 'Học viện', 'Bộ đội Biên phòng', 'Cảnh sát biển', 'Đoàn công tác', 'Đoàn kiểm tra',
    'Đoàn thanh tra', 'Đoàn giám sát', 'Tổ công tác', 'Tập đoàn', 'Tổng công ty', 'Ban Giám đốc', 'Ban Giám hiệu',
    'Tổ bay', 'Phi hành đoàn', 'Đội', 'Chi cục', 'Phòng', 'Đồn',
    // Public-service units and sectors that a district's conclusions assign tasks to ("Trung tâm Y tế huyện …",
    // "Ngành Công an đảm bảo …", "Kho bạc Nhà nước huyện …").
    'Trung tâm', 'Ngành', 'Kho bạc', 'Hạt Kiểm lâm',
  ],
  units: [
    { text: 'nghìn tỷ đồng', kind: 'money' }, { text: 'ngàn tỷ đồng', kind: 'money' }, { text: 'tỷ đồng', kind: 'money' },
    { text: 'tỉ đồng', kind: 'money' }, { text: 'triệu đồng', kind: 'money' }, { text: 'nghìn đồng', kind: 'money' },
    { text: 'ngàn đồng', kind: 'money' }, { text: 'đồng', kind: 'money' }, { text: 'VNĐ', kind: 'money' },
    { text: 'VND', kind: 'money' }, { text: 'tỷ USD', kind: 'money' }, { text: 'triệu USD', kind: 'money' },
    { text: 'nghìn USD', kind: 'money' }, { text: 'USD', kind: 'money' }, { text: 'đô la Mỹ', kind: 'money' },
    { text: 'đô la', kind: 'money' }, { text: 'Uscents', kind: 'money' }, { text: 'nhân dân tệ', kind: 'money' }, { text: 'NDT', kind: 'money' },
    { text: 'vạn nhân dân tệ', kind: 'money' }, { text: 'vạn NDT', kind: 'money' }, { text: 'vạn', kind: 'number' },
    { text: 'yên Nhật', kind: 'money' }, { text: 'bảng Anh', kind: 'money' }, { text: 'won', kind: 'money' }, { text: 'rúp', kind: 'money' }, { text: 'US cent', kind: 'money' }, { text: 'cent', kind: 'money' }, { text: 'euro', kind: 'money' }, { text: 'EUR', kind: 'money' },
    { text: 'tỷ', kind: 'number' }, { text: 'tỉ', kind: 'number' }, { text: 'triệu', kind: 'number' },
    { text: 'nghìn', kind: 'number' }, { text: 'ngàn', kind: 'number' }, { text: 'tr.đ', kind: 'money' },
    { text: 'đ', kind: 'money' }, { text: '%', kind: 'percent' }, { text: 'phần trăm', kind: 'percent' },
    { text: 'điểm phần trăm', kind: 'percent' }, { text: 'ha', kind: 'measure' }, { text: 'hecta', kind: 'measure' },
    { text: 'héc-ta', kind: 'measure' }, { text: 'km²', kind: 'measure' }, { text: 'km2', kind: 'measure' },
    { text: 'm²', kind: 'measure' }, { text: 'm2', kind: 'measure' }, { text: 'm³', kind: 'measure' },
    { text: 'm3', kind: 'measure' }, { text: 'km', kind: 'measure' }, { text: 'm', kind: 'measure' },
    { text: 'cm', kind: 'measure' }, { text: 'mm', kind: 'measure' }, { text: 'lít', kind: 'measure' },
    { text: 'tấn', kind: 'measure' }, { text: 'tạ', kind: 'measure' }, { text: 'kg', kind: 'measure' },
    { text: 'MW', kind: 'measure' }, { text: 'kWh', kind: 'measure' }, { text: 'kW', kind: 'measure' },
    { text: 'GW', kind: 'measure' }, { text: 'sào', kind: 'measure' }, { text: 'mẫu', kind: 'measure' },
    { text: 'lần', kind: 'ratio' }, { text: 'độ C', kind: 'measure' }, { text: 'mm/h', kind: 'measure' },
    // Durations: the number comes before the word ("19 tháng"); "tháng 9", "năm 2021" are dates.
    { text: 'tháng', kind: 'measure' }, { text: 'ngày', kind: 'measure' }, { text: 'năm', kind: 'measure' },
    { text: 'tuần', kind: 'measure' },
  ],
  unitCompounds: [
    'đồng chí', 'đồng bào', 'đồng thời', 'đồng ý', 'đồng hành', 'đồng loạt', 'đồng bộ', 'đồng tình', 'đồng nghiệp',
    'đồng đội', 'đồng hương', 'đồng lòng', 'đồng ruộng', 'đồng bằng', 'đồng minh', 'đồng sáng lập', 'tấn công',
  ],
  prefixUnits: [{ text: 'US$', kind: 'money' }, { text: '$', kind: 'money' }, { text: '€', kind: 'money' }, { text: 'VND', kind: 'money' }],
  scaleWords: ['nghìn tỷ', 'ngàn tỷ', 'tỷ', 'tỉ', 'triệu', 'nghìn', 'ngàn', 'vạn', 'trăm'],
  dateCuesBefore: [
    'ngày', 'sáng', 'chiều', 'tối', 'trưa', 'đêm', 'rạng sáng', 'hôm', 'tháng', 'năm', 'quý', 'từ năm', 'đến năm',
    'nhiệm kỳ', 'giai đoạn', 'niên khóa', 'niên độ', 'mùa', 'vụ', 'thập niên', 'thế kỷ', 'đầu năm', 'cuối năm',
    'trước năm', 'sau năm', 'từ ngày', 'đến ngày', 'hạn', 'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu',
    'thứ Bảy', 'Chủ nhật', 'lúc', 'khoảng năm', 'vào năm', 'trong năm', 'hết năm', 'tầm nhìn', 'kế hoạch năm',
    'Tết', 'dịp', 'sinh năm', 'SN',
  ],
  // "6 tháng đầu năm", "9 tháng năm 2025", "6 tháng ước đạt …": a reporting period, not a duration.
  dateCuesAfter: [
    'giờ', 'phút', 'h', 'tuổi', 'năm tuổi', 'ngày tuổi', 'AM', 'PM', 'tháng đầu năm', 'tháng cuối năm', 'tháng năm', 'tháng qua',
    'tháng ước', 'tháng đạt', 'tháng tăng', 'tháng giảm',
    // "50 năm giải phóng miền Nam", "10 năm thực hiện Nghị quyết", "95 năm Ngày thành lập": an anniversary or a
    // reviewed period, not a quantity.
    'năm giải phóng', 'năm thực hiện', 'năm thành lập', 'năm ngày', 'năm chiến thắng', 'năm xây dựng', 'năm đổi mới',
    'năm truyền thống', 'năm Ngày',
  ],
  ordinalCuesBefore: [
    'thứ', 'khóa', 'lần thứ', 'kỳ họp thứ', 'kỳ', 'số', 'Điều', 'điều', 'khoản', 'điểm', 'Chương', 'chương',
    'Mục', 'mục', 'Phần', 'phần', 'Hội nghị Trung ương', 'Hội nghị lần thứ', 'Quân khu', 'Quân đoàn', 'Sư đoàn',
    'Trung đoàn', 'Lữ đoàn', 'tổ', 'Tổ', 'phòng', 'Phòng', 'lớp', 'Lớp', 'hạng', 'top', 'Top', 'xếp thứ', 'đứng thứ',
    'Quốc lộ', 'quốc lộ', 'QL', 'QL.', 'Tỉnh lộ', 'tỉnh lộ', 'ĐT', 'km', 'Km', 'tuyến', 'cao tốc', 'đường',
    'ngõ', 'ngách', 'hẻm', 'căn hộ', 'biển số', 'biển kiểm soát', 'mã', 'Covid', 'COVID', 'Euro', 'SEA Games', 'ASIAD',
    'đời', 'phiên bản', 'Luật', 'Nghị quyết', 'Quyết định', 'Nghị định', 'Chỉ thị', 'Kết luận', 'Kế hoạch',
    'Thông tư', 'Công văn', 'Công điện', 'Thông báo', 'Quy định', 'Hướng dẫn', 'Tờ trình', 'Đề án',
    // An anniversary is a term, not a count: "kỷ niệm 95 năm ngày thành lập".
    'kỷ niệm',
  ],
  // "dân số 85.082 người", "Tổng số 120 cán bộ", "sĩ số 35 học sinh": the cue word "số" closing a compound that counts.
  ordinalCueExceptions: ['dân số', 'tổng số', 'Tổng số', 'con số', 'sĩ số', 'tổng số lượng'],
  ageCuesBefore: ['sinh năm', 'SN', 'tuổi', 'hưởng thọ', 'thọ'],
  // "cách đây 10 năm", "trong 5 năm qua", "3 tháng tới": the span places the event in time.
  timeReferences: {
    spans: ['năm', 'tháng', 'tuần', 'ngày', 'thập kỷ', 'thập niên'],
    before: ['cách đây'],
    after: ['qua', 'trước', 'tới', 'sắp tới', 'gần đây', 'trở lại đây'],
  },
  // Numbered units and bodies: "Vùng 2 Hải quân", "Sư đoàn Không quân 372", "Bệnh viện Quân y 175".
  unitNameCues: ['Vùng', 'Quân khu', 'Quân đoàn', 'Sư đoàn', 'Trung đoàn', 'Lữ đoàn', 'Tiểu đoàn', 'Đại đội', 'Binh đoàn', 'Hải đoàn', 'Hải đội', 'Hạm đội', 'Nhà máy', 'Bệnh viện', 'Xí nghiệp', 'Tổng đội', 'Ban Chỉ đạo'],
  ratioWords: ['trên', 'trong số'],
  approximators: ['khoảng', 'gần', 'hơn', 'trên', 'dưới', 'ít nhất', 'xấp xỉ', 'chưa đến', 'quanh'],
  rangeWords: { open: ['từ'], join: ['đến', 'tới'] },
  labelMaxWords: 8,
  // "150 đồng chí được tặng thưởng danh hiệu …", "3 người bị thương": a passive after the noun says which ones.
  labelSubjectClause: {
    relative: '',
    // "12 điểm trường có nguy cơ …", "6 kho hàng của công ty …": a "có" or "của" phrase after the noun says which ones.
    pastForms: ['được', 'bị', 'đã', 'có', 'của'],
    passives: ['được', 'bị'],
    perfects: [],
    progressives: [],
    stops: ['và', 'nhưng', 'để', 'nhằm', 'khi', 'thì', 'mà', 'do', 'vì', 'nên', 'còn', 'so với', 'với', 'trong đó', 'sau khi', 'trước khi'],
    maxWords: 8,
  },
  labelStops: [
    'và', 'với', 'so với', 'trong đó', 'của', 'cho', 'tại', 'trên', 'để', 'nhằm', 'từ', 'đến', 'khi', 'nhưng',
    'hoặc', 'hay', 'là', 'thì', 'mà', 'đã', 'đang', 'sẽ', 'được', 'bị', 'cùng', 'ở', 'theo', 'vào', 'qua', 'do',
    'về', 'như', 'gồm', 'bao gồm', 'đạt', 'tăng', 'giảm', 'chiếm', 'còn', 'có', 'cũng', 'nay', 'này', 'đó',
    'vượt', 'bằng', 'sau', 'trước', 'trong', 'năm', 'tháng', 'ngày', 'với tổng', 'hơn',
    // "tạm giam 4 tháng đối với …", "5 năm tù đối …": the person the measure applies to is not what it counts.
    'đối với', 'đối',
    // "giá 7 xu thay vì giá 9 xu": the alternative is another figure's.
    'thay vì', 'vì', 'đây',
    // "năm ngoái": the rest of a time phrase ends the label read backwards.
    'ngoái',
    // "24 tháng kể từ ngày ký": the start of a span is a date, not what it counts.
    'kể từ',
    // "100% người XNC đều phải thực hiện …": what all of them must do is not what the number counts.
    'đều',
  ],
  // "3 tỷ đồng mỗi căn", "500.000 đồng mỗi người": a distributive after the amount; what it prices is named before.
  labelRedirects: ['mỗi'],
  labelLeadIns: [
    'ước đạt', 'đạt', 'tăng', 'giảm', 'là', 'khoảng', 'gần', 'hơn', 'trên', 'dưới', 'với', 'còn', 'lên', 'xuống',
    'chiếm', 'bằng', 'vượt', 'có', 'đạt khoảng', 'tới', 'đến', 'lên tới', 'lên đến', 'tương đương', 'trị giá',
    'với tổng', 'tổng cộng', 'tổng số', 'hết', 'mất', 'dự kiến', 'dự kiến đạt', 'phấn đấu đạt', 'xấp xỉ',
    'tăng thêm', 'thêm', 'ở mức', 'mức', 'từ', 'đã', 'đang', 'vẫn', 'đều', 'cũng', 'tại', 'ở',
    'quanh', 'ít nhất', 'chưa đến', 'có thể', 'quá', 'vượt quá', 'không quá', 'không vượt quá',
    // Degree adverbs after a change verb: "tăng mạnh 2 lần", "giảm nhẹ 5%".
    'cao', 'mạnh', 'nhẹ', 'đáng kể',
    // Dimension adjectives: "cao tốc dài 40,2km" measures the length of the road.
    'dài', 'rộng', 'sâu',
  ],
  labelPhrase: {
    functionWords: ['của', 'và', 'với', 'là', 'được', 'có', 'một', 'các', 'những', 'này', 'đó', 'hiện', 'nay', 'họ', 'tôi', 'chúng tôi', 'chúng ta',
      'hiện nay', 'hiện tại', 'cho', 'tại', 'ở', 'thì', 'mà', 'đã', 'đang', 'sẽ', 'cũng', 'vẫn', 'đều', 'bị', 'rất',
      'khoảng', 'hơn', 'gần', 'trên', 'dưới', 'ít nhất', 'tới', 'đến', 'từ', 'về', 'theo', 'nhưng', 'hoặc', 'để', 'nhằm',
      'đối với', 'chỉ', 'phải', 'cần phải', 'có thể', 'quanh', 'xấp xỉ', 'chưa đến'],
    verbs: ['dao động', 'niêm yết', 'áp dụng', 'xác định', 'cần', 'tốn', 'sụt', 'phân bố', 'phê chuẩn', 'ghi nhận',
      'huy động', 'cho biết', 'đạt', 'giữ', 'nâng', 'thu giữ', 'ký', 'tuyên phạt', 'giao dịch', 'dự báo', 'dự kiến',
      'đón', 'bán ra', 'đã bán', 'thu hút', 'bố trí', 'phục vụ', 'ước tính', 'khai thác', 'tính', 'gây', 'chờ', 'đợi', 'mất', 'gửi'],
    nouns: ['giảm trừ', 'tăng trưởng', 'tăng thêm', 'vào ra', 'ra vào', 'đối tượng', 'đối tác', 'đối thủ', 'đối ngoại',
      'cao tốc', 'cao điểm', 'cao ốc', 'cao su', 'cao nguyên', 'cao đẳng', 'không khí', 'không quân', 'không gian',
      'khoảng cách', 'khoảng thời gian'],
    // Adverbs and adjectives: "tăng mạnh 2 lần", "15 ngày mới nhận", "2 nhất"; after the number they end the label.
    nonHeads: ['mới', 'cao', 'thấp', 'nhất', 'không', 'lên', 'xuống', 'trở lên', 'trở xuống', 'nữa', 'rồi', 'khá', 'liền',
      'liên tục', 'liên tiếp', 'thêm', 'mạnh', 'nhẹ', 'đáng kể', 'phổ biến', 'thể'],
    // "2 đứa", "có loại giảm 10%": a classifier names what is counted only with its noun.
    classifiers: ['đứa', 'loại', 'chiếc', 'cái', 'con', 'nơi', 'lúc'],
    rates: ['mỗi tháng', 'một tháng', 'mỗi năm', 'một năm', 'mỗi ngày', 'một ngày', 'mỗi tuần', 'một tuần', 'hằng năm',
      'hàng năm', 'hằng tháng', 'hàng tháng', 'hằng ngày', 'hàng ngày', '/ngày', '/năm', '/tháng', '/tuần', '/giờ'],
    prepositions: ['tại', 'ở', 'trên', 'trong', 'bằng'],
    // Identity copulas only: with "đạt" (reach) the subject is what reaches the number, not what it counts.
    copulas: ['là', 'ở mức'],
    comparisons: ['so với'],
    levels: ['ở mức', 'tại mức', 'mức'],
    // "các căn hộ có giá 3 tỷ đồng": the price of the flats.
    possessions: ['có'],
    // "giá rau nhập từ Lâm Đồng": the source of a noun stays inside its label.

    links: ['của', 'trên', 'tại', 'ở', 'cho', 'từ', 'vào', 'đến', 'tới'],
  },
  changeNouns: { tăng: 'mức tăng', giảm: 'mức giảm', lên: '', xuống: '', còn: '', đến: '', tới: '', dài: 'chiều dài', rộng: 'chiều rộng', sâu: 'độ sâu' },
  documentTypes: [
    { text: 'Nghị quyết', kind: 'resolution' }, { text: 'Chỉ thị', kind: 'directive' },
    { text: 'Quyết định', kind: 'decision' }, { text: 'Nghị định', kind: 'decree' },
    { text: 'Kết luận', kind: 'conclusion' }, { text: 'Kế hoạch', kind: 'plan' },
    { text: 'Luật', kind: 'law', lowercaseName: true }, { text: 'Bộ luật', kind: 'law', lowercaseName: true },
    { text: 'Đạo luật', kind: 'law', lowercaseName: true }, { text: 'Văn bản', kind: 'other', needsCodeOrQuote: true }, { text: 'Thông tư', kind: 'circular' }, { text: 'Công văn', kind: 'dispatch' },
    { text: 'Công điện', kind: 'dispatch' }, { text: 'Thông báo', kind: 'other' }, { text: 'Quy định', kind: 'other' },
    { text: 'Hướng dẫn', kind: 'other' }, { text: 'Đề án', kind: 'plan' }, { text: 'Chương trình hành động', kind: 'plan' },
    { text: 'Pháp lệnh', kind: 'law', lowercaseName: true }, { text: 'Lệnh', kind: 'order' }, { text: 'Hiến pháp', kind: 'law', namesOne: true },
    { text: 'Thông tư liên tịch', kind: 'circular' }, { text: 'Tờ trình', kind: 'other' },
    // Named strategies, master plans, treaties and statutes: "Quy hoạch tỉnh Ninh Bình", "Hiệp định CPTPP", "Quy chế …".
    { text: 'Chiến lược', kind: 'plan' }, { text: 'Quy hoạch', kind: 'plan' }, { text: 'Hiệp định', kind: 'other' },
    { text: 'Công ước', kind: 'other' }, { text: 'Quy chế', kind: 'other' }, { text: 'Điều lệ', kind: 'other' },
  ],
  documentTailWords: ['của', 'số', 'năm', 'khóa'],
  documentNotTail: [
    'Hội nghị', 'Hội thảo', 'Phiên họp', 'Buổi', 'Kỳ họp', 'Đoàn', 'Ban', 'Tỉnh ủy', 'UBND',
    // After "Luật": a lawyer, the law in general, or a verb, not a law's name.
    'sư', 'gia', 'pháp', 'lệ', 'quy định', 'này', 'đó', 'mới', 'sửa đổi', 'hiện hành', 'của',
  ],
  // ", chống" and ", chữa bệnh" pair with the verb before them inside a law's name ("Luật Phòng, chống tham nhũng").
  documentNameParts: ['các cấp', 'toàn quốc', 'lần thứ', 'tỉnh', 'thành phố', 'huyện', ', chống', ', chữa bệnh', ', chống lãng phí'],
};
