import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { DocumentKind, FigureKind, Section, SummaryNote } from '../../../lib/schema';
import { RULES } from '../../../lib/summary/rules';

// The stage files under lib/summary/ name no word of any language: words are data in
// lib/summary/lang/<code>/, read through compileLexicon. This reads every string, template and regex
// literal of the stage files (comments aside) and fails on any that spells a word.

const SUMMARY = resolve(dirname(fileURLToPath(import.meta.url)), '../../../lib/summary');
// language.ts identifies the language itself (it names the registered codes and their scripts);
// rules.ts is the catalogue of what each rule matches and emits, prose for --explain that no rule
// reads. Every other file at lib/summary/'s top level is a stage or the plumbing between stages.
const NOT_STAGES = new Set(['language.ts', 'rules.ts']);

// Code identifiers, not words of a language: the schema's enums, token kinds and the stages' own tags.
const CODE_TAGS = new Set<string>([
  ...FigureKind.options, ...DocumentKind.options, ...Section.options, ...SummaryNote.options,
  'word', 'num', 'punct', // Token['kind']
  'command', 'obligation', // a directive cue's type
  'full', 'given', 'title', 'official', 'cue', 'citizen', 'speech', 'bare', 'lower', // how a mention was read
  'und', // BCP 47 "undetermined"
  'u', 'g', 'gu', // regex flags passed to new RegExp
  ...Object.keys(RULES), // rule ids ("cue.command") and their families ("issuer.")
  ...new Set(Object.keys(RULES).map((id) => `${id.split('.')[0]}.`)),
]);
// Non-words that contain letters: URL syntax. (Notes are codes the UI words: SummaryNote.)
const ALLOWED = new Set<string>(['www.', 'http', 'https', 'www']);

const ESCAPES_RE = /\\[pPu]\{[^}]*\}|\\[a-zA-Z]|\\./g;

/** Letter runs left in a regex once escapes (\d, \p{L}, \S) and character classes are removed. */
function regexWords(source: string): string[] {
  const body = source.slice(1, source.lastIndexOf('/'));
  const bare = body.replace(ESCAPES_RE, ' ').replace(/\[(?:\\.|[^\]])*\]/g, ' ');
  return bare.match(/\p{L}{2,}/gu) ?? [];
}

interface Literal {
  /** What is checked: the string, or one letter run of a regex. */
  word: string;
  where: string;
}

// `Lexicon['units']`, `Token['kind']`: a property name in a type, not text.
function isPropertyNameInType(node: ts.Node): boolean {
  return ts.isLiteralTypeNode(node.parent) && ts.isIndexedAccessTypeNode(node.parent.parent);
}

function literalsOf(file: string): Literal[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const out: Literal[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
    const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) {
      // Escapes in a string that becomes a regex ("\\d", "\\p{L}") spell no word.
      if (/\p{L}/u.test(node.text.replace(ESCAPES_RE, ' ')) && !isPropertyNameInType(node)) out.push({ word: node.text, where: `${line} ${JSON.stringify(node.text)}` });
    } else if (ts.isRegularExpressionLiteral(node)) {
      for (const w of regexWords(node.text)) out.push({ word: w, where: `${line} ${node.text} (${w})` });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

function wordsIn(file: string): string[] {
  return literalsOf(file).filter((l) => !CODE_TAGS.has(l.word) && !ALLOWED.has(l.word)).map((l) => l.where);
}

const stageFiles = readdirSync(SUMMARY).filter((f) => f.endsWith('.ts') && !NOT_STAGES.has(f)).sort();

describe('stage files name no word of any language', () => {
  it('reads the stage files', () => {
    expect(stageFiles).toEqual(expect.arrayContaining(['officials.ts', 'directives.ts', 'figures.ts', 'figure-label.ts', 'documents.ts', 'prepare.ts', 'compile.ts', 'tokens.ts', 'index.ts']));
  });

  it('finds a word when one is there (the check can fail)', () => {
    const words = wordsIn(join(dirname(fileURLToPath(import.meta.url)), 'stage-words.fixture.ts'));
    expect(words).toEqual(['3 "của"', '3 "that"', '3 /^(st|nd)$/ (st)', '3 /^(st|nd)$/ (nd)']);
  });

  for (const file of stageFiles) {
    it(file, () => {
      expect(wordsIn(join(SUMMARY, file))).toEqual([]);
    });
  }
});
