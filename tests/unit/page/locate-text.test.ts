import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { foldForMatch, locateText } from '../../../lib/page/locate-text';
import { clearMarks, hasMarks, markRange } from '../../../lib/page/mark-range';

function makeDocument(body: string): Document {
  return new JSDOM(`<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`, { url: 'https://example.com/a' })
    .window.document;
}

const SENTENCE =
  'Đồng chí Phạm Minh Chính - Ủy viên Bộ Chính trị, Trưởng ban Tổ chức Trung ương yêu cầu ngành Tổ chức xây dựng Đảng phải thực hiện tốt “5 hóa”.';

describe('foldForMatch', () => {
  it.each([
    ['  A\u00A0 b\n\tc  ', 'a b c'],
    ['Ho\u0300a', 'hòa'], // NFD → NFC
    ['so\u00ADft', 'soft'],
    ['\u00D0à Nẵng', 'đà nẵng'],
  ])('%j → %j', (input, expected) => {
    expect(foldForMatch(input)).toBe(expected);
  });
});

describe('locateText', () => {
  it.each([
    ['plain paragraph', `<p>Trước. ${SENTENCE} Sau.</p>`],
    ['across inline elements', `<p>Đồng chí <a href="#">Phạm Minh Chính</a> - <strong>Ủy viên Bộ Chính trị</strong>, Trưởng ban Tổ chức Trung ương yêu cầu ngành Tổ chức xây dựng Đảng phải thực hiện tốt “5 hóa”.</p>`],
    ['NFD text, NBSP and line breaks', `<p>${SENTENCE.normalize('NFD').replace(' - ', '\u00A0-\n   ')}</p>`],
    ['upper-cased by the page', `<p>${SENTENCE.toUpperCase()}</p>`],
  ])('finds the sentence: %s', (_, body) => {
    const doc = makeDocument(body);
    const range = locateText(doc, SENTENCE);
    expect(range).not.toBeNull();
    expect(foldForMatch(range!.toString())).toBe(foldForMatch(SENTENCE));
  });

  it('skips scripts, styles and hidden copies, and returns null when the sentence is absent', () => {
    const doc = makeDocument(`<script>var s = "${SENTENCE}";</script><div hidden>${SENTENCE}</div><p>Không liên quan.</p>`);
    expect(locateText(doc, SENTENCE)).toBeNull();
    expect(locateText(doc, '   ')).toBeNull();
  });

  it('finds a long sentence split by an inline footnote from its opening and closing words', () => {
    const doc = makeDocument(
      '<p>Đồng chí Phạm Minh Chính - Ủy viên Bộ Chính trị, Trưởng ban Tổ chức Trung ương<sup>[1]</sup> yêu cầu ngành Tổ chức xây dựng Đảng phải thực hiện tốt “5 hóa”.</p>',
    );
    const range = locateText(doc, SENTENCE);
    expect(range?.toString()).toMatch(/^Đồng chí Phạm Minh Chính.*“5 hóa”\.$/);
  });

  it('does not change the document', () => {
    const doc = makeDocument(`<p>${SENTENCE}</p>`);
    const before = doc.body.innerHTML;
    locateText(doc, SENTENCE);
    expect(doc.body.innerHTML).toBe(before);
  });
});

describe('markRange', () => {
  it('wraps the sentence in temporary <mark>s where the Highlight API is missing, and unwraps them', async () => {
    const doc = makeDocument('<p>Trước. Đồng chí <b>Phạm Minh Chính</b> phát biểu. Sau.</p>');
    const before = doc.body.innerHTML;
    doc.defaultView!.HTMLElement.prototype.scrollIntoView = () => undefined;
    const range = locateText(doc, 'Đồng chí Phạm Minh Chính phát biểu.')!;
    expect(markRange(doc, range, 10)).toBe('mark-element');
    const marks = [...doc.querySelectorAll('mark[data-newsbrief]')].map((m) => m.textContent);
    expect(marks.join('')).toBe('Đồng chí Phạm Minh Chính phát biểu.');
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(doc.querySelectorAll('mark').length).toBe(0);
    expect(doc.body.innerHTML).toBe(before);
  });

  it('holds the mark until cleared when given no duration (the side panel), and clearMarks restores the page', async () => {
    const doc = makeDocument('<p>Trước. Đồng chí <b>Phạm Minh Chính</b> phát biểu. Sau.</p>');
    const before = doc.body.innerHTML;
    doc.defaultView!.HTMLElement.prototype.scrollIntoView = () => undefined;
    expect(hasMarks(doc)).toBe(false);
    markRange(doc, locateText(doc, 'Đồng chí Phạm Minh Chính phát biểu.')!, null);
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(hasMarks(doc)).toBe(true);
    expect([...doc.querySelectorAll('mark[data-newsbrief]')].map((m) => m.textContent).join('')).toBe('Đồng chí Phạm Minh Chính phát biểu.');
    clearMarks(doc);
    expect(hasMarks(doc)).toBe(false);
    expect(doc.querySelectorAll('mark').length).toBe(0);
    expect(doc.body.innerHTML).toBe(before);
    clearMarks(doc); // nothing left: a no-op
    expect(doc.body.innerHTML).toBe(before);
  });

  it('a cleared-then-new mark is not removed by the earlier mark\'s timer', async () => {
    const doc = makeDocument('<p>Một câu đầu tiên. Một câu thứ hai.</p>');
    doc.defaultView!.HTMLElement.prototype.scrollIntoView = () => undefined;
    markRange(doc, locateText(doc, 'Một câu đầu tiên.')!, 10);
    clearMarks(doc);
    markRange(doc, locateText(doc, 'Một câu thứ hai.')!, null);
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect([...doc.querySelectorAll('mark[data-newsbrief]')].map((m) => m.textContent).join('')).toBe('Một câu thứ hai.');
  });
});
