// Lines that show why each item of a brief is there: the item, then the ids of the rules that made
// it (lib/summary/rules.ts); and how many candidates each rule dropped. Used by `summarize --explain`.
import type { Summary } from '../../lib/schema';
import type { Trace } from '../../lib/summary/rules';

const MAX_TEXT = 90;

function clip(text: string): string {
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text;
}

function line(text: string, rules: string[]): string {
  return `  ${clip(text)}  [${rules.join(', ')}]`;
}

/** Returns the explanation of a summary, one line per item, grouped by section. */
export function explainSummary(summary: Summary, trace?: Trace): string[] {
  const out: string[] = [`${summary.title} (${summary.lang})`];
  const section = (name: string, lines: string[]): void => {
    out.push('', `${name} (${lines.length})`, ...lines);
  };
  section('officials', summary.officials.map((o) => line(`${o.name} — ${o.titles.join('; ')}`, o.rules)));
  section('people', summary.people.map((p) => line(`${p.name}${p.role ? ` — ${p.role}` : ''}`, p.rules)));
  section('figures', summary.figures.map((f) => line(`${f.text} (${f.label})`, f.rules)));
  section('directives', summary.directives.map((d) => line(`${d.by ?? 'nobody'}: ${d.text}`, d.rules)));
  section('documents', summary.documents.map((d) => line(d.text, d.rules)));
  if (trace && trace.drops.length) {
    const counts = new Map<string, number>();
    for (const d of trace.drops) counts.set(d.rule, (counts.get(d.rule) ?? 0) + 1);
    out.push('', 'dropped', ...[...counts].sort((a, b) => b[1] - a[1]).map(([rule, n]) => `  ${rule} ×${n}`));
  }
  return out;
}
