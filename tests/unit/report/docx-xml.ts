import { unzipSync, strFromU8 } from 'fflate';
import { JSDOM } from 'jsdom';

// Reads a .docx the way Word does, for tests: unzip, parse word/document.xml as XML, and list its
// paragraphs with their style, list membership, text and hyperlink targets.

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export interface DocxParagraph {
  style: string | null;
  /** True when the paragraph is a list item (w:numPr). */
  listItem: boolean;
  text: string;
  /** The addresses of the hyperlinks in the paragraph, in order, with their #fragments. */
  links: string[];
}

/** Returns the paragraphs of a .docx's body; throws when a part is missing or not well-formed XML. */
export function readDocx(bytes: Uint8Array): { paragraphs: DocxParagraph[]; documentXml: string; files: string[] } {
  const files = unzipSync(bytes);
  const documentXml = strFromU8(files['word/document.xml']!);
  const relsXml = strFromU8(files['word/_rels/document.xml.rels']!);
  const { DOMParser } = new JSDOM('').window;
  const parse = (xml: string) => {
    const doc = new DOMParser().parseFromString(xml, 'application/xml');
    if (doc.getElementsByTagName('parsererror').length) throw new Error('not well-formed XML');
    return doc;
  };
  const targets = new Map<string, string>();
  for (const rel of [...parse(relsXml).getElementsByTagName('Relationship')]) targets.set(rel.getAttribute('Id')!, rel.getAttribute('Target')!);
  const doc = parse(documentXml);
  const paragraphs = [...doc.getElementsByTagNameNS(W, 'p')].map((p) => ({
    style: p.getElementsByTagNameNS(W, 'pStyle')[0]?.getAttributeNS(W, 'val') ?? null,
    listItem: p.getElementsByTagNameNS(W, 'numPr').length > 0,
    text: [...p.getElementsByTagNameNS(W, 't')].map((t) => t.textContent).join(''),
    // Word keeps an external link's #fragment apart, in w:anchor, and joins the two when opened.
    links: [...p.getElementsByTagNameNS(W, 'hyperlink')].map((h) => {
      const target = targets.get(h.getAttributeNS(R, 'id') ?? '') ?? '';
      const anchor = h.getAttributeNS(W, 'anchor');
      return anchor ? `${target}#${anchor}` : target;
    }),
  }));
  return { paragraphs, documentXml, files: Object.keys(files) };
}
