import { type UiLang, type UiStrings, getUiStrings, ui } from '../i18n/ui-strings';

// The report page's strings, both UI languages, keyed like lib/i18n/ui-strings.ts and joined to it as
// `strings.report`. A module apart so the popup, which shows only "Add to report", does not carry
// the page's strings within its size budget.

const en = {
  pageTitle: 'NewsBrief report',
  defaultTitle: (date: string) => `Daily brief — ${date}`,
  titleLabel: 'Report title',
  dateLabel: 'Date',
  dateInvalid: (example: string) => `That is not a date NewsBrief can read. Write it like ${example}, or 2026-12-02.`,
  articleCount: (count: number) => (count === 1 ? '1 article' : `${count} articles`),
  articlesHeading: 'Articles',
  acrossHeading: 'Across articles',
  directivesByIssuer: 'Directives by issuer',
  noIssuer: 'No issuer named',
  figuresByArticle: 'Figures by article',
  notePrefix: 'Note:',
  noteLabel: (title: string) => `Your note on “${title}”`,
  notePlaceholder: 'Your note on this article (goes into the report)',
  address: 'Address',
  openArticle: 'Open the article',
  sentenceLink: (number: number) => `Open article ${number} at this sentence`,
  moveUp: 'Move up',
  moveDown: 'Move down',
  moveLabel: (title: string, direction: string) => `${direction}: “${title}”`,
  dragHandle: 'Drag to reorder, or focus and press Alt+↑ / Alt+↓',
  moved: (title: string, position: number, count: number) => `“${title}” is now ${position} of ${count}.`,
  remove: 'Remove',
  removeLabel: (title: string) => `Remove “${title}” from the report`,
  clearAll: 'Clear all',
  undo: 'Undo',
  removed: (title: string) => `Removed “${title}”.`,
  cleared: (count: number) => `Report cleared (${count === 1 ? '1 article' : `${count} articles`}).`,
  empty: 'The report is empty. On any brief, press “Add to report”.',
  unreadable: 'This record could not be read',
  unreadableHelp: 'It comes from another version of NewsBrief or was damaged. Brief the page again to replace it, or remove it.',
  readFailed: 'The report could not be read from the browser’s storage.',
  writeFailed: 'The change could not be saved.',
  exportHeading: 'Export',
  exportDocx: 'Word (.docx)',
  exportMarkdown: 'Markdown',
  exportHtml: 'HTML',
  copyReport: 'Copy',
  copyReportLabel: 'Copy the report to the clipboard',
  reportCopied: 'Report copied to the clipboard.',
  exportFailed: 'The file could not be made.',
};

/** The strings only the report page and its exports use. */
export type ReportPageStrings = typeof en;

const vi: ReportPageStrings = {
  pageTitle: 'Báo cáo NewsBrief',
  defaultTitle: (date) => `Báo cáo tổng hợp — ${date}`,
  titleLabel: 'Tiêu đề báo cáo',
  dateLabel: 'Ngày',
  dateInvalid: (example) => `NewsBrief không đọc được ngày này. Hãy ghi theo dạng ${example}.`,
  articleCount: (count) => `${count} bài`,
  articlesHeading: 'Các bài báo',
  acrossHeading: 'Tổng hợp các bài',
  directivesByIssuer: 'Chỉ đạo theo người, cơ quan chỉ đạo',
  noIssuer: 'Không nêu người chỉ đạo',
  figuresByArticle: 'Số liệu theo bài',
  notePrefix: 'Ghi chú:',
  noteLabel: (title) => `Ghi chú của bạn về “${title}”`,
  notePlaceholder: 'Ghi chú của bạn về bài này (được đưa vào báo cáo)',
  address: 'Địa chỉ',
  openArticle: 'Mở bài báo',
  sentenceLink: (number) => `Mở bài ${number} tại câu này`,
  moveUp: 'Lên',
  moveDown: 'Xuống',
  moveLabel: (title, direction) => `${direction}: “${title}”`,
  dragHandle: 'Kéo để đổi thứ tự, hoặc chọn rồi bấm Alt+↑ / Alt+↓',
  moved: (title, position, count) => `“${title}” nay ở vị trí ${position}/${count}.`,
  remove: 'Bỏ',
  removeLabel: (title) => `Bỏ “${title}” khỏi báo cáo`,
  clearAll: 'Xóa tất cả',
  undo: 'Hoàn tác',
  removed: (title) => `Đã bỏ “${title}”.`,
  cleared: (count) => `Đã xóa báo cáo (${count} bài).`,
  empty: 'Báo cáo chưa có bài nào. Trên bản tóm tắt bất kỳ, bấm “Thêm vào báo cáo”.',
  unreadable: 'Không đọc được bản ghi này',
  unreadableHelp: 'Bản ghi do phiên bản NewsBrief khác tạo ra hoặc đã hỏng. Hãy tóm tắt lại trang để thay thế, hoặc bỏ nó đi.',
  readFailed: 'Không đọc được báo cáo từ bộ nhớ của trình duyệt.',
  writeFailed: 'Không lưu được thay đổi.',
  exportHeading: 'Xuất',
  exportDocx: 'Word (.docx)',
  exportMarkdown: 'Markdown',
  exportHtml: 'HTML',
  copyReport: 'Sao chép',
  copyReportLabel: 'Sao chép báo cáo vào bộ nhớ tạm',
  reportCopied: 'Đã sao chép báo cáo vào bộ nhớ tạm.',
  exportFailed: 'Không tạo được tệp.',
};

/** Both UI languages of the report page's own strings, keyed alike. */
export const REPORT_PAGE_STRINGS: Record<UiLang, ReportPageStrings> = { en, vi };

/** The UI strings with the report page's joined into `report`: what the report page and its exports write with. */
export type ReportUi = UiStrings & { report: UiStrings['report'] & ReportPageStrings };

function join(strings: UiStrings, lang: UiLang): ReportUi {
  return { ...strings, report: { ...strings.report, ...REPORT_PAGE_STRINGS[lang] } };
}

/** Returns the report page's strings in a UI language. */
export function getReportUi(lang: UiLang): ReportUi {
  return join(getUiStrings(lang), lang);
}

/** The English report strings: the default for tests and scripts. */
export const reportUi: ReportUi = join(ui, 'en');
