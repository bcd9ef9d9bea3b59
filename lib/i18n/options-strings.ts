import type { CopyFormat, ToolbarClick, UiLanguageSetting } from '../storage/settings';
import type { UiLang } from './ui-strings';

// The options page's strings, both UI languages, keyed alike. A module apart from lib/i18n/ui-strings.ts
// so the popup, which never shows them, does not carry them within its size budget.

const en = {
  /** The language of these strings, set on the page. */
  lang: 'en',
  title: 'NewsBrief options',
  copyFormat: 'Copy format',
  formats: {
    markdown: 'Markdown (headings and lists as text marks; rich text for editors that take it)',
    plain: 'Plain text (structure kept, no marks)',
    html: 'Rich text (bold names and lists in Word, Docs, Gmail)',
  } satisfies Record<CopyFormat, string>,
  sections: 'Sections to include',
  maxItems: 'Items per section',
  allItems: 'All',
  uiLanguage: 'Interface language',
  languages: { auto: 'Automatic (browser language)', vi: 'Tiếng Việt', en: 'English' } satisfies Record<UiLanguageSetting, string>,
  toolbarClick: 'The toolbar icon opens',
  toolbarChoices: {
    popup: 'The popup (it closes when you click into the page)',
    panel: 'The side panel (it stays beside the page)',
  } satisfies Record<ToolbarClick, string>,
  saved: 'Saved.',
  saveFailed: 'Could not save the settings.',
  reset: 'Restore defaults',
};

/** The shape every UI language fills for the options page. */
export type OptionsStrings = typeof en;

const vi: OptionsStrings = {
  lang: 'vi',
  title: 'Tùy chọn NewsBrief',
  copyFormat: 'Định dạng khi sao chép',
  formats: {
    markdown: 'Markdown (tiêu đề và danh sách bằng ký hiệu; văn bản định dạng cho trình soạn thảo hỗ trợ)',
    plain: 'Văn bản thuần (giữ cấu trúc, không ký hiệu)',
    html: 'Văn bản định dạng (tên in đậm, danh sách trong Word, Docs, Gmail)',
  },
  sections: 'Các mục cần đưa vào',
  maxItems: 'Số mục mỗi phần',
  allItems: 'Tất cả',
  uiLanguage: 'Ngôn ngữ giao diện',
  languages: { auto: 'Tự động (theo trình duyệt)', vi: 'Tiếng Việt', en: 'English' },
  toolbarClick: 'Khi bấm biểu tượng trên thanh công cụ, mở',
  toolbarChoices: {
    popup: 'Cửa sổ nhỏ (đóng lại khi bấm vào trang)',
    panel: 'Bảng bên (luôn ở cạnh trang)',
  },
  saved: 'Đã lưu.',
  saveFailed: 'Không lưu được tùy chọn.',
  reset: 'Khôi phục mặc định',
};

/** Both UI languages of the options page, keyed alike. */
export const OPTIONS_STRINGS: Record<UiLang, OptionsStrings> = { en, vi };

/** Returns the options page's strings in a UI language. */
export function getOptionsStrings(lang: UiLang): OptionsStrings {
  return OPTIONS_STRINGS[lang];
}
