import { JSDOM, VirtualConsole } from 'jsdom';

// Generated huge pages for the page-size tests (quick ones in page-size.test.ts, the slow ones in
// page-size.slow.test.ts).

export const URL_ = 'https://example.org/huge';

export function parse(html: string): Document {
  return new JSDOM(html, { url: URL_, virtualConsole: new VirtualConsole() }).window.document;
}

/** A paragraph of prose the not-article judge accepts: sentences, figures, a directive. */
export function prose(i: number): string {
  return `Đoạn ${i}: Ông Nguyễn Văn An, Chủ tịch UBND tỉnh, yêu cầu các sở khẩn trương triển khai ${i} nhiệm vụ. Kết quả đạt ${i},5 tỷ đồng.`;
}

export function articlePage(paragraphs: number, before = ''): string {
  const body = Array.from({ length: paragraphs }, (_, i) => `<p>${prose(i)}</p>`).join('');
  return `<!doctype html><html lang="vi"><head><title>Trang rất dài</title></head><body>${before}<article><h1>Trang rất dài</h1>${body}</article></body></html>`;
}

/** Nests `depth` divs with DOM calls (jsdom's parser is quadratic on deep markup), prose at the bottom. */
export function deepPage(depth: number): Document {
  const doc = parse('<!doctype html><html lang="vi"><head><title>Sâu</title></head><body></body></html>');
  let at: Element = doc.body;
  for (let i = 0; i < depth; i++) at = at.appendChild(doc.createElement('div'));
  for (let i = 0; i < 6; i++) at.appendChild(doc.createElement('p')).textContent = prose(i);
  return doc;
}
