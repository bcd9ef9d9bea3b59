import { describe, expect, it } from 'vitest';
import { identifyLanguage, resolveLanguage } from '../../../lib/text/identify-lang';

// Sentences written for these tests, in the register of news, one per language.
const SENTENCES: [string, string][] = [
  ['vi', 'Ủy ban nhân dân tỉnh yêu cầu các sở, ngành khẩn trương triển khai kế hoạch phòng chống thiên tai trong năm nay.'],
  ['en', 'The minister said on Monday that the government would spend more on roads and schools in the north of the country.'],
  ['fr', 'Le ministre a annoncé lundi que le gouvernement allait investir dans les routes et les écoles du nord du pays.'],
  ['de', 'Der Minister sagte am Montag, dass die Regierung mehr Geld für Straßen und Schulen im Norden des Landes ausgeben wird.'],
  ['es', 'El ministro anunció el lunes que el gobierno invertirá más en las carreteras y las escuelas del norte del país.'],
  ['pt', 'O ministro anunciou na segunda-feira que o governo vai investir mais nas estradas e nas escolas do norte do país.'],
  ['it', 'Il ministro ha annunciato lunedì che il governo investirà di più nelle strade e nelle scuole del nord del paese.'],
  ['nl', 'De minister zei maandag dat de regering meer geld gaat uitgeven aan wegen en scholen in het noorden van het land.'],
  ['id', 'Menteri mengatakan pada hari Senin bahwa pemerintah akan menambah anggaran untuk jalan dan sekolah di wilayah utara yang tertinggal.'],
  ['sw', 'Waziri amesema kuwa serikali itaongeza fedha kwa ajili ya barabara na shule katika maeneo ya kaskazini mwa nchi hiyo.'],
  ['tr', 'Bakan pazartesi günü yaptığı açıklamada, hükümetin ülkenin kuzeyindeki yollar ve okullar için daha fazla harcama yapacağını söyledi ve bu konuda çok kararlı olduklarını belirtti.'],
  ['pl', 'Minister powiedział w poniedziałek, że rząd przeznaczy więcej pieniędzy na drogi i szkoły na północy kraju, które są w złym stanie.'],
  ['sv', 'Ministern sa på måndagen att regeringen kommer att satsa mer på vägar och skolor i norra delen av landet och att det är viktigt.'],
  ['ru', 'Министр заявил в понедельник, что правительство направит больше средств на дороги и школы на севере страны.'],
  ['uk', 'Міністр заявив у понеділок, що уряд спрямує більше коштів на дороги і школи на півночі країни.'],
  ['zh', '部长星期一表示，政府将加大对北方地区道路和学校的投入。'],
  ['ja', '大臣は月曜日、政府が北部の道路と学校への投資を増やすと述べました。'],
  ['ko', '장관은 월요일 정부가 북부 지역의 도로와 학교에 더 많은 예산을 투입할 것이라고 밝혔다.'],
  ['ar', 'قال الوزير يوم الاثنين إن الحكومة ستنفق المزيد على الطرق والمدارس في شمال البلاد.'],
  ['th', 'รัฐมนตรีกล่าวเมื่อวันจันทร์ว่ารัฐบาลจะใช้จ่ายเงินมากขึ้นสำหรับถนนและโรงเรียนในภาคเหนือ'],
];

describe('identifyLanguage', () => {
  it.each(SENTENCES)('%s', (code, text) => {
    expect(identifyLanguage(text)?.code).toBe(code);
  });

  it.each([['short', 'OK 12'], ['digits and names', '2019 2020 2021 — Hà Nội 12/3'], ['empty', '']])('is unsure of %s text', (_, text) => {
    expect(identifyLanguage(text)).toBeNull();
  });
});

describe('resolveLanguage', () => {
  const text = (code: string) => SENTENCES.find(([c]) => c === code)![1];
  it.each([
    ['vi', 'vi', 'vi'],
    ['en-us', 'vi', 'vi'],
    ['en', 'de', 'de'],
    [null, 'sw', 'sw'],
    [null, 'fr', 'fr'],
    ['en-GB', 'en', 'en-GB'],
    ['vi', 'en', 'en'],
    ['fr-CA', 'fr', 'fr-CA'],
    // No function words for Galician: Latin text does not overrule it, another script does.
    ['gl', 'pt', 'gl'],
    ['gl', 'ru', 'ru'],
    ['zh-TW', 'zh', 'zh-TW'],
  ])('declared %s, text in %s → %s', (declared, textLang, expected) => {
    expect(resolveLanguage(declared, text(textLang))).toBe(expected);
  });

  it.each([
    ['de', 'Bundespolizei: 1.246 Einreisen, Belarus'],
    ['vi', 'Công trình thi công trong 19 tháng.'],
    ['en', 'Output grew 4% last year.'],
  ])('keeps the declared %s over a short text: %s', (declared, text) => {
    expect(resolveLanguage(declared, text)).toBe(declared);
  });
});
