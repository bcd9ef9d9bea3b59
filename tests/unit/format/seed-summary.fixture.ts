import type { Summary } from '../../../lib/schema';

// A hand-made Summary shaped like the seed article's brief (issue 2), for the formatters and
// components. It is input to the UI, not an expectation of the engine.

const SENTENCE_OPENING =
  'Đồng chí Phạm Minh Chính - Ủy viên Bộ Chính trị, Trưởng ban Tổ chức Trung ương yêu cầu ngành Tổ chức xây dựng Đảng phải thực hiện tốt “5 hóa”: hạt nhân hóa lãnh đạo, chuẩn hóa văn bản pháp quy, đơn giản hóa thủ tục hành chính, tự động hóa tổ chức thực hiện, tối ưu hóa kết quả hoạt động.';
const SENTENCE_CHAIRS =
  'Các đồng chí: Phạm Minh Chính - Ủy viên Bộ Chính trị, Trưởng ban Tổ chức Trung ương; Nguyễn Thanh Bình - Phó Trưởng ban Thường trực Ban Tổ chức Trung ương chủ trì tại điểm cầu Hà Nội.';
const SENTENCE_NGHE_AN =
  'Tại điểm cầu Tỉnh ủy Nghệ An, các đồng chí: Thái Thanh Quý - Ủy viên Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy; Lê Đức Cường - Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng ban Tổ chức Tỉnh ủy đồng chủ trì.';
const SENTENCE_CONGRESSES =
  'Đóng góp vào kết quả chung trên của ngành Tổ chức xây dựng Đảng, Nghệ An đã chuẩn bị chu đáo, toàn diện về chính trị, tư tưởng và tổ chức, tổ chức thành công đại hội đảng các cấp với 7.893 chi bộ trực thuộc Đảng ủy cơ sở, 1.423 tổ chức cơ sở đảng và 28 đảng bộ trực thuộc.';
const SENTENCE_TASKS =
  'Theo đó, ngành Tổ chức xây dựng Đảng xác định bám sát Nghị quyết Đại hội Đảng bộ các cấp, đặc biệt là Nghị quyết Đại hội XIII của Đảng với 6 nhiệm vụ trọng tâm, 3 đột phá chiến lược, trong đó tập trung triển khai toàn diện, đồng bộ 3 nhiệm vụ trọng tâm về công tác tổ chức xây dựng Đảng.';

