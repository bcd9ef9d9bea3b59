// Text rules for page debris, shared by the HTML clean-up and the .txt reader so both drop the
// same captions, credits, image labels, related-news headings and widget labels. They look at the
// wording and length of one line, never at a site name. Lines are expected NFC with spaces collapsed.

/** Longest line still treated as a caption: captions are one or two sentences. */
const MAX_CAPTION = 320;

/** "Ảnh: Thành Duy", "Ảnh tư liệu: Thành Cường", "Photo: Reuters", "Nguồn ảnh: …" at a line's end. */
const CREDIT_TAIL =
  /(?:^|[\s(.\-–—|])(?:ảnh|hình|hình ảnh|nguồn ảnh|đồ họa|đồ hoạ|video|clip|photos?|photograph|pictures?|images?|credit|graphic)(?:\s[\p{L}]+){0,3}\s?:\s?[^:.!?]{1,60}[)\]]?\.?$/iu;

/** "Photo by Jane Doe", "Image courtesy of …". */
const CREDIT_BY = /(?<!\p{L})(?:photos?|photograph|images?|pictures?)\s(?:by|courtesy of|credit)\s[^.!?]{1,60}$/iu;

/** "(AP Photo/Evan Vucci)", "(Ảnh minh họa)", "(Ảnh minh họa: Internet)" closing a line. */
const CREDIT_PAREN =
  /\([^()]{0,60}(?<!\p{L})(?:ảnh|photo|photos|photograph|image|getty images|shutterstock|afp|reuters|ttxvn)(?!\p{L})[^()]{0,60}\)\.?$/iu;

/** "Tiêu đề bài ảnh 1", "Ảnh 2", "Photo 3": the image label a copied page leaves above a caption. */
const IMAGE_LABEL = /(?:^|\s)(?:ảnh|hình|photo|image)\s?\d{1,3}$/iu;
/** A gallery counter: "Image 1 of / 23", "1 of 6", "Ảnh 2/5". */
const IMAGE_COUNTER = /^(?:(?:ảnh|hình|photo|image|picture|slide)\s?)?\d{1,3}\s?(?:of|\/)\s?\/?\s?\d{0,3}$/iu;
/** "Natalie Naccache | Bloomberg | Getty Images": a photo credit naming an agency or picture bank after a bar or slash. */
const CREDIT_BANK = /[|/]\s?(?:getty images|shutterstock|istock|alamy|afp|ap|epa|reuters|bloomberg|ttxvn)$/iu;

