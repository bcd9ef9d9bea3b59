import type { Lexicon } from '../types';

// English lexicon: wire and government news (notes §2.6, §3.2, §4.1).

const titleCore = [
  'President', 'Vice President', 'Prime Minister', 'Deputy Prime Minister', 'Premier', 'Chancellor',
  'Secretary', 'Secretary of State', 'Secretary-General', 'Secretary General', 'General Secretary',
  'Under Secretary', 'Undersecretary', 'Assistant Secretary', 'Deputy Secretary', 'Permanent Secretary',
  'Press Secretary', 'Minister', 'Deputy Minister', 'State Minister', 'Minister of State', 'Chairman', 'Chairwoman',
  'Chair', 'Chairperson', 'Vice Chairman', 'Vice Chair', 'Speaker', 'Senator', 'Sen.', 'Representative', 'Rep.',
  'Congressman', 'Congresswoman', 'Assemblyman', 'Assemblywoman', 'Assemblymember', 'Assembly Member', 'Councilmember', 'Governor', 'Gov.', 'Lieutenant Governor', 'Lt. Gov.', 'Mayor', 'Deputy Mayor',
  'Director', 'Director-General', 'Director General', 'Deputy Director', 'Executive Director', 'Managing Director',
  'Head', 'Chief', 'Chief Executive', 'Chief Executive Officer', 'CEO', 'Commissioner', 'Deputy Commissioner',
  'Police Commissioner', 'Ambassador', 'Envoy', 'Special Envoy', 'Spokesperson', 'Spokesman', 'Spokeswoman',
  'Attorney General', 'Deputy Attorney General', 'Solicitor General', 'Solicitor', 'Chief Justice', 'Justice', 'Judge',
  'General', 'Gen.', 'Admiral', 'Adm.', 'Colonel', 'Col.', 'Lieutenant General', 'Lt. Gen.', 'Major General',
  'Maj. Gen.', 'Brigadier General', 'Brig. Gen.', 'Field Marshal', 'Commander', 'Party Secretary', 'Party chief',
  'Leader', 'Majority Leader', 'Minority Leader', 'Senate Majority Leader', 'House Speaker', 'Foreign Minister',
  'Defense Secretary', 'Defence Minister', 'Defense Minister', 'Finance Minister', 'Health Minister',
  'Interior Minister', 'Treasury Secretary', 'Commerce Secretary', 'Energy Secretary', 'Home Secretary',
  'Foreign Secretary', 'Chief of Staff', 'Minister of Finance', 'Minister of Health', 'National Security Adviser',
  'National Security Advisor', 'National Economic Advisor', 'National Economic Adviser', 'Domestic Policy Advisor', 'Domestic Policy Adviser', 'Adviser', 'Advisor', 'Senior Adviser', 'Inspector General', 'Auditor General',
  'Comptroller', 'Superintendent', 'Sheriff', 'Police Chief', 'Fire Chief', 'Prosecutor', 'District Attorney',
  'Councillor', 'Councilor', 'Councilman', 'Councilwoman', 'Member of Parliament', 'MP', 'Lawmaker', 'Legislator',
  'Deputy Governor', 'Central Bank Governor', 'Vice-President', 'Vice-Chairman', 'King', 'Queen', 'Crown Prince',
  'Prince', 'Emir', 'Sheikh', 'Sultan', 'Pope', 'Cardinal', 'Archbishop', 'Bishop', 'Deputy Chief', 'Chief Minister',
  'Deputy Speaker', 'Clerk', 'Registrar', 'Chief Medical Officer', 'Surgeon General', 'Administrator',
  'Deputy Administrator', 'Trade Representative', 'Special Counsel', 'Special Representative', 'Coordinator',
  'Chief Economist', 'Economist', 'Analyst', 'Deputy Head', 'Chief Secretary', 'Lieutenant', 'Captain', 'Sergeant',
  'Officer', 'Major', 'Deputy', 'Assistant Commissioner', 'Deputy Director-General', 'First Lady', 'Regent',
  'Delegate', 'Premier of', 'Principal', 'Dean', 'Provost', 'Chancellor of the Exchequer',
  'Strategist', 'Chief Strategist', 'Chief Investment Officer', 'Chief Operating Officer', 'Chief Financial Officer',
  'President-elect', 'Vice President-elect', 'Programme Officer', 'Program Officer', 'Project Manager', 'Manager',
  'General Manager', 'Executive Secretary', 'Regional Commissioner',
  'District Commissioner', 'Permanent Representative', 'High Commissioner', 'Consul General', 'Consul',
  'Editor-in-Chief', 'Editor in Chief', 'Executive Editor', 'Managing Editor', 'Political Director',
  'Ombudsman', 'Ombudsperson', 'Aide', 'Meteorologist', 'Chief Meteorologist', 'Senior Director',
  // "State Department official X", "chief negotiator X", "X, senior fellow at …", "X, the U.S. attorney for …".
  'Attorney-General', 'Official', 'Negotiator', 'Chief Negotiator', 'Senior Fellow', 'Research Fellow',
  'U.S. Attorney', 'US Attorney', 'United States Attorney', 'Senior Advocate', 'U.S. Attorney General', 'US Attorney General',
  // The spouses of the President and Vice President hold an office of the White House: "Second Gentleman X".
  'Second Gentleman', 'Second Lady', 'First Gentleman',
  // Press-office and UK/Commonwealth offices: "Principal Deputy Press Secretary X", "White House Counsel X",
  // "Lord Chancellor X", "Justice Secretary X".
  'Deputy Press Secretary', 'Principal Deputy Press Secretary', 'Assistant Press Secretary', 'Counsel',
  'White House Counsel', 'General Counsel', 'Lord Chancellor', 'Lord Chief Justice', 'Lord Justice', 'Lady Justice',
  'Justice Secretary', 'Health Secretary', 'Education Secretary', 'Business Secretary', 'Transport Secretary',
  'Culture Secretary', 'Environment Secretary', 'Work and Pensions Secretary', 'Northern Ireland Secretary',
  'Scotland Secretary', 'Wales Secretary', 'Shadow Home Secretary', 'Shadow Chancellor', 'Leader of the Opposition',
  // "Her Majesty's Chief Inspector of Constabulary", "chief constable X"; "Founder" ends a name run ("Theater Founder").
  'Inspector', 'Chief Inspector', 'Chief Constable', 'Deputy Chief Constable', 'Assistant Chief Constable',
  'Police and Crime Commissioner', 'Police, Fire and Crime Commissioner', 'Police Fire and Crime Commissioner', 'Founder', 'Co-founder', 'Co-Founder',
  // UK ministerial offices written office-first: "Parliamentary Under Secretary of State X", "Chief Whip X",
  // "Sussex PCC X"; devolved and European members after a name ("X MSP").
  'Parliamentary Under Secretary of State', 'Parliamentary Under-Secretary of State', 'Under-Secretary of State',
  'Under Secretary of State', 'Parliamentary Secretary', 'Parliamentary Private Secretary', 'Minister without Portfolio',
  'Chief Secretary to the Treasury', 'Financial Secretary to the Treasury', 'Economic Secretary to the Treasury',
  'Exchequer Secretary to the Treasury', 'Paymaster General', 'Chief Whip', 'Leader of the House of Commons',
  'Leader of the House of Lords', 'Lord Privy Seal', 'Lord President of the Council', 'Advocate General', 'Lord Advocate',
  'First Minister', 'Deputy First Minister', 'Cabinet Secretary', 'Earl Marshal', 'Lord Great Chamberlain', 'Lord Mayor', 'Lord Lieutenant', 'High Sheriff',
  'Director of Public Prosecutions', 'Chief Fire Officer', 'Chief Scientific Adviser', 'Chief Nursing Officer',
  'Deputy Chief Medical Officer', 'PCC', 'Deputy PCC', 'Deputy Police and Crime Commissioner', 'MSP', 'MEP', 'MLA',
  // Australian and state offices: "The Treasurer, the Hon X MP", "Assistant Minister for X", "Special Minister of State".
  'Treasurer', 'Deputy Treasurer', 'Assistant Treasurer', 'Shadow Treasurer', 'State Treasurer', 'Shadow Minister',
  'Assistant Minister', 'Special Minister of State', 'Opposition Leader',
  // US press-office staff: "Assistant to the President and Deputy Chief of Staff X".
  'Assistant to the President', 'Deputy Assistant to the President', 'Special Assistant to the President',
  'Deputy Chief of Staff', 'Communications Director', 'Director of Communications',
  // Short forms in UK government headlines and council pages: "PM statement on …", "Cllr Jane Roe".
  'PM', 'Deputy PM', 'Cllr', 'Cllr.',
  // A family doctor's post in a health service: "GP Dr X", "Dr X, a GP in …"; "NHS Doctor" names its service.
  'GP', 'Doctor',
];

