// Why an item was missed or spurious: the rules behind a spurious item, and for a miss the stage
// that dropped it (a candidate the trace records, with the rule that dropped it) or "never matched".
import type { Summary } from '../../lib/schema';
import type { Trace } from '../../lib/summary/rules';
import { type MissExplainer, foldKey, tokenRecall } from './score';

const DIRECTIVE_FOUND = 0.5;
const SENTENCE_FOUND = 0.8;

function sameName(a: string, b: string): boolean {
  const x = foldKey(a);
  const y = foldKey(b);
  return x === y || ` ${x} `.includes(` ${y} `) || ` ${y} `.includes(` ${x} `);
}

const rulesOf = (rules: string[]): string => `rules [${rules.join(', ')}]`;

/** Returns an explainer over one page's summary and the trace of what its stages dropped. */
export function explainMisses(summary: Summary, trace: Trace): MissExplainer {
  const dropsOf = (prefix: string) => trace.drops.filter((d) => d.rule.startsWith(prefix));
  return {
    spurious: (field, index) => rulesOf(summary[field][index]?.rules ?? []),
    attribution: (index) => `issuer by ${(summary.directives[index]?.rules ?? []).filter((r) => r.startsWith('issuer.') || r.startsWith('directive.')).join(', ') || 'no rule'}`,
    missed: (field, e) => {
      if (field === 'officials') {
        const person = summary.people.find((p) => sameName(p.name, e.name ?? ''));
        if (person) return `found as a person, not an official (no office title): ${rulesOf(person.rules)}`;
        const drop = dropsOf('person.').find((d) => sameName(d.text, e.name ?? ''));
        return drop ? `officials: mention found, dropped by ${drop.rule}` : 'officials: never matched';
      }
      if (field === 'figures') {
        const text = e.text ?? '';
        // The dropped number as a whole number inside the expected text ("4.000" in "hơn 4.000 tỷ", not "5" in "15%").
        const within = (n: string): boolean => new RegExp(`(^|[^\\d.,])${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\d])`).test(text);
        const drop = dropsOf('figure.').find((d) => d.text && within(d.text));
        return drop ? `figures: number found, dropped by ${drop.rule}` : 'figures: never matched';
      }
      const text = e.text ?? '';
      const drop = dropsOf('directive.').find((d) => tokenRecall(text, d.text) >= DIRECTIVE_FOUND);
      if (drop) return `directives: cue found, dropped by ${drop.rule}`;
      const other = summary.directives.find((d) => tokenRecall(text, d.evidence) >= SENTENCE_FOUND);
      if (other) return `directives: its sentence gave another item, ${rulesOf(other.rules)}`;
      const cueDrop = dropsOf('directive.').find((d) => tokenRecall(text, d.evidence) >= SENTENCE_FOUND);
      return cueDrop ? `directives: its sentence had a cue, dropped by ${cueDrop.rule}` : 'directives: never matched (no cue in its sentence)';
    },
  };
}
