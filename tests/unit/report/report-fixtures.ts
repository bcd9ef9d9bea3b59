import type { Directive, Official, Summary } from '../../../lib/schema';

// Small hand-made briefs for the report's tests: input to the merge and the exports, not
// expectations of the engine.

export function official(name: string, titles: string[], evidence = `${name} phát biểu.`): Official {
  return { name, titles, mentions: 1, evidence, paragraph: 1, rules: [] };
}

export function directive(text: string, by: string | null, evidence = `${text}.`): Directive {
  return { text, by, to: null, cue: 'yêu cầu', evidence, paragraph: 2, rules: [] };
}

export function brief(url: string, title: string, parts: Partial<Summary> = {}): Summary {
  return {
    url,
    title,
    siteName: 'Báo Mẫu',
    byline: null,
    publishedTime: '2026-12-01T08:00:00+07:00',
    lang: 'vi',
    lead: [`Tóm tắt ${title}.`],
    officials: [],
    people: [],
    figures: [],
    directives: [],
    documents: [],
    unsupported: [],
    notes: [],
    ...parts,
  };
}