// Offices that stand by themselves: an appositive's capitalised words before them are the area or body served
// ("X, Northshire PCC", "X, the White House Chief of Staff", "X, Labour MP").
const officeHeads = [
  'PCC', 'Deputy PCC', 'Police and Crime Commissioner', 'Deputy Police and Crime Commissioner', 'MP', 'MSP', 'MEP', 'MLA',
  'Chief of Staff', 'Deputy Chief of Staff', 'Press Secretary', 'Deputy Press Secretary', 'Principal Deputy Press Secretary',
  'Counsel', 'Chief Constable', 'Deputy Chief Constable', 'Assistant Chief Constable', 'Mayor', 'Deputy Mayor', 'Lord Mayor',
  'Governor', 'Lieutenant Governor', 'Senator', 'Representative', 'Congressman', 'Congresswoman', 'Councillor', 'Councilor',
  'Secretary', 'Minister', 'Deputy Minister', 'Minister of State', 'Secretary of State', 'Commissioner', 'Police Commissioner',
  'Ambassador', 'High Commissioner', 'Attorney General', 'Sheriff', 'District Attorney', 'Spokesperson', 'Spokesman',
  'Spokeswoman', 'Premier', 'First Minister', 'Chief Minister', 'Inspector General', 'Auditor General', 'Ombudsman',
  'Chief Inspector', 'Chief Executive', 'Chief Medical Officer', 'Trade Representative', 'Solicitor General', 'Surgeon General',
];

