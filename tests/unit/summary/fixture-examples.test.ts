import { describe, expect, it } from 'vitest';
import { deriveSummary } from '../../../lib/summary';
import { makeArticle } from './make-article';

// Sentences of the fixture pages that shaped a rule, kept here (named after the page's slug)
// rather than in the engine's comments. Each checks what the rule does on its own sentence, so a
// change that breaks the case fails here with the page named.

const brief = (lang: string, ...paragraphs: string[]) => deriveSummary(makeArticle(lang, paragraphs));

describe('dantri-1', () => {
  const order = 'Thủ tướng Phạm Minh Chính ký Chỉ thị số 22/CT-TTg về bình ổn giá.';
  it('an organisation subject before a task verb inside a directive document is one more task of its issuer', () => {
    const s = brief('vi', order, 'Cụ thể, Bộ Công Thương chủ trì, phối hợp với các bộ, ngành, địa phương theo dõi sát tình hình thị trường.');
    expect(s.directives.find((d) => d.text.startsWith('Bộ Công Thương'))).toMatchObject({ by: 'Phạm Minh Chính', to: 'Bộ Công Thương' });
  });
  it('a condition before a task inside a document is a task', () => {
    const s = brief('vi', order, 'Trường hợp cần thiết, kịp thời báo cáo Trưởng Ban Chỉ đạo điều hành giá những vấn đề phát sinh.');
    expect(s.directives.some((d) => d.text.includes('kịp thời báo cáo') && d.by === 'Phạm Minh Chính')).toBe(true);
  });
});

describe('dantri-3', () => {
  it('an unnamed office holder is the issuer', () => {
    const s = brief('vi', 'Cụ thể, trong buổi làm việc với lãnh đạo tỉnh Phú Thọ ngày 3/9, Thủ tướng Chính phủ đã chỉ đạo nghiên cứu, đề xuất điều chỉnh chủ trương đầu tư dự án.');
    expect(s.directives[0]).toMatchObject({ by: 'Thủ tướng Chính phủ' });
  });
});

describe('dantri-4', () => {
  it('"NP là 32 chuyến" counts the subject NP', () => {
    const s = brief('vi', 'Số chuyến bay tăng thêm là 32 chuyến, tương đương với khoảng 6.000 ghế cung ứng/ngày tại Tân Sơn Nhất.');
    expect(s.figures.find((f) => f.value === 32)?.label).toBe('Số chuyến bay tăng thêm');
  });
});

describe('dantri-5', () => {
  it('a copula before a measured amount names what it measures', () => {
    const s = brief('vi', 'Riêng nhà ga hành khách quốc nội có công suất thiết kế là 15 triệu hành khách/năm.');
    expect(s.figures.find((f) => f.value === 15)?.label).toContain('công suất thiết kế');
  });
});

describe('dantri-9', () => {
  it('a change verb before a percentage names the change', () => {
    const s = brief('vi', 'Trong dịp này, phà Bình Khánh sẽ tăng 300% số chuyến phà so với ngày thường để phục vụ hành khách.');
    expect(s.figures.find((f) => f.value === 300)?.label).toMatch(/^mức tăng số chuyến phà/);
  });
});

describe('aeb-d0382c0d9573', () => {
  it('a group named by a common noun issues its own call', () => {
    const s = brief('en', 'Consumer advocates are urging the PUC to establish backup power requirements and make the companies provide detailed information about the location of outages.');
    expect(s.directives[0]).toMatchObject({ by: 'Consumer advocates' });
  });
});

describe('aeb-833caf3bdba5', () => {
  // Known gap: alone, the sentence gives no directive (on the page the speaker frame takes it). it.fails
  // flips to a failure once the rule delivers, so the case is not forgotten.
  it.fails('an organisation reporting an obligation voices it', () => {
    const s = brief('en', "The European Union's top court last week ruled that EU countries must identify products made in Israeli settlements on their labels.");
    expect(s.directives[0]?.by).toBe("The European Union's top court");
  });
});

