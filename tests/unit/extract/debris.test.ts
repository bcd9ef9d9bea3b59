import { describe, expect, it } from 'vitest';
import {
  isCaption,
  isDateLine,
  isDebrisLine,
  isImageLabel,
  isRelatedHeading,
  isRelatedLink,
  isWidgetText,
  stripAgencyPrefix,
} from '../../../lib/extract/debris';

describe('isCaption', () => {
  it.each([
    ['Toàn cảnh Hội nghị tại điểm cầu Tỉnh ủy Nghệ An. Ảnh: Thành Duy', true],
    ['Các đại biểu bỏ phiếu tại Đại hội. Ảnh tư liệu: Thành Cường', true],
    ['(Ảnh minh họa)', true],
    ['Người dân xếp hàng chờ đổ xăng (Ảnh minh họa: Internet).', true],
    ['Tin, ảnh: Vũ Phương Thảo', true],
    ['President Biden speaks in the Rose Garden. (AP Photo/Evan Vucci)', true],
    ['The minister at the launch. Photo: Reuters', true],
    ['Sản lượng đạt 20 triệu tấn, tăng 5% so với năm 2020.', false],
    ['Đồng chí nhấn mạnh: "Ngành cần làm tốt hơn nữa"', false],
    ['The Senate passed the bill on Friday.', false],
  ])('%s → %s', (line, expected) => {
    expect(isCaption(line)).toBe(expected);
  });
});

describe('isImageLabel', () => {
  it.each([
    ['Ngành Tổ chức xây dựng Đảng triển khai nhiệm vụ năm 2021 ảnh 1', true],
    ['Ảnh 2', true],
    ['Năm 2021 có 3 đột phá chiến lược.', false],
    ['Ông có 2 con và 1 cháu', false],
  ])('%s → %s', (line, expected) => {
    expect(isImageLabel(line)).toBe(expected);
  });
});

describe('related-news blocks', () => {
  it.each([
    ['Tin mới', true],
    ['Tin liên quan', true],
    ['Tin liên quan:', true],
    ['Xem thêm', true],
    ['Read more', true],
    ['Related', true],
    ['Related Articles', true],
    ['Tin mới về dịch bệnh được cập nhật liên tục trong ngày hôm nay', false],
  ])('heading %s → %s', (line, expected) => {
    expect(isRelatedHeading(line)).toBe(expected);
  });

  it.each([
    ['Xem thêm: Nghệ An triển khai nhiệm vụ năm 2021', true],
    ['READ MORE: Fed holds rates steady', true],
    ['>> Bắt vụ vận chuyển 5 kg ma túy qua biên giới', true],
    ['Xem thêm thông tin tại cổng dịch vụ công của tỉnh.', false],
  ])('link %s → %s', (line, expected) => {
    expect(isRelatedLink(line)).toBe(expected);
  });
});

describe('isWidgetText', () => {
  it.each([
    ['Chia sẻ', true],
    ['Facebook Twitter Email', true],
    ['Share this article', true],
    ['In bài | Bình luận', true],
    ['To view this video please enable JavaScript', true],
    ['Sign up for our newsletter', true],
    ['Copyright © 2023 The Washington Times, LLC.', true],
    ['Người dân chia sẻ niềm vui khi dự án hoàn thành.', false],
    ['Shares of the company rose 5% on Friday.', false],
  ])('%s → %s', (line, expected) => {
    expect(isWidgetText(line)).toBe(expected);
  });
});

describe('isDateLine', () => {
  it.each([
    ['Thứ Ba, 25/12/2012 - 10:03', true],
    ['Thứ năm, 2/11/2023, 06:00 (GMT+7)', true],
    ['April 25, 2023 2:26 PM GMT+2', true],
    ['19/12/2012 17:41', true],
    ['Năm 2020 tăng 5%', false],
    ['7.893 chi bộ', false],
  ])('%s → %s', (line, expected) => {
    expect(isDateLine(line)).toBe(expected);
  });
});

describe('stripAgencyPrefix', () => {
  it.each([
    ['(Baonghean.vn) - Đồng chí Phạm Minh Chính yêu cầu', 'Đồng chí Phạm Minh Chính yêu cầu'],
    ['(Dân trí) - Thủ tướng giao Bộ Công Thương', 'Thủ tướng giao Bộ Công Thương'],
    ['TTO - Sáng 12/3, hội nghị khai mạc', 'Sáng 12/3, hội nghị khai mạc'],
    ['HÀ NỘI (TTXVN) - Chiều nay', 'Chiều nay'],
    ['VOV.VN - Chiều 5/1', 'Chiều 5/1'],
    ['(TNO) TAND TP.Đà Nẵng xét xử', 'TAND TP.Đà Nẵng xét xử'],
    ['KATHMANDU, April 25 (Reuters) - Nepal said', 'Nepal said'],
    // A name followed by its title uses the same dash: it is not a prefix.
    ['Đồng chí Phạm Minh Chính - Ủy viên Bộ Chính trị', 'Đồng chí Phạm Minh Chính - Ủy viên Bộ Chính trị'],
    ['Năm 2020 - năm bản lề', 'Năm 2020 - năm bản lề'],
  ])('%s → %s', (text, expected) => {
    expect(stripAgencyPrefix(text)).toBe(expected);
  });
});

describe('isDebrisLine', () => {
  it('keeps ordinary body sentences', () => {
    expect(isDebrisLine('Năm 2020, toàn ngành Tổ chức xây dựng Đảng đã bám sát sự lãnh đạo của Trung ương.')).toBe(false);
  });
  it('drops a stray byline and leaked class names', () => {
    expect(isDebrisLine('By Jane Doe and John Roe')).toBe(true);
    expect(isDebrisLine('for-phone-onlyfor-tablet-portrait-upfor-tablet-landscape-up')).toBe(true);
  });
});

describe('isDebrisLine: gallery counters, reader prompts, contributor and contact lines, datelines', () => {
  it.each([
    ['Image 1 of / 23', true],
    ['3 of 12', true],
    ['Jane Roe | Bloomberg | Getty Images', true],
    ['Sign In', true],
    ['Caption Close', true],
    ['Subscribe to our daily briefing and stay informed.', true],
    ['Follow Metro Desk on Facebook, Twitter and Instagram.', true],
    ['(Reporting by Jane Roe; Editing by John Doe)', true],
    ['Staff writer Jane Roe contributed to this report.', true],
    ['Write to Jane Roe at jane.roe@example.com', true],
    ['Reading time: 3 minutes', true],
    ['Published 2 days ago', true],
    ['Today 9:41 AM', true],
    ['sexta-feira, 5 de março de 2021 às 10:15', true],
    ['You may also like...', false], // a heading, handled as a related-block opener, not a single line
    ['The council voted 7 to 2 on Monday to approve the budget.', false],
    ['Residents can subscribe to the water utility alerts through the city website.', false],
    ['The agency reported 3 of 12 wells contaminated in 2021.', false],
  ])('%s → %s', (line, expected) => {
    expect(isDebrisLine(line)).toBe(expected);
  });
  it.each(['You may also like...', 'Recent Articles', "DON'T MISS", 'More:', 'About the Author'])('%s opens a related block', (line) => {
    expect(isRelatedHeading(line)).toBe(true);
  });
});
