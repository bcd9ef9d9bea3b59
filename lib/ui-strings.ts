import type { ErrorCode } from './protocol';
import type { Section } from './schema';

// Every string the reader sees, popup and clipboard alike, lives here so a later issue can add a
// Vietnamese UI by swapping this one table. Page text never goes through here.

export const ui = {
  /** The language of these strings, set on the elements that show them inside page-language text. */
  lang: 'en',
  appName: 'NewsBrief',
  loading: 'Reading the article…',
  sections: {
    officials: 'Officials',
    people: 'People',
    figures: 'Figures',
    directives: 'Directives',
    documents: 'Documents',
  } satisfies Record<Section, string>,
  noneFound: 'None found',
  unsupported: 'Not available for this language',
  notePrefix: 'Note:',
  directiveTo: 'to',
  showSource: 'Source',
  copy: 'Copy',
  copyLabel: 'Copy the brief to the clipboard',
  copied: 'Copied',
  copiedAnnouncement: 'Brief copied to the clipboard.',
  copyFailed: 'Could not copy. Select the text and copy it instead.',
  retry: 'Try again',
  errors: {
    'not-article': "This page doesn't look like an article.",
    'restricted-page': 'The browser does not let extensions read this page.',
    'no-tab': 'There is no page to read. Open a news article and click NewsBrief again.',
    'injection-failed': 'NewsBrief could not read this page. Reload the page and try again.',
    'too-large': 'This page is too long for NewsBrief to read.',
    'bad-request': 'NewsBrief could not talk to its background page. Try again.',
    internal: 'Something went wrong while making the brief.',
  } satisfies Record<ErrorCode, string>,
  unreadableReply: 'NewsBrief got an answer it could not understand.',
  errorDetails: 'Details',
} as const;

/** Returns a section heading with its count, e.g. "Officials (4)"; without a count for unsupported sections. */
export function formatSectionHeading(section: Section, count: number | null): string {
  return count === null ? ui.sections[section] : `${ui.sections[section]} (${count})`;
}
