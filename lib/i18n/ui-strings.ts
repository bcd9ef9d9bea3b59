import type { ErrorCode, RestrictedReason } from '../protocol/messages';
import type { Section, SummaryNote } from '../schema';

// Every string the brief view shows, in the popup, the side panel and the clipboard, in both UI
// languages, keyed by the same ids. Pages the popup never shows keep theirs apart, so the popup
// does not carry them: lib/i18n/options-strings.ts, lib/report/strings.ts, lib/i18n/context-menu-strings.ts.
// A lib dictionary rather than chrome.i18n because a language chosen in the settings must override
// the browser's, which chrome.i18n cannot do; `_locales` keeps only the manifest's strings. Page
// text never goes through here.

export const UI_LANGS = ['en', 'vi'] as const;
export type UiLang = (typeof UI_LANGS)[number];

/** The UI language setting: follow the browser, or one of the UI languages. */
export type UiLanguageChoice = 'auto' | UiLang;

const en = {
  /** The language of these strings, set on the elements that show them inside page-language text. */
  lang: 'en',
  appName: 'NewsBrief',
  actionTitle: 'NewsBrief: brief this article',
  loading: 'Reading the article…',
  loadingSelection: 'Reading the selected text…',
  /** Shown when the brief takes longer than usual: the page is large, the popup is not stuck. */
  loadingSlow: 'Large page, still working…',
  /** Under a brief made from the first part of a page too large to read whole. */
  truncatedNote: 'This page is very long: the brief covers its first part only.',
  sections: {
    officials: 'Officials',
    people: 'People',
    figures: 'Figures',
    directives: 'Directives',
    documents: 'Documents',
  } satisfies Record<Section, string>,
  noneFound: 'None found',
  unsupported: 'Not available for this language',
  /** Says which sections the engine cannot make for the page's language, named in the UI language (null: not known). */
  unsupportedNote: (language: string | null) =>
    language
      ? `Officials and directives are not available for ${language}; figures are shown.`
      : 'The language of this page could not be told, so officials and directives are not available; figures are shown.',
  /** A heading count when the settings cap the items: "3 of 8". */
  countOf: (shown: number, total: number) => `${shown} of ${total}`,
  moreItems: (hidden: number) => `${hidden} more not shown (see Options)`,
  notePrefix: 'Note:',
  directiveTo: 'to',
  showSource: 'Source',
  showInPage: 'Show this sentence in the page',
  highlightMissing: 'That sentence could not be found on the page.',
  highlightShown: 'Sentence highlighted in the page.',
  copy: 'Copy',
  copyLabel: 'Copy the brief to the clipboard',
  copySection: 'Copy',
  copySectionLabel: (section: string) => `Copy the ${section} section`,
  copyJson: 'JSON',
  copyJsonLabel: 'Copy the brief as JSON',
  copied: 'Copied',
  copiedAnnouncement: 'Brief copied to the clipboard.',
  copyFailed: 'Could not copy. Select the text and copy it instead.',
  retry: 'Try again',
  summarizeSelection: 'Summarize selected text',
  selectionHint: 'Select the text you want on the page, then press the button.',
  errors: {
    'not-article': "This page doesn't look like an article.",
    'restricted-page': 'The browser does not let extensions read this page.',
    'no-tab': 'There is no page to read. Open a news article and click NewsBrief again.',
    'no-selection': 'No text is selected on the page. Select some text and try again.',
    'injection-failed': 'NewsBrief could not read this page. Reload the page and try again.',
    'too-large': 'This page is too long for NewsBrief to read.',
    'bad-request': 'NewsBrief could not talk to its background page. Try again.',
    internal: 'Something went wrong while making the brief.',
  } satisfies Record<ErrorCode, string>,
  /** Why a page is restricted, with what to do: replaces the 'restricted-page' sentence when the reason is known. */
  restrictedReasons: {
    'browser-page': 'This is a browser page; extensions are not allowed to read it. Open a news article and click NewsBrief again.',
    'extension-store': 'The browser does not let extensions read the extension store. Open a news article and click NewsBrief again.',
    'pdf-viewer': 'This is a PDF shown by the browser’s PDF viewer, which extensions cannot read. Open the article as a web page instead.',
    'not-permitted': 'The browser did not let NewsBrief read this page. Click the NewsBrief icon while the article is open in the active tab.',
    'file-access': 'Reading local files needs “Allow access to file URLs” on the extension’s details page.',
  } satisfies Record<RestrictedReason, string>,
  unreadableReply: 'NewsBrief got an answer it could not understand.',
  errorDetails: 'Details',
  shortcut: (keys: string) => `Shortcut: ${keys}`,
  shortcutUnset: 'No keyboard shortcut set',
  openOptions: 'Options',
  openInPanel: 'Open in side panel',
  openInPanelFailed: 'The side panel could not be opened here.',
  /** The side panel on a tab whose brief was not asked for: how to ask. */
  panelIdle: (keys: string) => `Click the NewsBrief icon or press ${keys} to brief this page.`,
  panelIdleNoShortcut: 'Click the NewsBrief icon to brief this page.',
  /** The side panel's bar for the item marked in the page: "Officials: 2 of 4". */
  stepPosition: (section: string, index: number, count: number) => `${section}: ${index} of ${count}`,
  previousItem: 'Previous',
  nextItem: 'Next',
  previousItemLabel: (section: string) => `Previous item in ${section}`,
  nextItemLabel: (section: string) => `Next item in ${section}`,
  clearMark: 'Clear',
  clearMarkLabel: 'Clear the mark in the page (Esc)',
  markCleared: 'Mark cleared.',
  /** The brief's "Add to report"; the report page's own strings are in lib/report/strings.ts. */
  report: {
    addToReport: 'Add to report',
    updateInReport: 'Update in report',
    addedToReport: 'Added to the report.',
    updatedInReport: 'Updated in the report.',
    openReport: 'Open report',
    countLabel: (count: number) => `The report holds ${count === 1 ? '1 article' : `${count} articles`}`,
    full: 'The report’s storage is full, so this article was not added. Export the report and clear it, or remove some articles, then add again.',
    addFailed: (message: string) => `Could not add to the report: ${message}`,
  },
};

