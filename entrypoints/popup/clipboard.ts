import { type BriefFormat, type FormatOptions, formatBrief, formatSection } from '../../lib/format';
import type { Section, Summary } from '../../lib/schema';
import type { CopyFormat } from '../../lib/storage/settings';

// The popup writes the clipboard inside the click (the worker has none). Which flavours go on it
// follows the reader's choice: Markdown as text/plain plus HTML for editors that render it (the
// Markdown then reads as plain text in Zalo or Slack); plain text alone, so nothing is formatted;
// rich HTML with clean plain text (not Markdown) as the fallback flavour.

interface Flavours {
  plain: string;
  html: string | null;
}

function pickFlavours(format: CopyFormat, make: (format: Exclude<BriefFormat, 'json'>) => string): Flavours {
  switch (format) {
    case 'markdown':
      return { plain: make('markdown'), html: make('html') };
    case 'plain':
      return { plain: make('plain'), html: null };
    case 'html':
      return { plain: make('plain'), html: make('html') };
  }
}

async function write({ plain, html }: Flavours): Promise<boolean> {
  try {
    const items: Record<string, Blob> = { 'text/plain': new Blob([plain], { type: 'text/plain' }) };
    if (html !== null) items['text/html'] = new Blob([html], { type: 'text/html' });
    await navigator.clipboard.write([new ClipboardItem(items)]);
    return true;
  } catch {
    return navigator.clipboard.writeText(plain).then(
      () => true,
      () => false,
    );
  }
}

/** Copies the whole brief in the chosen format; resolves true when the clipboard took it. */
export function copyBrief(summary: Summary, format: CopyFormat, options: FormatOptions): Promise<boolean> {
  return write(pickFlavours(format, (flavour) => formatBrief(summary, flavour, options)));
}

/** Copies one section in the chosen format. */
export function copySection(summary: Summary, section: Section, format: CopyFormat, options: FormatOptions): Promise<boolean> {
  return write(pickFlavours(format, (flavour) => formatSection(summary, section, flavour, options)));
}

/** Copies the whole Summary as JSON, as plain text only. */
export function copyJson(summary: Summary): Promise<boolean> {
  return write({ plain: formatBrief(summary, 'json'), html: null });
}
