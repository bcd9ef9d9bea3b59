import { describe, expect, it } from 'vitest';
import { decodePage } from '../../../lib/background/page-source';

const encode = (text: string) => new TextEncoder().encode(text);

describe('decodePage', () => {
  it('decodes UTF-8 by default and strips a BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...encode('<p>Nghệ An</p>')]);
    expect(decodePage(bytes)).toBe('<p>Nghệ An</p>');
  });

  it('honours a declared single-byte charset', () => {
    const bytes = new Uint8Array([...encode('<meta charset="windows-1252"><p>caf'), 0xe9, ...encode('</p>')]);
    expect(decodePage(bytes)).toContain('café');
  });

  it('reads a GB2312 declaration as gb18030, as browsers do', () => {
    // "中国" in GB2312/GB18030.
    const bytes = new Uint8Array([...encode('<meta http-equiv="Content-Type" content="text/html; charset=gb2312"><p>'), 0xd6, 0xd0, 0xb9, 0xfa, ...encode('</p>')]);
    expect(decodePage(bytes)).toContain('中国');
  });

  it('falls back to UTF-8 for an unknown label instead of throwing', () => {
    expect(decodePage(encode('<meta charset="x-made-up"><p>Hà Nội</p>'))).toContain('Hà Nội');
  });
});
