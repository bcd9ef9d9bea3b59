// Decoding a saved page's bytes the way a browser would: BOM, then <meta charset>, then UTF-8.
// Used by the Node scripts; in the extension the browser has already decoded the page.

const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i;
const SNIFF_BYTES = 4096;

/** Returns the page's text decoded with its declared charset; never throws (unknown labels fall back to UTF-8). */
export function decodePage(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return new TextDecoder('utf-8').decode(bytes.subarray(3));
  }
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, SNIFF_BYTES));
  const label = META_CHARSET.exec(head)?.[1]?.toLowerCase() ?? 'utf-8';
  // gb2312 pages routinely use characters only gb18030 has; browsers decode them as gb18030 too.
  const effective = label === 'gb2312' || label === 'gbk' ? 'gb18030' : label;
  try {
    return new TextDecoder(effective).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}