/** The shape every UI language fills: the English table's keys, with string or template values. */
export type UiStrings = typeof en;

const vi: UiStrings = {
  lang: 'vi',
  appName: 'NewsBrief',
  actionTitle: 'NewsBrief: tóm tắt bài báo này',
  loading: 'Đang đọc bài báo…',
  loadingSelection: 'Đang đọc đoạn văn đã chọn…',
  loadingSlow: 'Trang lớn, vẫn đang xử lý…',
  truncatedNote: 'Trang này rất dài: bản tóm tắt chỉ gồm phần đầu của trang.',
  sections: {
    officials: 'Cán bộ, lãnh đạo',
    people: 'Nhân vật khác',
    figures: 'Số liệu',
    directives: 'Chỉ đạo',
    documents: 'Văn bản',
  },
  noneFound: 'Không tìm thấy',
  unsupported: 'Chưa hỗ trợ cho ngôn ngữ này',
  // Intl names languages capitalised ("Tiếng Trung"); mid-sentence Vietnamese writes "tiếng Trung".
  unsupportedNote: (language) =>
    language
      ? `Chưa nhận diện được cán bộ và chỉ đạo cho ${language.charAt(0).toLocaleLowerCase('vi')}${language.slice(1)}; chỉ hiển thị số liệu.`
      : 'Không xác định được ngôn ngữ của trang nên chưa nhận diện được cán bộ và chỉ đạo; chỉ hiển thị số liệu.',
  countOf: (shown, total) => `${shown}/${total}`,
  moreItems: (hidden) => `Còn ${hidden} mục không hiển thị (xem Tùy chọn)`,
  notePrefix: 'Lưu ý:',
  directiveTo: 'gửi',
  showSource: 'Nguồn',
  showInPage: 'Hiện câu này trong trang',
  highlightMissing: 'Không tìm thấy câu này trong trang.',
  highlightShown: 'Đã đánh dấu câu trong trang.',
  copy: 'Sao chép',
  copyLabel: 'Sao chép bản tóm tắt vào bộ nhớ tạm',
  copySection: 'Sao chép',
  copySectionLabel: (section) => `Sao chép mục ${section}`,
  copyJson: 'JSON',
  copyJsonLabel: 'Sao chép bản tóm tắt dạng JSON',
  copied: 'Đã sao chép',
  copiedAnnouncement: 'Đã sao chép bản tóm tắt vào bộ nhớ tạm.',
  copyFailed: 'Không sao chép được. Hãy bôi đen văn bản rồi sao chép.',
  retry: 'Thử lại',
  summarizeSelection: 'Tóm tắt đoạn văn đã chọn',
  selectionHint: 'Bôi đen đoạn văn cần tóm tắt trên trang, rồi bấm nút.',
  errors: {
    'not-article': 'Trang này không giống một bài báo.',
    'restricted-page': 'Trình duyệt không cho tiện ích đọc trang này.',
    'no-tab': 'Không có trang nào để đọc. Hãy mở một bài báo rồi bấm NewsBrief lần nữa.',
    'no-selection': 'Chưa có đoạn văn nào được chọn. Hãy bôi đen đoạn văn rồi thử lại.',
    'injection-failed': 'NewsBrief không đọc được trang này. Hãy tải lại trang rồi thử lại.',
    'too-large': 'Trang này quá dài, NewsBrief không đọc hết được.',
    'bad-request': 'NewsBrief không liên lạc được với tiến trình nền. Hãy thử lại.',
    internal: 'Đã xảy ra lỗi khi tạo bản tóm tắt.',
  },
  restrictedReasons: {
    'browser-page': 'Đây là trang của trình duyệt; tiện ích không được phép đọc trang này. Hãy mở một bài báo rồi bấm NewsBrief lần nữa.',
    'extension-store': 'Trình duyệt không cho tiện ích đọc cửa hàng tiện ích. Hãy mở một bài báo rồi bấm NewsBrief lần nữa.',
    'pdf-viewer': 'Đây là tệp PDF mở bằng trình xem PDF của trình duyệt, tiện ích không đọc được. Hãy mở bài báo dưới dạng trang web.',
    'not-permitted': 'Trình duyệt không cho NewsBrief đọc trang này. Hãy bấm biểu tượng NewsBrief khi bài báo đang mở ở thẻ hiện hành.',
    'file-access': 'Muốn đọc tệp trên máy, hãy bật “Cho phép truy cập vào URL của tệp” trong trang chi tiết của tiện ích.',
  },
  unreadableReply: 'NewsBrief nhận được một câu trả lời không hiểu được.',
  errorDetails: 'Chi tiết',
  shortcut: (keys) => `Phím tắt: ${keys}`,
  shortcutUnset: 'Chưa đặt phím tắt',
  openOptions: 'Tùy chọn',
  openInPanel: 'Mở ở bảng bên',
  openInPanelFailed: 'Không mở được bảng bên ở đây.',
  panelIdle: (keys) => `Bấm biểu tượng NewsBrief hoặc nhấn ${keys} để tóm tắt trang này.`,
  panelIdleNoShortcut: 'Bấm biểu tượng NewsBrief để tóm tắt trang này.',
  stepPosition: (section, index, count) => `${section}: ${index}/${count}`,
  previousItem: 'Trước',
  nextItem: 'Tiếp',
  previousItemLabel: (section) => `Mục trước trong ${section}`,
  nextItemLabel: (section) => `Mục tiếp theo trong ${section}`,
  clearMark: 'Bỏ đánh dấu',
  clearMarkLabel: 'Bỏ đánh dấu trong trang (Esc)',
  markCleared: 'Đã bỏ đánh dấu.',
  report: {
    addToReport: 'Thêm vào báo cáo',
    updateInReport: 'Cập nhật trong báo cáo',
    addedToReport: 'Đã thêm vào báo cáo.',
    updatedInReport: 'Đã cập nhật trong báo cáo.',
    openReport: 'Mở báo cáo',
    countLabel: (count) => `Báo cáo đang có ${count} bài`,
    full: 'Bộ nhớ dành cho báo cáo đã đầy nên bài này chưa được thêm. Hãy xuất báo cáo rồi xóa, hoặc bỏ bớt vài bài, rồi thêm lại.',
    addFailed: (message) => `Không thêm được vào báo cáo: ${message}`,
  },
};

