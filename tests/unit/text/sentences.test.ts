import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../lib/text/sentences';

const texts = (p: string, lang = 'vi') => splitSentences(p, lang).map((s) => s.text);

describe('splitSentences', () => {
  it.each([
    ['Đoàn công tác đến TP. Hồ Chí Minh. Sau đó về Hà Nội.', 2],
    ['Theo TS. Lê Văn A, kinh tế tăng. Đây là tín hiệu tốt.', 2],
    ['GS.TS. Trần Văn B phát biểu. Hội nghị bế mạc.', 2],
    ['GS.TS Trần Văn B phát biểu. Hội nghị bế mạc.', 2],
    ['Đối tượng Nguyễn Văn H. (SN 1985) bị bắt. Vụ việc đang điều tra.', 2],
    ['Đồng chí nhấn mạnh: “Phải làm tốt. Không được chủ quan.” Hội nghị kết thúc.', 2],
    // An ellipsis, a space and a capital end a sentence; a lowercase word after it continues the list.
    ['Kiểm tra giá vaccine, thuốc, kít xét nghiệm… Kịp thời phát hiện sản phẩm trôi nổi.', 2],
    ['Cập nhật các loại vaccine, thuốc… mới để sử dụng.', 1],
  ])('Vietnamese: %s', (paragraph, count) => {
    expect(texts(paragraph)).toHaveLength(count);
  });

  it.each([
    ['Mr. Smith met Dr. Jones on Monday. They agreed.', 2],
    ['The U.S. economy grew. Markets rose.', 2],
    ['She said "We must act. Now." Then she left.', 2],
    ['Gov. Newsom spoke at 3 p.m. on Friday.', 1],
  ])('English: %s', (paragraph, count) => {
    expect(texts(paragraph, 'en')).toHaveLength(count);
  });

  it('keeps abbreviations inside the sentence they belong to', () => {
    expect(texts('Đoàn công tác đến TP. Hồ Chí Minh. Sau đó về Hà Nội.')[0]).toBe('Đoàn công tác đến TP. Hồ Chí Minh.');
  });

  it('returns offsets into the paragraph', () => {
    const p = 'Câu một. Câu hai.';
    for (const s of splitSentences(p, 'vi')) expect(p.slice(s.start, s.start + s.text.length)).toBe(s.text);
  });
});

describe('splitSentences: English abbreviations after a hyphen', () => {
  it.each([
    ['Both sides revised the Canada-U.S. Border Accord in May. It took effect.', ['Both sides revised the Canada-U.S. Border Accord in May.', 'It took effect.']],
    ['Former President John H. Doe spoke. He left.', ['Former President John H. Doe spoke.', 'He left.']],
  ])('%s', (text, expected) => {
    expect(splitSentences(text, 'en').map((s) => s.text)).toEqual(expected);
  });
});

// The merge checks read only the end of a merged sentence and keep running quote counts; these
// pin the cases where that must still agree with reading the whole text.
describe('splitSentences: long merged sentences', () => {
  it('keeps a long quotation with many full stops whole, and splits after it closes', () => {
    const quote = 'Một câu. '.repeat(400).trim();
    const out = texts(`Ông nói: “${quote}” Hội nghị kết thúc.`);
    expect(out).toEqual([`Ông nói: “${quote}”`, 'Hội nghị kết thúc.']);
  });

  it('counts straight quotes across pieces: an even count closes the quotation', () => {
    expect(texts(`He said "${'Go. '.repeat(200).trim()}" Then he left.`, 'en')).toHaveLength(2);
    expect(texts(`He said "${'Go. '.repeat(200).trim()} Then he left.`, 'en')).toHaveLength(1);
  });

  it.each([
    [`See ${'a'.repeat(60)}/u.s. He left.`, 2],
    [`Visit Japan-U.S. Forum ${'b'.repeat(60)}. It opened.`, 2],
    [`${'Word '.repeat(30)}met Mr. Smith. He left.`, 2],
    [`${'Word '.repeat(30)}met John F. Kennedy. He left.`, 2],
    [`${'Word '.repeat(30)}met John F.${' '.repeat(120)}Kennedy. He left.`, 2],
  ])('reads the last word however long the sentence or the word: %#', (paragraph, count) => {
    expect(texts(paragraph, 'en')).toHaveLength(count);
  });
});

describe('splitSentences: a paragraph of thousands of sentences', () => {
  // Segmented in slices (the segmenter alone was quadratic: over a minute for this one).
  it('splits 20,000 sentences with offsets into the paragraph, none lost at a slice edge', () => {
    const p = Array.from({ length: 20_000 }, (_, i) => `Câu số ${i + 1} của TP. Vinh.`).join(' ');
    const out = splitSentences(p, 'vi');
    expect(out).toHaveLength(20_000);
    for (const s of out) expect(p.slice(s.start, s.start + s.text.length)).toBe(s.text);
    expect(out.map((s) => s.text).join(' ')).toBe(p);
  });

  it('keeps an unclosed quotation whole across slices', () => {
    const p = `Ông nói: “${'Một câu. '.repeat(2_000).trim()}`;
    expect(texts(p)).toEqual([p]);
  });
});