export const en: Lexicon = {
  code: 'en',
  surnames: [],
  compoundSurnames: [],
  nameWords: { min: 2, max: 4 },
  nameParticles: ['de', 'da', 'di', 'del', 'della', 'van', 'von', 'der', 'den', 'la', 'le', 'du', 'dos', 'das', 'bin', 'binti', 'bint', 'ibn', 'al', 'el'],
  nameCues: ['Mr.', 'Mrs.', 'Ms.', 'Mr', 'Mrs', 'Ms', 'Miss', 'Dr.', 'Dr', 'Prof.', 'Prof', 'Professor', 'Datuk', 'Datuk Seri', 'Tan Sri', 'Dato', 'Tun', 'the Hon.', 'Hon.', 'The Hon', 'the Hon', 'Hon', 'Rt. Hon.', 'Rt Hon', 'The Rt Hon', 'the Rt Hon', 'The Rt Hon.', 'the Rt. Hon.', 'The Right Honourable', 'the Right Honourable', 'Right Honourable', 'Sir', 'Dame', 'Lord', 'Lady',
    'Baroness', 'Baron', 'Viscount', 'Viscountess', 'Earl', 'Countess', 'Marquess'],
  citizenCues: [],
  // Australian releases drop the dot: "the Australian Prime Minister, The Hon Julia Gillard MP,".
  honorifics: ['Dr.', 'Dr', 'the Hon.', 'Hon.', 'The Hon.', 'The Hon', 'the Hon', 'Hon', 'Rt. Hon.', 'the Rt. Hon.', 'Rt Hon', 'The Rt Hon', 'the Rt Hon', 'The Rt Hon.',
    'The Right Honourable', 'the Right Honourable', 'Right Honourable', 'Mr.', 'Mrs.', 'Ms.', 'Sir', 'Dame', 'Prof.', 'Prof', 'Professor', 'Datuk', 'Datuk Seri', 'Dato', 'Dato\' Sri', 'Datin', 'Tan Sri', 'Puan Sri', 'Tun', 'Toh Puan'],
  ranks: ['Sgt.', 'Cpl.', 'Pvt.', 'Lt.', 'Capt.', 'Maj.', 'Col.', 'Gen.', 'Adm.', 'Cmdr.', 'Det.', 'Insp.', 'Supt.',
    // Compound ranks with dots are one title: "Lt. Col. X", "Maj. Gen. X".
    'Lt. Col.', 'Lt. Gen.', 'Maj. Gen.', 'Brig. Gen.', 'Lt. Cmdr.', 'Sgt. Maj.',
    // British style drops the dots: "Lt Col X", "Maj Gen X".
    'Lt Col', 'Lt Gen', 'Maj Gen', 'Brig Gen', 'Lt', 'Col', 'Capt', 'Sgt', 'Maj', 'Gen', 'Cpl', 'Insp', 'Supt'],
  titleHeads: titleCore,
  titleStatus: ['former', 'Former', 'acting', 'Acting', 'interim', 'Interim', 'outgoing', 'Outgoing', 'incoming', 'Incoming', 'then-', 'late', 'newly appointed'],
  titleTailWords: ['of', 'the', 'and', 'for', 'on', '&', 'de', 'in', 'at', 'to'],
  pluralMarkers: ['all', 'other', 'several', 'many', 'some', 'two', 'three', 'former and current'],
  titleNeedsCapital: false,
  // Verbs after an appositive end its titles: "X, the Chief of Staff, asked Counsel Y to …".
  titleTerminators: ['said', 'says', 'told', 'who', 'which', 'that', 'has', 'have', 'had', 'is', 'was', 'will', 'would', 'on', 'in', 'as',
    'asked', 'asks', 'urged', 'urges', 'ordered', 'orders', 'directed', 'directs', 'instructed', 'called', 'calls', 'announced', 'added', 'noted', 'warned',
    // A list or a clause opens after the name: ", including Congressman X", "while President X was …".
    'including', 'while', 'like', 'especially', 'notably'],
  titleJoiners: ['and', '&'],
  titleArticles: ['the', 'a', 'an', 'The', 'A', 'An', 'another'],
  titleConjunctions: ['and', '&'],
  openerWords: [
    'The', 'A', 'An', 'In', 'On', 'At', 'For', 'But', 'And', 'Or', 'If', 'As', 'It', 'This', 'That', 'These', 'Those',
    'There', 'When', 'While', 'After', 'Before', 'Since', 'During', 'According', 'Under', 'Then', 'So', 'Yet', 'Also',
    'Meanwhile', 'However', 'Former', 'Both', 'Even', 'Now', 'Only', 'With', 'Without', 'By', 'From', 'To', 'Of', 'Like',
    // Time and sequence words: "Today President X …" ("Today" is no name, nor a bare verb opening a list item).
    'Today', 'Yesterday', 'Tomorrow', 'Tonight', 'Here', 'Earlier', 'Later', 'Last', 'Next', 'Together', 'Finally',
    'Additionally', 'Further', 'Furthermore', 'Moreover', 'First', 'Second', 'Third', 'Lastly', 'Instead', 'Still',
    // A question's auxiliary: "Has General John Allen told …", "Did Secretary Clinton …".
    'Has', 'Have', 'Had', 'Is', 'Are', 'Was', 'Were', 'Do', 'Does', 'Did', 'Will', 'Would', 'Can', 'Could', 'Should',
    // Prepositions a Title Case headline capitalises: "… Jay Carney Aboard Air Force One".
    'Aboard', 'Upon', 'Amid', 'Against', 'Between', 'Through', 'Toward', 'Towards', 'Regarding', 'Concerning', 'Via', 'Following', 'Into', 'Over', 'About',
  ],
  // "X has been named new DHS acting secretary": the office follows a verb of appointment.
  titleBridges: ['has been named', 'was named', 'has been appointed', 'was appointed', 'has been elected', 'was elected', 'was sworn in as', 'has been sworn in as',
    // "Jane Roe is the finance director at RWM": a copula before an office at an organisation.
    'is the', 'is also the', 'is now the', 'was the', 'is a', 'is an'],
  titleIntroducers: ['who is', 'who is also', 'who was', 'who is now', 'who serves as', 'who also serves as', 'who doubles as', 'who also doubles as'],
  courtesyCues: ['Mr.', 'Mrs.', 'Ms.', 'Mr', 'Mrs', 'Ms', 'Miss'],
  // "Jane Roe MP", "John Doe QC": an office or honour after the name, no comma between.
  // "X, Gleeson Homes Group Land Director": a company's name before the head makes it a post at that company.
  bodyNameEnds: ['Group', 'Services', 'Ltd', 'Limited', 'plc', 'PLC', 'Inc', 'Corp', 'Corporation', 'Company', 'Holdings', 'Trust', 'Foundation', 'Partnership', 'Association', 'Society'],
  postNominals: ['MP', 'MSP', 'MEP', 'MLA', 'QC', 'KC', 'OBE', 'CBE', 'MBE', 'KBE', 'DBE', 'CMG', 'KCMG'],
  // Peers go by one name: "Lord Hill", "Baroness Smith of Basildon"; "Lord Peter Grey" is a title and a full name.
  styleTitles: ['Senator', 'Sen.', 'Representative', 'Rep.', 'Congressman', 'Congresswoman', 'Councillor', 'Councilor',
    'General', 'Admiral', 'Air Marshal', 'Air Chief Marshal', 'Vice Admiral', 'Rear Admiral', 'Lieutenant General', 'Major General'],
  peerageCues: ['Lord', 'Lady', 'Baroness', 'Baron', 'Viscount', 'Viscountess', 'Earl', 'Countess', 'Marquess'],
  officeHeads,
  // Surnames spelled like a month or a colour: "Theresa May", "Jack White", "John Major".
  surnameHomographs: ['May', 'White', 'Green', 'West', 'Day', 'Church', 'Major', 'King', 'Queen', 'Bishop', 'Doctor'],
  // Government news pages open on the speaker's surname: "May addresses audience at …", "Hill sets out plans …".
  leadSpeakerVerbs: ['addresses', 'says', 'tells', 'sets out', 'outlines', 'announces', 'urges', 'warns', 'calls on', 'calls for',
    'speaks', 'writes', 'welcomes', 'praises', 'launches', 'unveils', 'visits', 'meets', 'opens', 'confirms', 'reveals',
    'pledges', 'promises', 'highlights', 'delivers', 'gives', 'responds', 'thanks', 'congratulates', 'hails', 'vows',
    'signs', 'marks', 'attends', 'discusses', 'explains', 'describes', 'argues', 'insists', 'backs', 'condemns', 'updates',
    // gov.uk leads in the past tense: "X gave a statement to Parliament on …", "X closed the summit, calling for …".
    'gave', 'made', 'closed', 'opened', 'addressed', 'spoke', 'said', 'told', 'set out', 'outlined', 'announced', 'delivered',
    'launched', 'visited', 'met', 'welcomed', 'wrote', 'urged', 'warned', 'called on', 'called for', 'confirmed', 'unveiled'],
  // A proclamation, order or memorandum: "By the authority vested in me as President by the Constitution …".
  signerOfficeFrames: ['vested in me as'],
  valedictions: ['sincerely', 'yours sincerely', 'yours faithfully', 'yours truly', 'respectfully', 'respectfully yours', 'with best wishes', 'best regards', 'kind regards'],
  // A speech to an office's holders names some by example: "PCCs have … In Northshire, Jane Roe has …".
  officeGroups: ['PCCs', 'police and crime commissioners', 'chief constables', 'MPs', 'MSPs', 'MEPs', 'senators', 'governors',
    'mayors', 'councillors', 'councilors', 'ambassadors', 'commissioners', 'ministers'],
  // A peer sits in the House of Lords, a public office: "Lord Hill", "Baroness Hale" are officials; "Lady" may be a courtesy.
  weakTitles: ['Dr.', 'Dr', 'Prof.', 'Prof', 'Professor', 'Sir', 'Dame', 'Doctor', 'Lady', 'QC', 'KC', 'OBE', 'CBE', 'MBE', 'KBE', 'DBE', 'CMG', 'KCMG', 'Datuk', 'Datuk Seri', 'Dato', 'Dato\' Sri', 'Datin', 'Tan Sri', 'Puan Sri', 'Tun', 'Toh Puan'],
  notNameWords: [
    'The', 'A', 'An', 'In', 'On', 'At', 'For', 'But', 'And', 'Or', 'If', 'As', 'It', 'I', 'He', 'She', 'They', 'We', 'This',
    'That', 'These', 'Those', 'There', 'When', 'While', 'After', 'Before', 'Since', 'During', 'According', 'Under',
    'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March',
    'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Jan', 'Feb', 'Mar',
    'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec', 'Department', 'Ministry', 'House', 'Senate',
    'Agency', 'Committee', 'Party', 'University', 'Bank', 'Council', 'Court', 'Office', 'Government', 'Authority',
    'Association', 'Commission', 'Congress', 'Parliament', 'Assembly', 'Institute', 'Union', 'Federal', 'National',
    'State', 'States', 'United', 'Republic', 'Republican', 'Republicans', 'Democrat', 'Democrats', 'Democratic',
    'White', 'Street', 'Road', 'Avenue', 'City', 'County', 'Province', 'Region', 'North', 'South', 'East', 'West',
    'Northern', 'Southern', 'Eastern', 'Western', 'Central', 'News', 'Press', 'Associated', 'Reuters', 'Times',
    'Post', 'Journal', 'Group', 'Company', 'Corporation', 'Inc', 'Ltd', 'Service', 'Services', 'Force', 'Forces',
    'Army', 'Navy', 'Police', 'Church', 'School', 'Hospital', 'Airport', 'Station', 'Centre', 'Center', 'Foundation',
    'Fund', 'Organization', 'Organisation', 'Program', 'Programme', 'Project', 'Act', 'Order', 'Executive', 'Day',
    'Memorandum', 'Proclamation', 'Presidential', 'Initiative', 'Strategy',
    'Coast', 'Guard', 'Pentagon', 'Kremlin', 'Cabinet', 'Administration', 'Covid', 'COVID', 'Prime', 'Minister',
    'President', 'Secretary', 'Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'Chief', 'General', 'Governor', 'Mayor', 'Senator',
    'Asia', 'Europe', 'Africa', 'America', 'American', 'Americans', 'Chinese', 'British', 'European', 'Vietnamese',
    'Russian', 'Ukrainian', 'Israeli', 'Palestinian', 'Japanese', 'Korean', 'Indian', 'French', 'German', 'Jamaica',
    'Jamaican', 'Mexico', 'Mexican', 'Tanzania', 'Tanzanian', 'Malaysia', 'Malaysian', 'Australia', 'Australian',
    'Supreme', 'High', 'Labour', 'Labor', 'Conservative', 'Liberal', 'Green', 'Greens', 'Premier', 'Olympic', 'Games',
    'League', 'Cup', 'Club',
    // Linking words capitalised in a Title Case headline: "… With President Lula Of Brazil".
    'Of', 'With', 'By', 'From', 'To', 'Into', 'Over', 'About', 'Aboard', 'Upon', 'Amid', 'Against', 'Between', 'Through',
    'Toward', 'Towards', 'Regarding', 'Concerning', 'Via', 'Following',
    // Roles at an event: "attended as Chief Guest".
    'Guest', 'Guests', 'Host', 'Speaker',
    // Shops and firms: "Northtown Pharmacy said …" is no person.
    'Bakery', 'Bakeries', 'Pharmacy', 'Chemist', 'Chemists', 'Cafe', 'Café', 'Coffee', 'Restaurant', 'Hotel', 'Shop', 'Shops',
    'Store', 'Stores', 'Supermarket', 'Supermarkets', 'Garage', 'Motors', 'Salon', 'Butchers', 'Limited', 'Ltd', 'PLC', 'Plc',
    'LLP', 'LLC', 'Holdings', 'Brewery', 'Foods', 'Homes', 'Estates', 'Industries', 'Enterprises', 'Airlines', 'Airways',
    'Insurance', 'Pharmaceuticals', 'Technologies', 'Solutions', 'Consulting', 'Logistics', 'Partners', 'Trust', 'Charity',
    'Society', 'Retail', 'Pizza', 'Takeaway', 'Florist', 'Florists', 'Jewellers', 'Opticians', 'Newsagents', 'Travel',
  ],
  placeClassifiers: ['in', 'from', 'of', 'near', 'at'],
  placeNames: ['New York', 'Hong Kong', 'Los Angeles', 'San Francisco', 'New Zealand', 'South Africa', 'North Korea', 'South Korea', 'Saudi Arabia', 'Sri Lanka', 'Costa Rica', 'El Salvador', 'Buenos Aires', 'Kuala Lumpur', 'Ho Chi Minh', 'Ho Chi Minh City', 'Abu Dhabi', 'Tel Aviv', 'Rio de Janeiro', 'Las Vegas', 'New Delhi', 'Dar es Salaam', 'Cape Town', 'Wall Street', 'Capitol Hill', 'Downing Street', 'Mexico City', 'West Bank', 'Gaza Strip', 'Middle East', 'United States', 'United Kingdom', 'New Jersey', 'New Mexico', 'New Hampshire', 'North Carolina', 'South Carolina', 'North Dakota', 'South Dakota', 'West Virginia', 'Rhode Island', 'Puerto Rico', 'Hà Nội', 'Ha Noi'],
  // Short forms of given names that official texts write in full ("President Joseph R. Biden, Jr.").
  givenNameForms: {
    Joe: 'Joseph', Bill: 'William', Bob: 'Robert', Rob: 'Robert', Jim: 'James', Mike: 'Michael', Tom: 'Thomas',
    Tony: 'Anthony', Dick: 'Richard', Rick: 'Richard', Chuck: 'Charles', Ted: 'Edward', Pete: 'Peter', Dan: 'Daniel',
    Dave: 'David', Steve: 'Steven', Ben: 'Benjamin', Liz: 'Elizabeth', Kate: 'Katherine', Chris: 'Christopher',
    Jeff: 'Jeffrey', Jon: 'Jonathan', Nick: 'Nicholas', Sam: 'Samuel', Tim: 'Timothy', Matt: 'Matthew',
    Andy: 'Andrew', Alex: 'Alexander', Larry: 'Lawrence', Jerry: 'Gerald', Pat: 'Patrick', Don: 'Donald', Ron: 'Ronald',
  },
  nameSuffixes: ['Jr', 'Sr', 'II', 'III', 'IV'],
  historicalNames: ['Ho Chi Minh', 'Abraham Lincoln', 'George Washington', 'Martin Luther King', 'Winston Churchill'],
  creditMarkers: ['Photo:', 'Photograph:', 'Photo by', 'Image:', 'Credit:', 'Source:', 'Getty Images', '(AP Photo', '(Reuters', 'File photo', 'Read more', 'Related:', 'Sign up', 'Follow us', 'Reporting by', 'Editing by', 'Writing by', 'Additional reporting'],
  bylineMarkers: ['By', 'Reporting by', 'Editing by', 'Associated Press'],
  speechVerbs: ['said', 'says', 'told', 'stressed', 'emphasized', 'emphasised', 'added', 'noted', 'stated', 'declared', 'announced', 'urged', 'warned', 'explained', 'argued', 'wrote', 'insisted', 'remarked', 'asserted', 'acknowledged'],
  speechFrames: ['Speaking at', 'Speaking to', 'Speaking during', 'In a statement', 'In his remarks', 'In her remarks', 'Addressing', 'According to', 'Remarks of', 'Remarks by'],
  salutations: ['Dear', 'Ladies and Gentlemen', 'Ladies and gentlemen'],
  complementBreaks: ['whether', 'about', 'if', 'over', 'why', 'how', 'what'],
  questionOpeners: ['whether', 'about', 'if', 'why', 'how', 'what'],
  questionMarks: ['?'],
  // "required checks, according to records": this "to" opens no order.
  // "Under the ministry’s rules, applicants are required to …".
  issuerFrames: ['under', 'according to', 'in line with', 'on'],
  // "the family had asked to pass on …" is a wish; "applicants are required to …" is an order on them.
  passiveAuxiliaries: ['is', 'are', 'was', 'were', 'be', 'been', 'being', 'get', 'gets', 'got'],
  addresseeRelatives: ['who'],
  prepositionalTo: ['according', 'due', 'prior', 'next', 'close', 'thanks', 'compared', 'contrary', 'pursuant', 'addition', 'regard', 'respect', 'relation', 'owing'],
  // "I hereby designate …", "It is hereby ordered …": a performative "hereby" makes its verb the act.
  directiveCues: ['hereby', 'ordered', 'orders', 'directed', 'directs', 'instructed', 'instructs', 'mandated', 'mandates', 'commanded', 'decreed', 'demanded', 'demands', 'called for', 'calls for', 'calling for', 'demanding', 'requested', 'recommend', 'recommends', 'recommended',
    // Travel advice: "The government advises against all but essential travel to …".
    'advises against', 'advise against', 'advised against', 'propose', 'proposes', 'banned', 'bans', 'prohibited', 'prohibits',
    // A proposal as a verb after its auxiliary ("the President has proposed a freeze", "he's proposing …"); a bare
    // "proposed" is mostly the adjective ("the proposed limits").
    'has proposed', 'have proposed', 'had proposed', 'is proposing', 'are proposing', 'was proposing', 'were proposing', 's proposing',
    // "he continues to call for the passage of the Act", "we call for an inquiry".
    'call for',
    // A readout's call with a noun object: "The leaders encouraged the expansion of exchanges", "urged the release of …".
    'encouraged the', 'encourages the', 'urged the', 'urges the'],
  // A government's request of funds or powers: "the President is requesting supplemental funding", "we are seeking
  // authorization to …" (the progressive after its auxiliary), from an office, a body or "we" only; so are a request and a
  // challenge in the progressive ("The Administration is asking Congress to provide …", "We are challenging Republicans to
  // drop …"; "Drivers are asking the council to …" reports another's wish).
  issuerOnlyCues: ['is requesting', 'are requesting', 'is seeking', 'are seeking', 'is asking', 'are asking', 'is challenging', 'are challenging'],
  enactVerbs: ['enacted', 'passed', 'adopted', 'introduced', 'issued', 'signed', 'approved', 'finalized', 'finalised', 'implemented', 'announced'],
  directiveCuesNeedTo: ['ordered', 'orders', 'directed', 'directs', 'instructed', 'instructs', 'told', 'asked', 'asks', 'urged', 'urges', 'called on', 'called upon', 'calls on', 'pressed', 'presses', 'tasked', 'required', 'requires', 'requested', 'requests', 'encouraged', 'encourages', 'advised', 'appealed to', 'commanded', 'mandated', 'calling on', 'urging', 'pressing', 'ordering', 'directing', 'pleaded with', 'pleads with', 'pleading with', 'implored', 'implores',
    // "would require providers to store …"; a court petition: "praying the court to direct …".
    'require', 'prayed', 'praying', 'petitioned', 'petitioning',
    // A speaker's own request in the present: "I urge you to …", "I call on every council to …".
    'urge', 'call on', 'call upon', 'encourage',
    // A minister's commission: "I commissioned the Inspectorate to inspect …" (the noun "Commission" and the
    // purchasing sense "to commission services to deliver …" are left out); "tell them to adhere …".
    'commissioned', 'tell', 'tells',
    // A readout's call: "The President underscored the need for all countries to condemn …" (after a speech verb only;
    // "eliminate the need for patients to travel" names no call).
    'underscored the need for', 'underscores the need for', 'stressed the need for', 'stresses the need for',
    'emphasized the need for', 'emphasizes the need for', 'emphasised the need for', 'highlighted the need for',
    'reiterated the need for', 'reaffirmed the need for', 'affirmed the need for', 'noted the need for',
    'discussed the need for'],
  // Base forms that are verbs only after a modal, "to" or a personal pronoun ("the leaders will direct the trade
  // ministers to work …", "agreed to direct ministers to …"; not "direct support to families").
  modalCuesNeedTo: ['direct', 'order', 'instruct', 'press'],
  // "those who no longer require international protection to return", "he did not ask them to resign": a negated
  // command orders nothing ("must not require" after a modal still forbids, and is no match here).
  cueNegations: ['no longer', 'never', 'did not', "didn't", 'does not', "doesn't", 'has not', "hasn't", 'have not', "haven't", 'had not', "hadn't"],
  obligationMarkers: ['must', 'need to', 'needs to', 'have to', 'has to', 'shall', 'are required to', 'is required to', 'should', 'it is imperative', 'no later than',
    // "you ought to vote yes", "it is incumbent upon every official to …".
    'ought to', 'it is incumbent upon', 'it is incumbent on',
    // "It is critically important that we not lose our focus …": a judgement of necessity calls on the clause's subject.
    'it is critically important that', 'it is essential that', 'it is vital that', 'it is critical that', "it's imperative",
    // A speaker's hope addressed to the audience is a request: "I hope you will start …", "I hope each of you will …".
    'i hope you will', 'i hope that you will', 'i hope each of you will', 'i hope all of you will', 'i want you to', 'i expect you to',
    'we want you to', 'i need you to', 'we need you to', 'we want everyone to', 'i want everyone to',
    // "they should have a vote": "have" before a determiner is a possession owed, not a past ("should have done"; falseCues).
    'should have a', 'should have an', 'should have the', 'must have a', 'must have an', 'must have the', 'should have access', 'must have access'],
  falseCues: ['must have', 'must be noted', 'should have', 'should the', 'should it', 'should they',
    // An inverted condition: "… should additional funds be required", "should you need help, …".
    'should you', 'should we', 'should he', 'should she', 'should there', 'should a', 'should an', 'should any', 'should additional',
    'should this', 'should that', 'should these', 'should those', 'should anyone', 'should someone', 'asked whether', 'asked if', 'asked about', 'asked how', 'asked why', 'asked what', 'directed by', 'told reporters', 'told the', 'ordered by', 'required by law', 'if required', 'when required', 'as required', 'called for comment', 'must-see', 'must-win', 'need to know', 'has to do with', 'have to do with', 'asked for comment', 'did not respond', 'declined to', 'directed at', 'directed toward', 'directed towards', 'directed against', 'should be understood', 'should be seen', 'should be viewed', 'should be read', 'has to be understood', 'have to be understood',
    'must be understood', 'needs to be understood', 'has to be seen', 'must be seen', 'needs to be seen', 'what he should', 'what she should', 'what they should', 'what it should',
    // Request/recommend in their adjective and report senses ("we need to find …" is ownNeedMarkers').
    'requested anonymity', 'requested not to be', 'as requested', 'requested by', 'highly recommended', 'recommended by', 'not recommended',
    // The noun: "a call for papers", "the call for evidence".
    'a call for', 'the call for', 'this call for', 'that call for', 'their call for', 'his call for', 'her call for', 'our call for',
    // A conditional consequence ("If we did X, companies would have to …") and rhetoric ("you have to ask: why …")
    // order nothing.
    'would have to', 'have to ask', 'has to ask', 'must ask ourselves',
    // "so she doesn't have to read 25 names": an obligation denied frees, it orders nothing ("must not" still forbids).
    "doesn't have to", "don't have to", "didn't have to", "won't have to", "wouldn't have to", 'does not have to', 'do not have to',
    'did not have to', 'will not have to', 'would not have to', "doesn't need to", "don't need to", "didn't need to", "won't need to",
    'does not need to', 'do not need to', 'did not need to', 'will not need to', 'need not', "needn't",
    // "More needs to be done": an amount of work owed by nobody named orders nothing.
    'more needs to be done', 'more work needs to be done', 'much more needs to be done', 'more must be done',
    'more still needs to be done', 'much more work needs to be done', 'a lot more needs to be done',
    // A decree's findings, declarations and grants of power order nobody: "I hereby determine that …", "I hereby make the
    // following determinations", "do hereby proclaim …", "is hereby authorized to …" ("hereby direct" still orders).
    'hereby determine', 'hereby make', 'hereby proclaim', 'hereby declare', 'hereby certify', 'hereby find', 'hereby authorize',
    'hereby authorized', 'hereby report', 'hereby transmit'],
  agentNouns: ['we', 'you', 'they', 'i', 'he', 'she', 'everyone', 'everybody', 'anyone', 'anybody', 'nobody', 'someone', 'people', 'person',
    'residents', 'citizens', 'public', 'voters', 'students', 'parents', 'teachers', 'children', 'families', 'households', 'workers',
    'employees', 'employers', 'staff', 'officials', 'authorities', 'leaders', 'members', 'lawmakers', 'legislators', 'politicians',
    'parties', 'governments', 'government', 'states', 'countries', 'nations', 'agencies', 'ministries', 'departments', 'councils',
    'police', 'force', 'officers', 'troops', 'military', 'forces', 'companies', 'firms', 'businesses', 'banks', 'lenders', 'investors',
    'regulators', 'providers', 'operators', 'utilities', 'manufacturers', 'retailers', 'landlords', 'tenants', 'owners', 'farmers',
    'drivers', 'motorists', 'passengers', 'travellers', 'travelers', 'visitors', 'tourists', 'users', 'consumers', 'customers',
    'patients', 'doctors', 'physicians', 'nurses', 'hospitals', 'schools', 'colleges', 'universities', 'institutions', 'organisations',
    'organizations', 'groups', 'group', 'advocates', 'activists', 'unions', 'airlines', 'platforms', 'candidates', 'judges', 'courts',
    'prosecutors', 'communities', 'individuals', 'adults', 'borrowers', 'applicants', 'taxpayers', 'homeowners', 'commuters',
    'pedestrians', 'cities', 'towns', 'municipalities', 'counties', 'provinces', 'districts', 'administration', 'team', 'teams', 'players',
    'sellers', 'buyers', 'vendors', 'traders', 'merchants', 'shops', 'stores', 'restaurants', 'contractors', 'suppliers', 'exporters',
    'importers', 'carriers', 'insurers', 'developers', 'builders', 'pharmacies', 'clinics', 'journalists', 'reporters',
    // Collectives and the singular of the bodies above act too ("the industry must do better", "every council should …").
    'industry', 'industries', 'sector', 'sectors', 'profession', 'professions', 'society', 'country', 'nation', 'council',
    'agency', 'ministry', 'department', 'company', 'firm', 'business', 'bank', 'school', 'college', 'university', 'hospital', 'employer',
    'provider', 'operator', 'regulator', 'board', 'boards', 'authority', 'commission', 'committee', 'parliament',
    'congress', 'city', 'state', 'union', 'party', 'partners', 'stakeholders'],
  clauseOpeners: ['that', 'who', 'which', 'while', 'when', 'whereas', 'although', 'though', 'because', 'if', 'since', 'where', 'unless'],
  subjectPronouns: ['i', 'we', 'you', 'they', 'he', 'she', 'it', 'this', 'that', 'these', 'those', 'one', 'there'],
  nonAddressees: ['we', 'i', 'you', 'it', 'they', 'this', 'there'],
  acronymLinks: ['and', 'for', 'of', 'the', '&'],
  // A speech, an op-ed or a press release in its own voice: "I have asked …", "we also urge …".
  firstPersonWords: ['i', 'we', 'us', 'our', 'ours', 'my', 'me', 'myself', 'ourselves'],
  secondPersonWords: ['you', 'your', 'yours', 'yourself', 'yourselves'],
  // The lead of a speech page names its speaker before the verb: "X opens the summit …", "X sets out …".
  speakerLeadVerbs: ['addresses', 'sets out', 'speaks', 'outlines', 'tells', 'delivers', 'gives', 'writes', 'says',
    'announces', 'explains', 'urges', 'calls on', 'describes', 'welcomes', 'reflects', 'marks', 'highlights',
    'addressed', 'set out', 'spoke', 'outlined', 'told', 'delivered', 'gave', 'wrote', 'said', 'announced', 'explained',
    'urged', 'called on', 'described', 'welcomed', 'highlighted', 'opens', 'opened', 'closes', 'closed'],
  speakerNouns: ['speech', 'speeches', 'speaking note', 'speaking notes', 'remarks', 'address', 'keynote', 'statement', 'letter',
    'message', 'lecture', 'oral statement', 'written statement', 'foreword', 'article', 'op-ed', 'testimony', 'evidence'],
  speakerNounLinks: ['by', 'of', 'from'],
  inanimatePronouns: ['it'],
  subordinators: ['if', 'when', 'where', 'because', 'although', 'though', 'while', 'whereas', 'unless', 'whenever', 'wherever', 'once'],
  // "I have to say …", "Not that I have to report …": the speaker's own need; "we need to …" calls on the audience.
  clauseCoordinators: ['and', 'but'],
  ownNeedMarkers: ['need to', 'needs to', 'have to', 'has to', 'should', 'must', 'ought to'],
  ownNeedSubjects: ['i'],
  entitlementPredicates: ['be able', 'not be subject', 'never be subject', 'not have to', 'never have to', 'have the freedom', 'have the free', 'have access', 'have the chance', 'have the opportunity', 'have the right', 'get the chance', 'get the opportunity', 'feel safe', 'feel proud'],
  // "We need businesses to step up", "We look to the industry to offer …": the speaker's call on someone to act; so is a
  // minister's polite "I would expect all X to leave …" ("we expect prices to rise" forecasts, and stays out).
  firstPersonCuesNeedTo: ['ask', 'asking', 'request', 'requesting', 'encouraging', 'need', 'look to', 'are looking to', 'would expect'],
  // "I should like to make a statement": the polite "should like" is the speaker's wish.
  ownStatePredicates: ['like to', 'be proud', 'be grateful', 'be thankful', 'be humble', 'be honest', 'be mindful', 'be clear', 'be under no illusion',
    'remember', 'never forget', 'not forget', 'forget', 'pause', 'reflect', 'recognise', 'recognize', 'acknowledge', 'celebrate',
    'thank', 'pay tribute', 'honour', 'honor', 'salute', 'admit', 'confess'],
  imperativeOpeners: ['do not', "don't", 'please do not', "please don't"],
  // "On 16 July I designated $5 million of the fund as emergency funds": a designation in a letter (a "designated area" is not).
  // "We are requiring faster improvements in …": a first-person requirement with its object.
  firstPersonActs: ['designated', 'designate', 'are requiring', 'require'],
  // "we need this adopted in every country", "I want them published": a wish for something to be done.
  causativeCues: ['need', 'want'],
  // "The President tasked the group with producing …" (active: "was tasked with" reports a task received).
  taskWithCues: ['tasked', 'tasks', 'tasking'],
  taskWithParticle: 'with',
  ruleNouns: ['law', 'laws', 'legislation', 'rule', 'rules', 'regulation', 'regulations', 'statute', 'statutes', 'provision', 'provisions', 'policy', 'policies', 'ordinance', 'ordinances'],
  resultOpeners: ['thereby', 'as a result'],
  listIntros: ['the following', 'as follows'],
  // "… in order to encourage other communities to adopt …": an aim, not an order.
  purposeOpeners: ['in order to', 'so as to'],
  // "I have written to all councils to tell them to …", "… inviting them to sign up": the letter carries the request.
  letterCues: ['written to', 'wrote to', 'writing to', 'writes to', 'write to'],
  letterRequests: ['to tell', 'to ask', 'to urge', 'to invite', 'to request', 'to encourage', 'telling', 'asking', 'urging',
    'inviting', 'requesting', 'encouraging', 'calling on'],
  colonFrameParagraphs: 1,
  relativePronouns: ['which', 'who', 'whom', 'whose'],
  personRelatives: ['who', 'whom', 'whose'],
  documentNumberWords: ['No.', 'No'],
  nonIssuers: ['protesters', 'protestors', 'demonstrators', 'crowds', 'crowd', 'rioters', 'campaigns', 'reports', 'report', 'forecasts',
    // A campaign or an initiative "encourages" its audience; a scheme or guidance that requires carries its author's rules.
    'forecast', 'polls', 'surveys', 'studies', 'outbreak', 'study', 'campaign', 'initiative', 'initiatives', 'website'],
  // "you will all need to": a floating quantifier stands between the subject and its verb too.
  subjectAuxiliaries: ['is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'also', 'already', 'now', 'again', 'repeatedly', 'all', 'both',
    'previously', 'once', 'then', 'still', 'not', 'will', 'would', 'did', 'does', 'do', 'can', 'could', 'may', 'might', 'should',
    'must', 'shall', 'to'],
  subjectClitics: ['re', 've', 'm', 'll', 'd'],
  questionerLabels: ['Q', 'Q.'],
  headBreaks: ['of', 'by', 'in', 'at', 'for', 'from', 'with', 'on', 'under', 'across', 'about', 'over', 'into', 'near', 'who', 'which', 'that'],
  modifierOpeners: ['in', 'despite', 'with', 'after', 'before', 'amid', 'following', 'without', 'through', 'against', 'among', 'by', 'including'],
  // A negated modal forbids ("should not start", "must not be used"); English has no epistemic "must not".
  // "the proposals should contribute to a fall in …", "should lead to …": a forecast of their effect.
  consequenceVerbs: ['contribute to', 'lead to', 'result in', 'also contribute to', 'also lead to'],
  normativeVerbs: ['be', 'become', 'not be', 'not become', 'never be', 'not'],
  mandativeCues: ['moves that', 'moved that', 'move that', 'requirement that', 'demand that', 'demanded that', 'demands that',
    'insisted that', 'insists that', 'ordered that', 'orders that', 'recommended that', 'recommends that', 'recommendation that',
    'proposed that', 'proposes that', 'asked that', 'requested that', 'urged that', 'directed that', 'required that', 'requires that'],
  quoteOrderCues: ['urged', 'urges', 'urging', 'implored', 'exhorted', 'ordered', 'instructed'],
  // "our requested clinic", "the governor's requested funding": a participle after a possessive is an adjective.
  // Quantifiers and demonstratives make the cue an adjective too: "these three recommended improvements", "some required checks".
  cueNounMarkers: ['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'your', 'my', 's', 'these', 'those', 'some', 'several', 'many',
    'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'other', 'such'],
  addresseeEnds: ['to', 'that'],
  connectives: ['However', 'Meanwhile', 'Also', 'In addition', 'Additionally', 'Furthermore', 'Moreover', 'At the same time', 'In particular', 'First', 'Second', 'Third', 'Finally', 'Instead', 'And', 'But', 'So'],
  // "And that should worry us", "Those firms should …": a demonstrative subject makes the modal a comment.
  commentarySubjects: ['this', 'that', 'these', 'those'],
  speakerPronouns: ['he', 'she', 'He', 'She'],
  orgHeads: ['Ministry', 'Department', 'Agency', 'Government', 'government', 'Commission', 'Council', 'Court', 'Office', 'Administration', 'White House', 'Pentagon', 'Cabinet', 'Authority', 'Bank', 'Committee', 'Parliament', 'Congress', 'Senate', 'House', 'Police', 'ministry', 'department', 'agency', 'court', 'council', 'committee', 'administration', 'Kremlin', 'Board', 'board', 'regulator', 'Regulator', 'Union', 'Secretariat', 'Centers', 'Center', 'Centre', 'Centres'],
  units: [
    { text: 'percent', kind: 'percent' }, { text: 'per cent', kind: 'percent' }, { text: '%', kind: 'percent' },
    { text: 'percentage points', kind: 'percent' }, { text: 'trillion', kind: 'number' }, { text: 'billion', kind: 'number' },
    { text: 'million', kind: 'number' }, { text: 'thousand', kind: 'number' }, { text: 'bn', kind: 'number' },
    { text: 'mn', kind: 'number' }, { text: 'tn', kind: 'number' }, { text: 'dollars', kind: 'money' },
    { text: 'euros', kind: 'money' }, { text: 'pounds', kind: 'money' }, { text: 'yuan', kind: 'money' },
    { text: 'yen', kind: 'money' }, { text: 'rupees', kind: 'money' }, { text: 'pesos', kind: 'money' },
    { text: 'ringgit', kind: 'money' }, { text: 'shillings', kind: 'money' }, { text: 'rand', kind: 'money' },
    { text: 'USD', kind: 'money' }, { text: 'EUR', kind: 'money' }, { text: 'km', kind: 'measure' },
    { text: 'kilometres', kind: 'measure' }, { text: 'kilometers', kind: 'measure' }, { text: 'miles', kind: 'measure' },
    { text: 'square miles', kind: 'measure' }, { text: 'square kilometres', kind: 'measure' }, { text: 'hectares', kind: 'measure' },
    { text: 'acres', kind: 'measure' }, { text: 'tonnes', kind: 'measure' }, { text: 'tons', kind: 'measure' },
    { text: 'barrels', kind: 'measure' }, { text: 'kg', kind: 'measure' }, { text: 'MW', kind: 'measure' },
    { text: 'GW', kind: 'measure' }, { text: 'metres', kind: 'measure' }, { text: 'meters', kind: 'measure' },
    { text: 'feet', kind: 'measure' }, { text: 'times', kind: 'ratio' }, { text: 'degrees', kind: 'measure' },
    { text: 'mph', kind: 'measure' }, { text: 'kph', kind: 'measure' }, { text: 'km/h', kind: 'measure' },
    { text: 'inches', kind: 'measure' }, { text: 'inch', kind: 'measure' }, { text: 'cm', kind: 'measure' },
    { text: 'mm', kind: 'measure' }, { text: 'centimeters', kind: 'measure' }, { text: 'centimetres', kind: 'measure' },
    { text: 'millimeters', kind: 'measure' }, { text: 'millimetres', kind: 'measure' }, { text: 'gallons', kind: 'measure' },
    { text: 'liters', kind: 'measure' }, { text: 'litres', kind: 'measure' }, { text: 'kWh', kind: 'measure' },
    { text: 'MWh', kind: 'measure' }, { text: 'GWh', kind: 'measure' }, { text: 'square feet', kind: 'measure' },
    // Concentrations: "a limit of 10 µg/L", "80 mg/100ml".
    { text: 'µg/L', kind: 'measure' }, { text: 'µg/l', kind: 'measure' }, { text: 'mg/L', kind: 'measure' }, { text: 'mg/l', kind: 'measure' },
    { text: 'mg/100ml', kind: 'measure' }, { text: 'µg', kind: 'measure' }, { text: 'mg', kind: 'measure' }, { text: 'ml', kind: 'measure' },
    // East African shillings: "4m/-", "10,000/-".
    { text: '/-', kind: 'money' }, { text: 'm/-', kind: 'money' }, { text: 'bn/-', kind: 'money' },
  ],
  prefixUnits: [
    { text: 'US$', kind: 'money' }, { text: 'A$', kind: 'money' }, { text: 'C$', kind: 'money' }, { text: 'HK$', kind: 'money' },
    { text: 'J$', kind: 'money' }, { text: 'NZ$', kind: 'money' }, { text: 'S$', kind: 'money' }, { text: '$', kind: 'money' },
    { text: '€', kind: 'money' }, { text: '£', kind: 'money' }, { text: '¥', kind: 'money' }, { text: '₹', kind: 'money' },
    { text: 'VND', kind: 'money' }, { text: 'RM', kind: 'money' }, { text: 'Sh', kind: 'money' }, { text: 'TSh', kind: 'money' },
    { text: 'R', kind: 'money' }, { text: 'Rs', kind: 'money' }, { text: 'Rs.', kind: 'money' }, { text: 'USD', kind: 'money' },
    { text: 'EUR', kind: 'money' }, { text: 'GBP', kind: 'money' },
  ],
  scaleWords: ['trillion', 'billion', 'million', 'thousand', 'bn', 'mn', 'tn', 'm', 'b', 'k'],
  yearCuesBefore: ['in', 'since', 'by', 'until', 'till', 'from', 'through', 'fiscal', 'FY', 'year', 'mid', 'early', 'late', 'the', 'spring', 'summer', 'autumn', 'fall', 'winter', 'before', 'after', 'during', 'of', 'at', 'around', 'circa'],
  dateCuesBefore: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Jan.', 'Feb.', 'Mar.', 'Apr.', 'Jun.', 'Jul.', 'Aug.', 'Sept.', 'Sep.', 'Oct.', 'Nov.', 'Dec.', 'Q1', 'Q2', 'Q3', 'Q4'],
  dateCuesAfter: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'a.m.', 'p.m.', 'am', 'pm', 'GMT', 'EDT', 'EST', 'UTC', 'BST', 'o\'clock', 'years old', 'year old', 'year-old', 'year olds', 'year-olds', 'years of age', 'AD', 'BC', 'hours', 'GMT+'],
  ordinalCuesBefore: ['No.', 'No', 'Number', 'number', 'Article', 'Section', 'Chapter', 'Title', 'Rule', 'Room', 'Type', 'Flight', 'Route', 'Highway', 'Interstate', 'Resolution', 'Order', 'Proclamation', 'Bill', 'H.R.', 'S.', 'Covid', 'COVID', 'Windows', 'iPhone', 'Boeing', 'Airbus', 'Apollo', 'Paragraph', 'paragraph', 'Amendment', 'Level', 'level', 'Category', 'category', 'Phase', 'phase', 'Stage', 'stage', 'Grade', 'grade', 'Week', 'week', 'Day', 'Game', 'Round', 'round', 'Vol.', 'Issue', 'page', 'Page', 'G', 'Group', 'Unit', 'Ward', 'Ward No.', 'Platform', 'Gate', 'Terminal', 'Area', 'District', 'Precinct', 'Zone', 'Block', 'Lot', 'Box', 'Suite', 'Apt.', 'Building', 'Floor', 'U.S.C.', 'USC', 'C.F.R.', 'CFR', 'Pub. L.', 'Part', 'part', 'subpart'],
  // US legal citations: "(8 U.S.C. 1157)", "40 CFR part 60", "Pub. L. 117-58"; the section after the code is no figure either.
  ordinalCuesAfter: ['U.S.C.', 'USC', 'C.F.R.', 'CFR', 'Stat.', 'Fed. Reg.'],
  // Kept in the figure's text as written: "More than $13 million", "about 300 people" (the value is the number's).
  approximators: ['about', 'around', 'approximately', 'roughly', 'nearly', 'almost', 'more than', 'less than', 'fewer than',
    'at least', 'up to', 'over', 'under', 'some', 'an estimated', 'as many as', 'as much as', 'close to', 'just over', 'just under',
    'well over', 'upwards of'],
  ageCuesBefore: ['aged', 'age', 'ages', 'aged between', 'aged from', 'ages between', 'between the ages of', 'ages of'],
  ageRangeJoins: ['to', 'and', '-'],
  // "ten years ago", "in the last 20 years", "over the next 18 months": the span places the event in time.
  timeReferences: {
    spans: ['years', 'months', 'weeks', 'days', 'decades', 'year', 'month', 'week', 'day', 'decade'],
    before: ['in the last', 'in the past', 'within the last', 'within the past', 'during the last', 'during the past', 'the next', 'the coming'],
    after: ['ago'],
    afterMoney: ['over', 'across'],
  },
  // Readouts and joint statements name the parties by their number: "The two leaders discussed …", "our two countries".
  referenceCounts: {
    before: ['the', 'The', 'our', 'Our', 'only'],
    nouns: ['leaders', 'sides', 'countries', 'nations', 'presidents', 'Presidents', 'governments', 'delegations', 'heads of state', 'ministers', 'Ministers',
      'militaries', 'economies', 'peoples'],
  },
  numberWords: {
    two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
    thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
    thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12,
  },
  numberMultipliers: { hundred: 100, dozen: 12 },
  hyphenUnits: ['year', 'month', 'week', 'day', 'hour', 'minute', 'decade', 'mile', 'acre', 'foot', 'metre', 'meter', 'kilometre', 'kilometer'],
  behalfCues: ['on behalf of', 'On behalf of'],
  // "half of all exports", "a quarter of", "half a million": read only in these uses (fractionUse).
  fractionWords: { half: 0.5, quarter: 0.25 },
  // "one in five adults": "one" is read only as the part of a ratio.
  ratioParts: { words: { one: 1 }, links: ['in'] },
  ratioWords: ['of', 'of the', 'out of', 'in'],
  changeNouns: {
    grew: 'growth of', rose: 'rise in', fell: 'fall in', increased: 'increase in', decreased: 'decrease in',
    dropped: 'drop in', declined: 'decline in', jumped: 'jump in', climbed: 'rise in', slipped: 'fall in',
    gained: 'gain in', lost: 'loss in', to: '',
  },
  shareOf: ['of'],
  shareNoun: { text: 'share of', groups: ['men', 'women', 'boys', 'girls', 'olds', 'youngsters', 'pupils', 'respondents', 'Americans', 'Britons', 'Australians', 'population', 'humanity'] },
  moneyIn: ['in'],
  rangeWords: { open: ['between'], join: ['and'] },
  labelMaxWords: 5,
  labelStops: ['and', 'or', 'but', 'to', 'from', 'that', 'which', 'who', 'were', 'was', 'are', 'is', 'had', 'have', 'has', 'will', 'would', 'could', 'in', 'on', 'at', 'by', 'since', 'as', 'than', 'after', 'before', 'with', 'for', 'over', 'during', 'this', 'last', 'next', 'per', 'each', 'compared', 'while', 'when', 'because', 'amid', 'into', 'across', 'between', 'under', 'up', 'down', 'said', 'says', 'of',
    // A possessive or a verb form ends the counted noun phrase ("500 firms their …", "five parties began …").
    'their', 'his', 'her', 'its', 'our', 'be', 'been', 'being', 'can', 'may', 'might', 'must', 'should', 'shall', 'did', 'do', 'does',
    'began', 'begin', 'showed', 'shows', 'appeared', 'appear', 'according', 'including', 'like', 'such',
    // Verbs of saying and thinking after a counted group ("3 in 10 adults say …").
    'say', 'think', 'believe', 'agree', 'told', 'reported', 'said', 'says', 'thought', 'thinks', 'believed', 'believes', 'agreed', 'agrees', 'felt', 'feel', 'feels',
    // Verbs of motion after a counted share ("30% goes to Asia").
    'go', 'goes', 'went', 'come', 'comes', 'came'],
  labelJoiners: ['and', 'or'],
  labelPostModifiers: {
    relatives: ['who', 'that'],
    participles: ['set', 'held', 'hit', 'left', 'taken', 'seen', 'given', 'born', 'built', 'made', 'sold', 'kept', 'found', 'shown',
      'known', 'caught', 'brought', 'sent', 'spent', 'paid', 'lost', 'won', 'struck', 'hurt', 'driven', 'written', 'chosen'],
    participleEndings: ['ed'],
    prepositions: ['by', 'in', 'at', 'during', 'from', 'on', 'with', 'for', 'since', 'after', 'across', 'under', 'into', 'without', 'against'],
    maxWords: 6,
  },
  // "9 million people went to the polls", "35 million people have used the site": the clause says which people.
  labelSubjectClause: {
    relative: 'that',
    pastForms: ['went', 'came', 'took', 'gave', 'got', 'saw', 'made', 'left', 'paid', 'spent', 'sent', 'brought', 'bought', 'found', 'won', 'lost', 'ran', 'chose', 'wrote', 'met', 'fled', 'died', 'voted', 'joined', 'visited', 'applied', 'signed', 'entered', 'attended', 'received', 'registered', 'completed', 'downloaded', 'used'],
    perfects: ['have', 'had'],
    progressives: ['are', 'were'],
    modals: ['will', 'would', 'can', 'could', 'may', 'might', 'must', 'should'],
    passiveAuxiliaries: ['is', 'was', 'are', 'were'],
    stops: ['and', 'but', 'because', 'while', 'when', 'as', 'than', 'so', 'which', 'who', 'said', 'says', 'if', 'after', 'before', 'since', 'until', 'although', 'though', 'whereas', 'where'],
    maxWords: 8,
  },
  // "Northern and central", "ruling and opposition": capitalised words and these adjective endings.
  labelModifierEndings: ['al', 'ern', 'ing', 'ic', 'ive', 'ous', 'ary', 'ian', 'ese', 'ish', 'ful', 'less', 'ble'],
  labelRedirects: [
    // Rates: "$50,000 a year" counts someone's pay, named before the number.
    'a year', 'a month', 'a week', 'a day', 'an hour', 'a head', 'per year', 'per month', 'per week', 'per day', 'per hour',
    'per capita', 'each year', 'every year', 'annually', 'apiece', 'year-on-year', 'year on year',
    // Comparatives and adverbs: "25% more", "10 meters ahead", "two years ago".
    'more', 'less', 'fewer', 'higher', 'lower', 'faster', 'slower', 'larger', 'smaller', 'bigger', 'greater', 'ahead',
    'behind', 'ago', 'earlier', 'later', 'instead', 'now', 'today', 'yesterday', 'tomorrow', 'alone', 'already', 'still',
    'again', 'too', 'short', 'away',
    // Verb forms right after a bare number: "an estimate of 660,000 based on …".
    'based', 'expected', 'estimated', 'projected', 'forecast', 'planned', 'compared', 'according', 'reported', 'announced',
  ],
  labelLeadIns: ['from', 'rose', 'rose to', 'fell', 'fell to', 'grew', 'grew by', 'reached', 'reaching', 'totaled', 'totalled', 'to', 'by', 'of', 'at', 'about', 'around', 'nearly', 'almost', 'more than', 'over', 'under', 'less than', 'some', 'roughly', 'approximately', 'up', 'down', 'increased', 'decreased', 'was', 'were', 'is', 'are', 'stood at', 'hit', 'jumped', 'dropped', 'climbed', 'declined', 'a', 'an', 'the', 'with', 'worth', 'estimated', 'an estimated', 'another', 'additional', 'than', 'least', 'at least', 'as many as', 'as much as', 'up to', 'and',
    // Pay and price verbs name the earner or the thing priced before them: "a nurse can earn $70,000 a year".
    'earn', 'earns', 'earned', 'earning', 'make', 'makes', 'made', 'making', 'pay', 'pays', 'paid', 'paying', 'cost', 'costs', 'can', 'could', 'will', 'would', 'may', 'might',
    // "which amounts to $3 million": an equation names its subject, not what is counted.
    'equates', 'equate', 'equated', 'amounts', 'amounted', 'amounting', 'totals', 'totalling', 'totaling', 'equal', 'equals', 'equivalent'],
  labelPhrase: {
    functionWords: ['the', 'a', 'an', 'of', 'and', 'or', 'to', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'as', 'than',
      'that', 'which', 'who', 'this', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'some', 'about', 'around',
      'nearly', 'almost', 'just', 'only', 'over', 'up', 'down', 'more', 'less', 'least', 'most', 'it', 'they', 'he', 'she',
      'we', 'there', 'here', 'then', 'also', 'now', 'today', 'currently', 'previously', 'already', 'still', 'all', 'toward',
      'towards', 'back', 'within', 'so', 'such',
      // Level adjectives after a copula: "unemployment remains low, at 3.5%" labels the unemployment.
      'high', 'low', 'steady', 'stable', 'unchanged', 'ahead', 'ago', 'earlier', 'later', 'instead', 'alone', 'again', 'too'],
    // Verbs that take the counted thing as their object: "raised fares to 15%" labels the fares.
    verbs: ['raise', 'raised', 'raises', 'raising', 'cut', 'cuts', 'cutting', 'reach', 'reaches', 'create', 'creates',
      'cover', 'covers', 'covered', 'become', 'becomes', 'boost', 'boosts', 'boosted', 'add', 'adds', 'added', 'see', 'sees',
      'saw', 'show', 'shows', 'showed', 'hire', 'hires', 'hired', 'provide', 'provides', 'provided', 'offer', 'offers',
      'install', 'reduce', 'reduces', 'reduced', 'receive', 'receives', 'received', 'collect',
      'collects', 'spend', 'spends', 'spent', 'allocate', 'allocates', 'allocated', 'announce', 'announced', 'approve',
      'approved', 'claw', 'get', 'gets', 'got', 'need', 'needs', 'needed', 'want', 'wants', 'set',
      'keep', 'keeps', 'kept', 'lift', 'lifted', 'lower', 'lowered', 'hold', 'holds', 'held', 'take', 'takes', 'took',
      'give', 'gives', 'gave', 'bring', 'brings', 'brought', 'seek', 'seeks', 'sought', 'expect', 'expects', 'expected',
      'remains', 'remained', 'stays', 'stayed', 'ranging',
      // Verbs whose change is the number: "has shot up 9%", "to fall 20 per cent".
      'shot', 'fall', 'falls', 'rise', 'rises', 'grow', 'grows', 'buy', 'buys', 'sell', 'sells', 'sold',
      // Verbs of money moved or kept: "to commit $3.5 billion", "will save $8 billion" ("top" is mostly the adjective).
      'save', 'saves', 'saved', 'commit', 'commits', 'committed', 'consume', 'consumes', 'consumed', 'topped',
      'exceed', 'exceeds', 'exceeded', 'lose', 'loses', 'invest', 'invests', 'invested', 'donate', 'donates', 'donated',
      'pledge', 'pledged', 'borrow', 'borrowed', 'owe', 'owes', 'owed', 'generate', 'generates', 'generated', 'put', 'putting',
      // "the agenda includes more than $50 billion", "awards totaling $5 million": a verb of containing ends the subject.
      'include', 'includes', 'included', 'including', 'totaled', 'totaling', 'totalling', 'contain', 'contains',
      'fallen', 'risen', 'grown', 'shrunk', 'ensure', 'ensures', 'ensured'],
    prepositions: ['of', 'in', 'on', 'for', 'at', 'from', 'with', 'without', 'during', 'among', 'across', 'under', 'inside', 'outside'],
    auxiliaries: ['is', 'are', 'was', 'were', 'been', 'being', 'remain', 'remained'],
    perfects: ['had', 'have', 'has'],
    progressiveEndings: ['ing'],
    adjectives: ['eligible', 'available', 'responsible', 'liable', 'present', 'absent', 'due', 'subject', 'unable', 'able'],
    links: ['of'],
    objectVerbEndings: ['ed'],
    hedges: ['about', 'nearly', 'almost', 'some', 'more than', 'less than', 'fewer than', 'at least', 'up to', 'roughly',
      'approximately', 'another', 'around', 'over', 'an estimated', 'a further', 'an additional'],
    spans: ['years', 'months', 'weeks', 'days', 'hours', 'minutes', 'seconds', 'decades', 'year', 'month', 'week', 'day'],
    comparisons: ['compared with', 'compared to', 'relative to'],
    // "$2 million worth", "$5bn relative to", "from the current $90,000": words that name nothing counted.
    nonHeads: ['worth', 'relative', 'current', 'due', 'apiece', 'each', 'overall', 'prior', 'running', 'more', 'less', 'short', 'extra'],
  },
  documentTypes: [
    { text: 'Executive Order', kind: 'order' }, { text: 'Presidential Memorandum', kind: 'other' },
    // "the signing of a Memorandum of Understanding between X and Y": the one instrument the page is about.
    { text: 'Memorandum of Understanding', kind: 'other', namesOne: true, nameMayFollow: true },
    { text: 'Proclamation', kind: 'order' }, { text: 'National Security Memorandum', kind: 'other' },
    { text: 'Resolution', kind: 'resolution' }, { text: 'Directive', kind: 'directive' }, { text: 'Decree', kind: 'decree' },
    // "the Data Retention Bill", "Bill C-51"; "Bill Shorten" (a capitalised word after) is a person.
    { text: 'Ordinance', kind: 'law' }, { text: 'Bill', kind: 'law', namePrecedes: true, nameMayFollow: true }, { text: 'Regulation', kind: 'law' },
    // Named plans and charters: "Second National Housing Plan", "Kyoto Protocol", "Rome Statute".
    { text: 'Plan', kind: 'other', namePrecedes: true }, { text: 'Roadmap', kind: 'other', namePrecedes: true },
    { text: 'Strategy', kind: 'other', namePrecedes: true }, { text: 'Framework', kind: 'other', namePrecedes: true }, { text: 'Protocol', kind: 'other', namePrecedes: true, nameMayFollow: true },
    { text: 'Charter', kind: 'other', namePrecedes: true }, { text: 'Statute', kind: 'law', namePrecedes: true },
    // "the Blueprint for Addressing the Maternal Health Crisis", "the Million Women in Construction Community Pledge".
    { text: 'Blueprint', kind: 'other', namePrecedes: true, nameMayFollow: true }, { text: 'Pledge', kind: 'other', namePrecedes: true },
    { text: 'Declaration', kind: 'other', namePrecedes: true, nameMayFollow: true },
    // News writes named pacts in lowercase too: "the Paris climate agreement", "the New START treaty".
    { text: 'Agreement', kind: 'other', namePrecedes: true, nameMayFollow: true, lowercaseType: true },
    { text: 'Treaty', kind: 'other', namePrecedes: true, nameMayFollow: true, lowercaseType: true },
    { text: 'Convention', kind: 'other', namePrecedes: true, nameMayFollow: true },
    { text: 'Accord', kind: 'other', namePrecedes: true, nameMayFollow: true, lowercaseType: true },
    // UK government papers: "the Spending Review", "the Ministerial Code", "PACE Code of Practice", "a White Paper";
    // a named trade pact in lowercase ("the Canada free trade deal"); "Drug driving written ministerial statement".
    { text: 'Review', kind: 'other', namePrecedes: true }, { text: 'Code of Practice', kind: 'other', namePrecedes: true, nameMayFollow: true },
    { text: 'Code', kind: 'other', namePrecedes: true }, { text: 'White Paper', kind: 'other', namePrecedes: true },
    { text: 'Green Paper', kind: 'other', namePrecedes: true },
    // "the President’s Budget for Fiscal Year 2024", "the FY2024 Budget": a capitalised Budget is a named paper.
    { text: 'Budget', kind: 'other', namePrecedes: true },
    // "the Second Amendment", "a Dear Colleague Letter", "the three Joint Communiques".
    { text: 'Amendment', kind: 'law', namePrecedes: true }, { text: 'Letter', kind: 'other', namePrecedes: true },
    { text: 'Communique', kind: 'other', namePrecedes: true }, { text: 'Communiques', kind: 'other', namePrecedes: true },
    { text: 'Communiqué', kind: 'other', namePrecedes: true },
    // Named policy papers of a fact sheet: "the Safer States Agenda", "a new Extreme Heat Call to Action", "the
    // Community Heat Action Checklist", "the Assault Weapons Ban". An "Initiative" or a "Toolkit" is a programme, no paper.
    { text: 'Agenda', kind: 'other', namePrecedes: true }, { text: 'Call to Action', kind: 'other', namePrecedes: true },
    { text: 'Checklist', kind: 'other', namePrecedes: true }, { text: 'Playbook', kind: 'other', namePrecedes: true },
    { text: 'Guidance', kind: 'other', namePrecedes: true }, { text: 'Ban', kind: 'law', namePrecedes: true },
    { text: 'written ministerial statement', kind: 'other', namePrecedes: true, lowercaseType: true },
    { text: 'free trade deal', kind: 'other', namePrecedes: true, lowercaseType: true },
    { text: 'trade deal', kind: 'other', namePrecedes: true, lowercaseType: true },
    { text: 'free trade agreement', kind: 'other', namePrecedes: true, nameMayFollow: true, lowercaseType: true },
    { text: 'Act', kind: 'law', namePrecedes: true }, { text: 'Law', kind: 'law', namePrecedes: true }, { text: 'Circular', kind: 'circular' },
    // Two named instruments sharing a plural type word: "the Stormont House and Fresh Start Agreements".
    { text: 'Agreements', kind: 'other', namePrecedes: true }, { text: 'Acts', kind: 'law', namePrecedes: true },
    { text: 'Treaties', kind: 'other', namePrecedes: true }, { text: 'Strategies', kind: 'other', namePrecedes: true },
    { text: 'Accords', kind: 'other', namePrecedes: true }, { text: 'Conventions', kind: 'other', namePrecedes: true },
  ],
  documentTailWords: ['of', 'the', 'and', 'for', 'on', 'to'],
  // "National Strategy to Counter Antisemitism", "Plan for Jobs": a named type word goes on after these.
  documentTailLinks: ['to', 'for'],
  documentNotTail: ['The', 'This', 'That', 'It'],
  documentYearNames: ['budget', 'budget statement', 'budget speech', 'appropriations act', 'appropriations bill'],
};
