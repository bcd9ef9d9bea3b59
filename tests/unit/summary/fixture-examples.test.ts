import { describe, expect, it } from 'vitest';
import { deriveSummary } from '../../../lib/summary';
import type { Trace } from '../../../lib/summary/rules';
import { makeArticle } from './make-article';

// Sentences of the fixture pages that shaped a rule, kept here (named after the page's slug)
// rather than in the engine's comments. Each checks what the rule does on its own sentence, so a
// change that breaks the case fails here with the page named.

const brief = (lang: string, ...paragraphs: string[]) => deriveSummary(makeArticle(lang, paragraphs));
/** The rules that dropped candidates while reading the paragraphs. */
function dropRules(lang: string, ...paragraphs: string[]): string[] {
  const trace: Trace = { drops: [] };
  deriveSummary(makeArticle(lang, paragraphs), trace);
  return trace.drops.map((d) => d.rule);
}

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
  it('a named agreement with capitalised modifiers and an unspaced hyphen is one document', () => {
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
  it('a share names what it is a share of, with the modal clause that says which ones', () => {
    const s = brief('en', 'The agency has said it expects about 81 percent of eligible borrowers will apply for relief.');
    expect(s.figures.find((f) => f.value === 81)?.label).toBe('eligible borrowers that will apply for relief');
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

describe('reuters-1', () => {
  it('a few lowercase modifiers before the head of an appositive belong to the title', () => {
    const s = brief('en', '"They can get away with three hikes next year," said Aaron Kohli, interest rate strategist at BMO Capital Markets.');
    expect(s.officials.find((o) => o.name === 'Aaron Kohli')?.titles).toEqual(['interest rate strategist at BMO Capital Markets']);
  });
  it('an interpretive "should be understood" is no directive', () => {
    const text = ['Fed Chair Janet Yellen spoke.', 'Wednesday’s rate increase should be “understood as a reflection of the confidence we have in the progress the economy has made,” she said.'];
    expect(brief('en', ...text).directives).toEqual([]);
    expect(dropRules('en', ...text)).toContain('directive.drop.false-cue');
  });
});

describe('japannews-1', () => {
  it('capitalised modifiers before a title head belong to the title', () => {
    const s = brief('en', 'However, when Constitutional Democratic Party of Japan leader Yoshihiko Noda pressed Ishiba to participate, the prime minister said only a little.');
    expect(s.officials.find((o) => o.name === 'Yoshihiko Noda')?.titles).toEqual(['Constitutional Democratic Party of Japan leader']);
  });
  it('a part of a whole is a ratio', () => {
    const s = brief('en', 'Eight of the 10 questions posed by the leaders of the five opposition parties were directed at Ishiba.');
    expect(s.figures.find((f) => f.value === 8)).toMatchObject({ valueMax: 10, kind: 'ratio' });
  });
  it('a treaty name goes on after the type word', () => {
    const s = brief('en', 'Ishiba said that participating in a meeting of states parties to the Treaty on the Prohibition of Nuclear Weapons as an observer was an option.');
    expect(s.documents.map((d) => d.text)).toEqual(['Treaty on the Prohibition of Nuclear Weapons']);
  });
});

describe('schema-org-context-object', () => {
  it('a nationality before a title head belongs to the title', () => {
    const s = brief('en', 'A plan to impeach South Korean President Yoon Suk Yeol over his short-lived declaration of martial law has failed.');
    expect(s.officials.map((o) => [o.name, o.titles])).toEqual([['Yoon Suk Yeol', ['South Korean President']]]);
  });
  it('a possessor after "and" opens a new phrase, not more of the title', () => {
    const s = brief('en', 'Lee Jae-myung, leader of the liberal opposition Democratic Party and Yoon’s rival in the 2022 presidential election, described the address as disappointing.');
    expect(s.officials.find((o) => o.name === 'Lee Jae-myung')?.titles).toEqual(['leader of the liberal opposition Democratic Party']);
  });
});

describe('wapo-1', () => {
  it('capitalised modifiers before a lowercase head belong to an appositive title', () => {
    const s = brief('en', '"This attack is meant to frighten tourists," said Lotfi Azzouz, Tunisia country director for Amnesty International, a London-based rights group.');
    expect(s.officials.find((o) => o.name === 'Lotfi Azzouz')?.titles[0]).toMatch(/^Tunisia country director for Amnesty International/);
  });
  it('a percentage names what it is a share of', () => {
    const s = brief('en', 'Tourism is critical to the economy, accounting for 15 percent of its gross domestic product in 2013.');
    expect(s.figures.find((f) => f.value === 15)?.label).toMatch(/^share of gross domestic product/);
  });
});

describe('aeb-e7994d550087', () => {
  it('after an article, a few lowercase words lead to the named body', () => {
    const s = brief('en', '"It was an attempt to mislead voters," Will Moy, chief executive of the London-based fact-checking website Full Fact, told the BBC.');
    expect(s.officials.find((o) => o.name === 'Will Moy')?.titles).toEqual(['chief executive of the London-based fact-checking website Full Fact']);
  });
  it('a status word before the modifiers belongs to the title', () => {
    const s = brief('en', 'A confident appearance by former Liberal Democrat leader Nick Clegg sparked a wave of support.');
    expect(s.officials.find((o) => o.name === 'Nick Clegg')?.titles).toEqual(['former Liberal Democrat leader']);
  });
  it('a command verb may carry the order as a quote, issued by the pronoun\'s referent', () => {
    const s = brief('en', 'Prime Minister Boris Johnson spoke to the audience.', 'Audience members laughed when he urged voters, “Look what I have said I’m going to do as a politician and look what I’ve delivered.”');
    expect(s.directives[0]?.by).toBe('Boris Johnson');
  });
});

describe('aeb-d0382c0d9573', () => {
  it('right after "of", a short lowercase field stays in the title', () => {
    const s = brief('en', 'The weather should ease by Thursday morning, allowing PG&E to begin restoring power, said Mark Quinlan, PG&E\'s senior director of emergency preparedness and response.');
    expect(s.officials.find((o) => o.name === 'Mark Quinlan')?.titles).toEqual(["PG&E's senior director of emergency preparedness and response"]);
  });
  it('an obligation on a thing that cannot act is a prediction, no directive', () => {
    const text = 'The weather should ease by Thursday morning, allowing PG&E to begin restoring power, said Mark Quinlan, PG&E\'s senior director of emergency preparedness and response.';
    expect(brief('en', text).directives).toEqual([]);
    expect(dropRules('en', text)).toContain('directive.drop.prediction');
  });
  it('a participle cue inside an opening phrase modifies a noun', () => {
    const text = 'In a letter calling for the meeting, CPUC President Marybel Batjer said that lack of service endangers lives.';
    expect(brief('en', text).directives).toEqual([]);
    expect(dropRules('en', text)).toContain('directive.drop.modifier');
  });
});

describe('vnexpress-1', () => {
  it('a comparison after a figure stays in its label', () => {
    const s = brief('vi', 'Ông cũng thông tin, mức giảm trừ gia cảnh người nộp thuế hiện là hơn 2,4 lần so với thu nhập bình quân đầu người.');
    expect(s.figures.find((f) => f.value === 2.4)?.label).toContain('so với thu nhập bình quân đầu người');
  });
  it('a rate after an amount belongs to the label named before it', () => {
    const s = brief('vi', 'Người nộp thuế chi tiêu cho bản thân mỗi tháng hơn 10 triệu đồng nhưng họ tốn ít nhất 7 triệu đồng để nuôi một người phụ thuộc.');
    expect(s.figures.find((f) => f.value === 10)?.label).toContain('chi tiêu cho bản thân');
  });
});

describe('malaymail-1', () => {
  it('a currency prefix glued to its amount is split from the numeral', () => {
    const s = brief('en', 'The total cost of the chartered Malaysia Airlines plane, which was the Airbus A350, is RM6.162 million.');
    expect(s.figures.find((f) => f.value === 6.162)).toMatchObject({ unit: 'RM million', kind: 'money' });
  });
});

describe('aeb-b0cf2bbf0192', () => {
  it('a change between two numbers names what changes', () => {
    const s = brief('en', 'Seoul expects PV cell producers to increase the average efficiency of multi-junction devices from 23% to 35%.');
    expect(s.figures.find((f) => f.value === 23)?.label).toContain('average efficiency of multi-junction devices');
  });
});

describe('aeb-a1fca19b884e', () => {
  it('a span of time names no object of the verb', () => {
    const s = brief('en', 'We see these developments as hopeful signs that the war, a terrible and costly conflict that has lasted 40 years, may soon conclude.');
    expect(s.figures.find((f) => f.value === 40)?.label).not.toMatch(/lasted/);
  });
  it('a command verb with no addressee does not tell anyone to act', () => {
    const s = brief('en', 'Prime Minister Scott Morrison said in a statement he was relieved, adding that Weeks’ family had asked to convey its own relief and gratitude.');
    expect(s.directives).toEqual([]);
  });
});

describe('apnews-1', () => {
  it('"inflation remains high, at 6.85%": the subject before a level is what it measures', () => {
    const s = brief('en', 'Mexico’s central bank has raised interest rates to 11.25% and inflation remains high, at 6.85%.');
    expect(s.figures.find((f) => f.value === 6.85)?.label).toBe('inflation');
  });
});

describe('politico-1 ranges', () => {
  it('range words around two numbers make one range', () => {
    const s = brief('en', 'The agency has said it plans to ask between 1 million and 5 million borrowers to verify their income.');
    expect(s.figures.find((f) => f.value === 1)).toMatchObject({ valueMax: 5 });
  });
});

describe('aeb-c58aa507c4de', () => {
  it('after a determiner a cue is an adjective', () => {
    const s = brief('en', 'Officer Tova Noel and Michael Thomas signed false certifications attesting they had made their required rounds, according to court records.');
    expect(s.directives).toEqual([]);
  });
});

describe('aeb-833caf3bdba5', () => {
  it('a participle cue after "including" modifies the measures', () => {
    const text = 'Palestinian chief negotiator Saeb Erekat said they would take a series of measures to oppose it, including calling for a UN Security Council debate.';
    expect(brief('en', text).directives).toEqual([]);
    expect(dropRules('en', text)).toContain('directive.drop.modifier');
  });
});

describe('aeb-abd9d6291b6b', () => {
  it('a head right after a head extends it where modifiers precede ("acting secretary")', () => {
    const s = brief('en', 'McAleenan resigned and Chad Wolf has been named new DHS acting secretary.');
    expect(s.officials.find((o) => o.name === 'Chad Wolf')?.titles[0]).toMatch(/acting secretary$/);
  });
});

describe('herald-sun-1', () => {
  it('"The Bill would require …": a document is no role a person was introduced with', () => {
    const s = brief('en', 'Attorney-General George Brandis spoke.', 'The Bill would require telecommunications service providers to store so-called metadata for two years.');
    expect(s.directives.every((d) => d.by !== 'George Brandis')).toBe(true);
  });
  it('a bill named by capitalised words before the type word is a document', () => {
    const s = brief('en', 'The Government has been alarmed by the strength of criticism from media of the Data Retention Bill it wants passed.');
    expect(s.documents.map((d) => d.text)).toEqual(['Data Retention Bill']);
  });
});

describe('vistate-zing-2', () => {
  it('a negated command orders nothing; a crew named as the subject issues its call', () => {
    const s = brief('vi', 'Trước khi hạ cánh, phi công không yêu cầu mặt đất hỗ trợ kỹ thuật.', 'Phi hành đoàn lập tức phát thông báo khẩn cấp yêu cầu toàn bộ hành khách bỏ lại hành lý, thoát ra ngoài qua cửa thoát hiểm và phao trượt.');
    expect(s.directives.map((d) => d.by)).toEqual(['Phi hành đoàn']);
  });
});

describe('vistate-zing-3', () => {
  it('experts\' views, a cue coordinated before "của" and a condition order nothing', () => {
    const rules = dropRules('vi',
      'Nhiều chuyên gia cho rằng cần đón nhận nghiêm túc các ý tưởng khoa học, dù chưa khả thi.',
      'Ngày 30/11, Bộ GD&ĐT có thông cáo báo chí, nêu rõ: Bộ GD&ĐT có quan điểm trân trọng tất cả công trình nghiên cứu và đề xuất nghiêm túc của các nhà khoa học.',
      'Tuy nhiên, để đưa một đề xuất liên quan vấn đề cải tiến chữ viết của ngôn ngữ quốc gia vào thực tế cần có sự thẩm định của chuyên gia, ý kiến của nhiều tầng lớp nhân dân và sự xem xét, quyết định của Quốc hội, Chính phủ.');
    expect(rules).toEqual(expect.arrayContaining(['directive.drop.opinion', 'directive.drop.cue-as-noun', 'directive.drop.condition']));
  });
});

describe('vistate-plo-2', () => {
  it('"… khởi kiện yêu cầu … và yêu cầu …" carries on the same claim', () => {
    const s = brief('vi', 'Cụ thể: Nguyên đơn - ngân hàng khởi kiện yêu cầu bị đơn thanh toán nợ gốc, nợ lãi và yêu cầu xử lý tài sản bảo đảm.');
    expect(s.directives).toEqual([]);
  });
});

// gov.uk and White House pages of the third round (tests/labels/enoff-*): the speech and press-release voice.
const govPage = (title: string, lead: string, ...paragraphs: string[]) =>
  deriveSummary({ url: 'https://example.test/a', title, byline: null, siteName: null, lang: 'en', publishedTime: null, lead, paragraphs });

describe('enoff-govuk-12', () => {
  const speech = (...paragraphs: string[]) => govPage('Home Secretary speech to the Association of Police and Crime Commissioners',
    'May addresses audience at the first APCC general meeting since the May elections.',
    'Thank you. I am delighted to be at this first Association of Police and Crime Commissioners (APCC) general meeting.', ...paragraphs);
  it('the lead names the speaker of a first-person speech, and a colleague she worked with does not take her voice', () => {
    const s = speech('As I said in February, I have been working with the Justice Secretary, Michael Gove, on what role PCCs could play.',
      'But you must also take much greater ownership of the Police Reform and Transformation Board (PRTB) yourselves.', 'Do not seek permission.');
    expect(s.directives.map((d) => [d.text, d.by])).toEqual([
      ['you must also take much greater ownership of the Police Reform and Transformation Board (PRTB) yourselves', 'May'],
      ['Do not seek permission', 'May'],
    ]);
  });
  it('relative clauses, conditions and cue nouns order nothing', () => {
    const s = speech('And the crimes you will have to contend with can be abhorrent.', 'Where you believe the law needs to be changed, I will listen.',
      'While in Greater Manchester, Tony Lloyd has worked with the Ministry of Justice to commission probation services to deliver intensive community orders over the next 18 months.',
      'But I am only doing that because the APCC has requested this on your behalf.');
    expect(s.directives).toEqual([]);
  });
  it('an owned subject, a negated modal and "should have a say" are orders', () => {
    const s = speech('Your police and crime plans should reflect their priorities, not mine.',
      'Police transformation and the investment in new capabilities cannot and should not happen without the input of police and crime commissioners.',
      'Collectively you are accountable for local policing, and I am clear that you should have a say on how this money is spent.');
    expect(s.directives).toHaveLength(3);
  });
  it('"it must come from you" names the audience as the agent', () => {
    const s = speech('That is not something I can prescribe; it must come from you – from PCCs – and chief constables, through the Police Reform and Transformation Board.');
    expect(s.directives.map((d) => d.text)).toEqual(['it must come from you – from PCCs – and chief constables, through the Police Reform and Transformation Board']);
  });
});

describe('enoff-govuk-5', () => {
  it('a press release\'s passive and first-person calls are the releasing body\'s', () => {
    const s = govPage('Modern life responsible for ‘worrying’ health in middle aged',
      'PHE’s One You campaign is helping middle age people live more healthily by asking ‘How are you?’ and providing free support and tools.',
      'Eight out of 10 of the middle aged either weigh too much, drink too much or don’t exercise enough, as new analysis from Public Health England (PHE) out today shows.',
      'People are being urged to take a moment to consider their health. People need to eat better, be more active, stop smoking and consider their drinking.',
      'More than 1.1 million people have taken the quiz so far and where appropriate, been directed to download our apps like Couch to 5K.',
      'These sit alongside PHE’s other online tools and we would also encourage people to take up their NHS Health Check invitation when they receive it.');
    const calls = s.directives.filter((d) => /urged|eat better|encourage/.test(d.evidence));
    expect(calls.map((d) => d.by)).toEqual(['Public Health England', 'Public Health England', 'Public Health England']);
  });
});

describe('enoff-govuk-3', () => {
  it('"the skills and confidence they need to" describes the skills', () => {
    const s = brief('en', 'Home office crime prevention minister Jeremy Browne said:',
      'FRANK aims to give them the skills and confidence they need to reject drugs and offers parents information.');
    expect(s.directives).toEqual([]);
  });
});

describe('vistate-vietnamnet-4', () => {
  it('"cố ý không chỉ đạo …" and "là người … đề xuất …" order nothing', () => {
    const s = brief('vi',
      'Nhưng vì động cơ vụ lợi, ông Phương Hoàng Kim đã lợi dụng chức vụ, quyền hạn được giao, cố ý không chỉ đạo Tổ soạn thảo Dự thảo Quyết định số 13 theo đúng Nghị quyết số 115 của Chính phủ.',
      'Ông Kim cũng là người trực tiếp tham mưu, đề xuất bổ sung quy hoạch và giá điện ưu đãi cho Nhà máy điện mặt trời Trung Nam.');
    expect(s.directives).toEqual([]);
  });
});

describe('vistate-qdnd-15', () => {
  it('the division hosting the launch issues the campaign\'s tasks', () => {
    const s = brief('vi',
      'Ngày 15-1, Sư đoàn Không quân 372 (Quân chủng Phòng không - Không quân) tổ chức Lễ phát động thi đua đột kích chào mừng kỷ niệm 95 năm ngày thành lập Đảng Cộng sản Việt Nam.',
      'Để thực hiện thắng lợi, hiệu quả đợt thi đua, các cơ quan, đơn vị tổ chức giáo dục, quán triệt nâng cao nhận thức cho bộ đội; tổ chức nhiều hoạt động phong phú, hiệu quả.');
    expect(s.directives.map((d) => d.by)).toEqual(['Sư đoàn Không quân 372', 'Sư đoàn Không quân 372']);
  });
});

describe('vistate-qdnd-8', () => {
  it('each sentence of a quote is read on its own', () => {
    const s = brief('vi', '“Lúc đó chúng ta cũng phải sâu sát với tất cả các hoạt động của Quân đội và nhà nước. Để làm được điều đó, tôi đề nghị các đồng chí xây dựng kế hoạch cụ thể trong những ngày Tết”, Trung tướng Trương Thiên Tô, Phó chủ nhiệm Tổng cục Chính trị Quân đội nhân dân Việt Nam nhấn mạnh.');
    expect(s.directives.map((d) => d.by)).toEqual(['Trương Thiên Tô', 'Trương Thiên Tô']);
    expect(s.directives[1]).toMatchObject({ text: 'tôi đề nghị các đồng chí xây dựng kế hoạch cụ thể trong những ngày Tết', to: 'các đồng chí' });
  });
});

describe('enoff-whitehouse-4', () => {
  it('"tasked with devising … to safeguard" tells nobody, and "directed that they be implemented" points back', () => {
    const s = brief('en', 'MR. EARNEST: And what the Counsel had been tasked with was devising some recommended process improvements to safeguard against this kind of inadvertent disclosure from happening again.',
      'So that’s why these were the recommendations, and the Chief of Staff accepted them and directed that they be implemented.');
    expect(s.directives).toEqual([]);
  });
});

describe('enoff-govuk-oral-statement', () => {
  const statement = (...paragraphs: string[]) => govPage('Reform of police stop and search powers',
    'Home Secretary Theresa May gave a statement to Parliament on police stop and search powers.',
    'With permission, Mr Speaker, I would like to make a statement about the use of stop and search powers by the police.', ...paragraphs);
  it('the Home Secretary\'s commissions and letters are her directives; a forecast and a scheme description are not', () => {
    const s = statement('Earlier today I commissioned Alex Marshall, the chief executive of the College of Policing, to review the national training of stop and search.',
      'This is an important duty that should empower local communities to hold police forces to account, and so I have written to all chief constables and police and crime commissioners to tell them to adhere to the code.',
      'They will raise the level of authorisation to a chief officer and that officer must reasonably believe that violence “will” take place rather than “may”, as things stand now.',
      'I believe that they should contribute to a significant reduction in the overall use of stop and search.');
    expect(s.directives.map((d) => d.cue)).toEqual(['commissioned', 'written to']);
  });
});

describe('enoff-govuk-transcript', () => {
  const speech = (...paragraphs: string[]) => govPage('Anti-Corruption Summit 2016: PM\'s closing remarks',
    'David Cameron closed the anti-corruption summit, calling for an unprecedented global coalition to tackle the cancer of corruption.',
    'Today the world has come together.', 'But I’ve really sensed today there is far more political will.', ...paragraphs);
  it('a causative call, an obligation after a subject relative and an inclusive "we also need to" are the speaker\'s', () => {
    const s = speech('Of course it does – we need this adopted in every country, not just some countries.',
      'So all foreign companies which own properties in the UK will have to register publicly who really owns them.',
      'But we also need to ensure that when we expose the corrupt, we are able to seize their assets.');
    expect(s.directives.map((d) => [d.cue, d.by])).toEqual([['calling for', 'David Cameron'], ['need', 'David Cameron'], ['have to', 'David Cameron'], ['need to', 'David Cameron']]);
  });
});