describe('japannews-1', () => {
  it('an appositive to a surname alone adds a title ("X, who is also the president of …")', () => {
    const s = brief('en', 'Prime Minister Shigeru Ishiba spoke on Saturday.', 'Opposition party chiefs questioned Ishiba, who is also the president of the LDP, about security and political reform.');
    expect(s.officials.find((o) => o.name === 'Shigeru Ishiba')?.titles).toEqual(['Prime Minister', 'president of the LDP']);
  });
  // Known gap: the engine stops at "Status of Forces Agreement" (the hyphenated "Japan-U.S." is not taken).
  it.fails('a named agreement with capitalised modifiers and an unspaced hyphen is one document', () => {
    const s = brief('en', 'The latter had pressed the prime minister about whether his long-held determination to revise the Japan-U.S. Status of Forces Agreement was weakening.');
    expect(s.documents.map((d) => d.text)).toEqual(['Japan-U.S. Status of Forces Agreement']);
  });
});

describe('thewest-1', () => {
  it('a lowercase title before a name counts when the name comes back', () => {
    const s = brief('en', 'The Federal Government is on track, according to new modelling that minister Chris Bowen will use to defend its climate policies.', 'Mr Bowen said the target was in reach.');
    expect(s.officials.map((o) => [o.name, o.titles])).toEqual([['Chris Bowen', ['minister']]]);
  });
});

describe('aeb-e7301133baab', () => {
  it('a title right before another name is that person\'s, not the one before the comma', () => {
    const s = brief('en', 'President of the Senate, Bukola Saraki, Senator Dino Melaye and Senator Ben Murray-Bruce have dragged the Inspector-General of Police, Ibrahim Idris, to court.');
    expect(s.officials.find((o) => o.name === 'Dino Melaye')?.titles).toEqual(['Senator']);
    expect(s.officials.find((o) => o.name === 'Bukola Saraki')?.titles).toEqual(['President of the Senate']);
  });
});

describe('jis-gov-jm-1', () => {
  it('an honorific after a title opens the name, and a comma list stays inside one title', () => {
    const s = brief('en', '"We are looking to have important economists," Minister of Industry, Investment and Commerce, Senator the Hon. Aubyn Hill, told JIS News.');
    expect(s.officials.find((o) => o.name === 'Aubyn Hill')?.titles).toEqual(['Minister of Industry, Investment and Commerce', 'Senator', 'the Hon.']);
  });
});

describe('dailynewstz-1', () => {
  it('a title head ends a capitalised run, which is then no name', () => {
    const s = brief('en', 'Before this project, the Lindi Municipal Director, Jomaary Satura says, there were four streetlights.');
    expect(s.officials.map((o) => o.name)).toEqual(['Jomaary Satura']);
  });
});

describe('aeb-4a44ab3e4c41', () => {
  it('a possessive after a titled name keeps the title and the name', () => {
    const s = brief('en', 'Public Ombudsman Nadia Cruz’s office said the deaths were caused by gunshot wounds and called on the government to withdraw military units.');
    expect(s.officials.map((o) => [o.name, o.titles])).toEqual([['Nadia Cruz', ['Public Ombudsman']]]);
  });
});

describe('politico-1', () => {
  it('a share names what it is a share of', () => {
    const s = brief('en', 'The agency has said it expects about 81 percent of eligible borrowers will apply for relief.');
    expect(s.figures.find((f) => f.value === 81)?.label).toBe('eligible borrowers');
  });
});

describe('aeb-a1fca19b884e', () => {
  it('a count after a verb is labelled with the noun and the verb', () => {
    const s = brief('en', 'Their release came hours after the Afghan government freed three Taliban prisoners and sent them to Qatar.');
    expect(s.figures.find((f) => f.value === 3)?.label).toBe('Taliban prisoners freed');
  });
});

describe('timeslive-1', () => {
  it('the verb\'s object is not labelled with its subject ("Sars collected R95bn")', () => {
    const s = brief('en', 'Godongwana’s latest budget documents show Sars collected R95bn during the previous financial year.');
    expect(s.figures.find((f) => f.value === 95)?.label).toBe('');
  });
  it('a budget named by its fiscal year is a document', () => {
    const s = brief('en', 'Godongwana made the announcement when he tabled the 2025/2026 budget in parliament on Wednesday.');
    expect(s.documents.map((d) => d.text)).toEqual(['2025/2026 budget']);
  });
});