/** Headings that open a related-news / read-more block. */
const RELATED_HEADING =
  /^(?:tin mới(?: nhất)?|tin(?: tức)? gần đây|tin liên quan|bài liên quan|tin cùng chuyên mục|tin khác|các tin khác|tin đọc nhiều|đọc nhiều(?: nhất)?|xem thêm|đọc thêm|có thể bạn quan tâm|bạn có thể quan tâm|related(?: articles| stories| news| content| coverage| posts| links)?|read more|read next|more (?:stories|news|from [\p{L} ]{1,30})|you (?:may|might) also like|recommended(?: for you| stories)?|most (?:read|popular|viewed)|see also|trending(?: now)?|you (?:may|might) also (?:like|enjoy)|recent (?:articles|posts|stories)|popular (?:articles|posts|stories)|more great [\p{L}\s]{1,20} stories|don['’]?t miss|more|about the author|related coverage(?: from [^:]{1,40})?)\s?:?(?:\.{3}|…)?$/iu;

/** A line that is one related link: "Xem thêm: Tiêu đề…", "READ MORE: …", ">> …". */
const RELATED_LINK =
  /^(?:(?:xem thêm|đọc thêm|tin liên quan|bài liên quan|read more|related|see also|also read|read also|watch)\s?(?::|>>|»|-|–)|>>|»)\s?\S/iu;

/** Share / print / comment / font-size widget labels, alone or several on one line. */
const WIDGET_WORD =
  '(?:chia sẻ|share|tweet|email|e-mail|print|in bài|bình luận|comments?|gửi bình luận|facebook|twitter|zalo|linkedin|whatsapp|pinterest|reddit|telegram|messenger|copy link|sao chép(?: liên kết)?|lưu(?: bài)?|save|theo dõi|follow(?: us)?|thích|like|báo lỗi|góp ý|cỡ chữ|font size|a\\+|a-|listen|nghe bài(?: viết)?|tải về|download|gift this article|sign in|log in|đăng nhập|close|caption|order reprints|reprints|text size|advert|continue reading(?: below)?|breaking news|tags)';
const WIDGET_LINE = new RegExp(
  `^${WIDGET_WORD}(?:\\s(?:this|bài viết|bài|article|story|link|on|via|us|tin))*(?:[\\s|·•,/:]+${WIDGET_WORD}(?:\\s(?:this|bài viết|bài|article|story|link|on|via|us|tin))*)*[\\s|·•,/:]*$`,
  'iu',
);

/** Newsletter, cookie and script prompts: short lines that speak to the reader, not about the news. */
const PROMPT =
  /(?<!\p{L})(?:enable javascript|javascript is disabled|browser does not support|sign up (?:for|to) our|subscribe to our|newsletters?|đăng ký nhận tin|affiliate (?:links?|commission)|(?:in|to) your inbox|we use cookies|use of cookies|cookie (?:policy|settings|preferences)|accept (?:all )?cookies|advertisement|quảng cáo|recaptcha|all rights reserved|bản quyền thuộc|copyright)(?!\p{L})|©/iu;

/** A line that asks the reader to do something: subscribe, follow, share, join. */
const READER_PROMPT =
  /^(?:subscribe\b|sign up\b|get the latest\b|follow (?:us|@|\p{Lu}[\p{L}'’.]*(?:\s\p{Lu}[\p{L}'’.]*)* on)\b|join our\b|like this (?:story|article)\b|want more stories\b|if you enjoyed this\b|tell us what you think\b|let our news\b)/iu;
/** Contributor lines at the foot of wire copy: "(Reporting by …; editing by …)", "X contributed to this report." */
const CONTRIBUTOR = /^\(?(?:additional )?(?:reporting|writing|editing) by\b|contributed (?:reporting|to this report)/iu;
/** An e-mail address: a short line holding one is a contact line ("Write to X at x@y.com"). */
const EMAIL = /[\p{L}\d._%+-]+@[\p{L}\d-]+(?:\.[\p{L}\d-]+)+/u;
/** "5 min read", "Tempo de leitura: 1 minuto", "Thời gian đọc: 3 phút". */
const READING_TIME = /^(?:\d{1,3}\s?(?:min(?:ute)?s?|phút)\s(?:read|đọc)|(?:reading time|read time|tempo de leitura|temps de lecture|lesezeit|thời gian đọc)\s?:?.{0,20})$/iu;
/** Any-language dateline: a clock time and a year in a short line ("sexta-feira, 22 de outubro de 2010 às 20:13"). */
const CLOCK = /(?<!\d)\d{1,2}[:h]\d{2}(?!\d)/u;
const YEAR = /(?<!\d)(?:19|20)\d{2}(?!\d)/u;

/** Weekdays, months, times, numeric dates and "updated" words: what a dateline is made of. */
const DATE_TOKEN =
  /(?<!\p{L})(?:thứ (?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ nhật|ngày|tháng|năm|lúc|cập nhật|đăng|giờ|sáng|chiều|tối|updated?|published|posted|last|on|at|ago|min(?:ute)?s?|hours?|mon(?:day)?|tue(?:sday)?|wed(?:nesday)?|thu(?:rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|today|yesterday|days?|original|st|nd|rd|th|et|pt|ct|mt|gmt|utc|[ap]\.?m\.?|[a-z]{2,4}t)(?!\p{L})|\d{1,4}(?:[/.:-]\d{1,4}){0,2}|[+-]\d{1,2}/giu;

/** Agency or site prefix opening a sapo: "(Baonghean.vn) - ", "(Dân trí) - ", "TTO - ", "HÀ NỘI (TTXVN) - ". */
const AGENCY_PREFIX =
  /^(?:(?:[\p{Lu}][\p{L}.]*\s){0,3}\([^()]{2,40}\)|\p{Lu}{2,}[\p{Lu}\s.'’/-]*,[^()]{1,30}\([^()]{2,40}\)|(?:[\p{Lu}\d][\p{Lu}\d.&]+|[\p{L}\d]+\.(?:vn|com|net|org)(?:\.vn)?)(?:\s[\p{Lu}\d][\p{Lu}\d.&]*){0,3}(?:\s?\([^()]{2,30}\))?)\s?[-–—]\s?/u;

/** A bare agency tag before a capital, no dash: "(TNO) TAND TP.Đà Nẵng …". */
const AGENCY_TAG = /^\([\p{Lu}\p{N}][^()\s]{1,15}\)\s(?=\p{Lu})/u;

/** Returns the text NFC-normalised with invisible characters removed and whitespace collapsed. */
export function normalizeSpace(text: string): string {
  return text.normalize('NFC').replace(/[\u00ad\u200b\u2060\ufeff]/g, '').replace(/\s+/g, ' ').trim();
}

/** True for a photo caption or credit line ("… Ảnh: Thành Duy", "(Ảnh minh họa)"); not for long body text. */
export function isCaption(line: string): boolean {
  if (line.length > MAX_CAPTION) return false;
  return CREDIT_TAIL.test(line) || CREDIT_BY.test(line) || CREDIT_PAREN.test(line) || (line.length <= 100 && CREDIT_BANK.test(line));
}

/** Returns a long paragraph without a trailing photo credit; leaves other text as is. */
export function stripCreditTail(text: string): string {
  if (text.length <= MAX_CAPTION) return text;
  return text.replace(CREDIT_PAREN, '').trimEnd();
}

/** True for an image label such as "Tiêu đề ảnh 1" left by copying a page with pictures. */
export function isImageLabel(line: string): boolean {
  return line.length <= 300 && (IMAGE_LABEL.test(line) || IMAGE_COUNTER.test(line));
}

/** True for a heading that opens a related-news block ("Tin mới", "Tin liên quan", "Read more"). */
export function isRelatedHeading(line: string): boolean {
  return line.length <= 60 && RELATED_HEADING.test(line);
}

/** True for a single related-link line ("Xem thêm: …", "READ MORE: …"). */
export function isRelatedLink(line: string): boolean {
  return line.length <= 250 && RELATED_LINK.test(line);
}

/** True for share/print/comment widget labels and reader prompts (cookies, newsletter, JavaScript). */
export function isWidgetText(line: string): boolean {
  if (line.length <= 120 && WIDGET_LINE.test(line)) return true;
  if (line.length <= 250 && (READER_PROMPT.test(line) || READING_TIME.test(line))) return true;
  return line.length <= 200 && PROMPT.test(line);
}

/** True for wire-copy contributor lines and contact lines ("Write to X at x@y.com"). */
export function isCreditOrContact(line: string): boolean {
  return line.length <= 300 && (CONTRIBUTOR.test(line) || (line.length <= 200 && EMAIL.test(line)));
}

/** True for a dateline such as "Thứ Ba, 25/12/2012 - 10:03" or "Updated 2:26 PM GMT+2": nothing but date words. */
export function isDateLine(line: string): boolean {
  if (line.length <= 60 && CLOCK.test(line) && YEAR.test(line) && !/[.!?]$/.test(line) && (line.match(/\p{L}+/gu)?.length ?? 0) <= 8) return true;
  if (line.length > 90 || !/\d/.test(line)) return false;
  return !/[\p{L}\d]/u.test(line.replace(DATE_TOKEN, ''));
}

/** "By Jane Doe", "By A and B / Staff Writers": a byline line opening the body. */
const BYLINE_LINE = /^[Bb]y\s\p{Lu}[^.!?]{0,100}$/u;
/** Class names or tokens leaked as text: one long run of ASCII without a space. */
const CODE_LIKE = /^[\x21-\x7e]{40,}$/;

/** True for a byline line ("By Jane Doe") or leaked markup tokens. */
export function isBylineOrCode(line: string): boolean {
  return BYLINE_LINE.test(line) || CODE_LIKE.test(line);
}

/** True for any single line of page debris the clean-up drops. */
export function isDebrisLine(line: string): boolean {
  return (
    isCaption(line) || isImageLabel(line) || isRelatedLink(line) || isWidgetText(line) || isDateLine(line) || isBylineOrCode(line) || isCreditOrContact(line)
  );
}

/** True when the text opens with an agency prefix such as "(Baonghean.vn) - " or "TTO - ". */
export function hasAgencyPrefix(text: string): boolean {
  return AGENCY_PREFIX.test(text) || AGENCY_TAG.test(text);
}

/** Returns the text without a leading agency prefix; other text unchanged. */
export function stripAgencyPrefix(text: string): string {
  return text.replace(AGENCY_PREFIX, '').replace(AGENCY_TAG, '');
}

/** Returns a key that equates two paragraphs differing only in case, spacing or punctuation. */
export function toParagraphKey(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}