/** Both UI languages, keyed alike; the type makes a missing key a compile error. */
export const UI_STRINGS: Record<UiLang, UiStrings> = { en, vi };

/** The English strings: the default for scripts and tests that do not choose a language. */
export const ui = en;

/**
 * Returns the UI language: the chosen one; on 'auto', the first of the browser's languages that
 * NewsBrief speaks (pass the reader's preferred languages, then the browser UI language), else English.
 */
export function pickUiLang(choice: UiLanguageChoice, browserLangs: string | null | undefined | readonly string[]): UiLang {
  if (choice !== 'auto') return choice;
  const candidates = typeof browserLangs === 'string' ? [browserLangs] : (browserLangs ?? []);
  for (const tag of candidates) {
    const primary = tag.toLowerCase().split(/[-_]/)[0];
    const lang = UI_LANGS.find((known) => known === primary);
    if (lang) return lang;
  }
  return 'en';
}

/** Returns the strings of a UI language. */
export function getUiStrings(lang: UiLang): UiStrings {
  return UI_STRINGS[lang];
}

/** Returns a section heading with its count, e.g. "Officials (4)" or "Officials (3 of 8)"; no count for unsupported sections. */
export function formatSectionHeading(
  section: Section,
  count: number | null,
  strings: UiStrings = en,
  total: number | null = count,
): string {
  const name = strings.sections[section];
  if (count === null) return name;
  const shown = total !== null && total > count ? strings.countOf(count, total) : String(count);
  return `${name} (${shown})`;
}

/**
 * Returns a language's name in the UI language ("tiếng Trung", "Chinese"), the code itself when
 * Intl does not know it, or null for "und" or an invalid tag (no language known): the one place that names languages.
 */
export function describeLanguage(code: string, strings: UiStrings): string | null {
  if (!code || code === 'und') return null;
  try {
    const name = new Intl.DisplayNames([strings.lang], { type: 'language' }).of(code);
    if (name && name !== code) return name;
  } catch {
    // An invalid tag ("<b>x" from a page's lang attribute) names no language.
    return null;
  }
  return code;
}

/** Returns the brief's notes in the UI language: the engine gives codes, the UI words them. */
export function listNotes(summary: { lang: string; notes: readonly SummaryNote[] }, strings: UiStrings): string[] {
  return summary.notes.map((note) => {
    switch (note) {
      case 'figures-only':
        return strings.unsupportedNote(describeLanguage(summary.lang, strings));
    }
  });
}
