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