export function makeSeedSummary(): Summary {
  return {
    url: 'http://127.0.0.1/baonghean-seed/',
    title: 'Ngành Tổ chức xây dựng Đảng triển khai nhiệm vụ năm 2021',
    siteName: 'Báo Nghệ An',
    byline: null,
    publishedTime: '2021-03-12T10:30:00+07:00',
    lang: 'vi',
    lead: [SENTENCE_OPENING],
    officials: [
      { name: 'Phạm Minh Chính', titles: ['Ủy viên Bộ Chính trị', 'Trưởng ban Tổ chức Trung ương'], mentions: 4, evidence: SENTENCE_OPENING, paragraph: 0, rules: [] },
      { name: 'Nguyễn Thanh Bình', titles: ['Phó Trưởng ban Thường trực Ban Tổ chức Trung ương'], mentions: 1, evidence: SENTENCE_CHAIRS, paragraph: 1, rules: [] },
      { name: 'Thái Thanh Quý', titles: ['Ủy viên Ban Chấp hành Trung ương Đảng', 'Bí thư Tỉnh ủy'], mentions: 1, evidence: SENTENCE_NGHE_AN, paragraph: 2, rules: [] },
      { name: 'Lê Đức Cường', titles: ['Ủy viên Ban Thường vụ Tỉnh ủy', 'Trưởng ban Tổ chức Tỉnh ủy'], mentions: 1, evidence: SENTENCE_NGHE_AN, paragraph: 2, rules: [] },
    ],
    people: [],
    figures: [
      { text: '7.893', value: 7893, valueMax: null, unit: null, kind: 'count', label: 'chi bộ trực thuộc Đảng ủy cơ sở', evidence: SENTENCE_CONGRESSES, paragraph: 7, rules: [] },
      { text: '1.423', value: 1423, valueMax: null, unit: null, kind: 'count', label: 'tổ chức cơ sở đảng', evidence: SENTENCE_CONGRESSES, paragraph: 7, rules: [] },
      { text: '28', value: 28, valueMax: null, unit: null, kind: 'count', label: 'đảng bộ trực thuộc', evidence: SENTENCE_CONGRESSES, paragraph: 7, rules: [] },
      { text: '5 hóa', value: 5, valueMax: null, unit: null, kind: 'count', label: 'hóa', evidence: SENTENCE_OPENING, paragraph: 0, rules: [] },
      { text: '6', value: 6, valueMax: null, unit: null, kind: 'count', label: 'nhiệm vụ trọng tâm', evidence: SENTENCE_TASKS, paragraph: 12, rules: [] },
      { text: '3', value: 3, valueMax: null, unit: null, kind: 'count', label: 'đột phá chiến lược', evidence: SENTENCE_TASKS, paragraph: 12, rules: [] },
    ],
    directives: [
      { text: 'Ngành Tổ chức xây dựng Đảng phải thực hiện tốt “5 hóa”: hạt nhân hóa lãnh đạo, chuẩn hóa văn bản pháp quy, đơn giản hóa thủ tục hành chính, tự động hóa tổ chức thực hiện, tối ưu hóa kết quả hoạt động.', by: 'Phạm Minh Chính', to: 'ngành Tổ chức xây dựng Đảng', cue: 'yêu cầu', evidence: SENTENCE_OPENING, paragraph: 0, rules: [] },
      { text: 'Ngành cần tiếp tục xây dựng đội ngũ cán bộ.', by: 'Phạm Minh Chính', to: null, cue: 'cần', evidence: 'Nhất là, ngành cần tiếp tục xây dựng đội ngũ cán bộ; tiếp tục đổi mới, kiện toàn và từng bước hoàn thiện tổ chức bộ máy của hệ thống chính trị tinh gọn.', paragraph: 13, rules: [] },
      { text: 'Ngành cần tập trung tham mưu cụ thể hóa và triển khai thực hiện Nghị quyết Đại hội XIII của Đảng.', by: 'Phạm Minh Chính', to: null, cue: 'cần', evidence: 'Ngành cũng cần tập trung tham mưu cụ thể hóa và triển khai thực hiện Nghị quyết Đại hội XIII của Đảng, Nghị quyết Đại hội Đảng bộ các cấp.', paragraph: 14, rules: [] },
      { text: 'Ngành cần tiếp tục phối hợp chuẩn bị, tổ chức thành công bầu cử đại biểu Quốc hội khóa XV và HĐND các cấp nhiệm kỳ 2021-2026.', by: 'Phạm Minh Chính', to: null, cue: 'cần', evidence: 'Cùng với đó, ngành Tổ chức xây dựng Đảng cần tiếp tục phối hợp chuẩn bị, tổ chức thành công bầu cử đại biểu Quốc hội khóa XV và HĐND các cấp nhiệm kỳ 2021-2026; bám sát thực tiễn để xử lý vướng mắc về công tác cán bộ.', paragraph: 15, rules: [] },
      { text: 'Cán bộ ngành cần thực hiện tốt phương châm xây dựng cán bộ của ngành.', by: 'Phạm Minh Chính', to: null, cue: 'cần', evidence: 'Cán bộ ngành cần thực hiện tốt phương châm xây dựng cán bộ của ngành là: “Đoàn kết - Trung thành - Trung thực -Trong sáng - Gương mẫu - Tinh thông - Chuyên nghiệp”.', paragraph: 16, rules: [] },
    ],
    documents: [
      { text: 'Nghị quyết Đại hội XIII của Đảng', kind: 'resolution', code: null, evidence: SENTENCE_TASKS, paragraph: 12, rules: [] },
    ],
    unsupported: [],
    notes: [],
  };
}
