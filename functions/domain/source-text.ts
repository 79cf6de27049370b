/**
 * Reading the strategy's text as extracted from its PDF: the raw extraction interleaves page
 * footers ("EN 10   EN"), footnote bodies (after a separator line of spaces), repeated URL
 * lines and a table of contents (tab-indented, at the end) with the running text, glues
 * footnote markers to words ("pilot project17") and breaks lines inside hyphenated words.
 *
 * Pure functions only: the caller reads the file.
 */

export interface SourceBullet {
  /** The numbered section the bullet sits in: "2", "2.1", ..., "3". */
  section: string;
  /** The bullet's words, cleaned, without the "•". Empty for an empty bullet. */
  text: string;
  /** The last sentence ending in ":" before the bullet (its requesting phrase), if any. */
  leadIn: string | null;
}

export interface SourceSection {
  /** "1", "1.1", ..., "4" */
  id: string;
  /** The section's cleaned text, numbered heading included, on one line. */
  text: string;
}

export interface ContentsEntry {
  id: string;
  title: string;
}

const FOOTNOTE_SEPARATOR = /^ {10,}$/;
const PAGE_FOOTER = /^\s*EN\s+\d+\s+EN\s*$/;
const URL_ONLY = /^\s*https?:\/\/\S+\s*$/;
/** After a footnote block the next page's first line starts with exactly one space. */
const PAGE_START = /^ \S/;
const FOOTNOTE_BODY_START = /^(\d+)\s/;
const CONTENTS_ENTRY = /^\t(\d+(?:\.\d+)*)\.\s+(.+?)\s*$/;
const HEADING = /^(\d+(?:\.\d+)*)\.\s+[A-Z]/;
const BULLET = /^•\s*(.*)$/;

interface Body {
  /** Running-text lines, trimmed, footnote markers removed; '' is a blank line (paragraph or page break). */
  lines: string[];
  /** Lower-case words of the running text, to tell a hyphenated compound from a split word. */
  vocabulary: ReadonlySet<string>;
}

/** The table of contents, in its order. */
export function findTableOfContents(raw: string): ContentsEntry[] {
  return splitLines(raw).flatMap((line) => {
    const match = CONTENTS_ENTRY.exec(line);
    return match?.[1] && match[2] ? [{ id: match[1], title: match[2] }] : [];
  });
}

/** The whole running text on one line: what a reader of the PDF reads, nothing else. */
export function cleanSourceText(raw: string): string {
  const body = readBody(raw);
  return joinLines(body.lines, body.vocabulary);
}

/** The running text cut at its numbered headings. */
export function findSections(raw: string): SourceSection[] {
  const body = readBody(raw);
  const sections: { id: string; lines: string[] }[] = [];
  for (const line of body.lines) {
    const heading = HEADING.exec(line);
    if (heading?.[1]) sections.push({ id: heading[1], lines: [] });
    sections.at(-1)?.lines.push(line);
  }
  return sections.map(({ id, lines }) => ({ id, text: joinLines(lines, body.vocabulary) }));
}

/** Every "•" bullet of the running text, with its continuation lines, in order. */
export function findBullets(raw: string): SourceBullet[] {
  const body = readBody(raw);
  const bullets: SourceBullet[] = [];
  let section = '';
  let paragraph: string[] = [];
  let leadIn: string | null = null;
  let bullet: string[] | null = null;
  let afterBlank = false;

  const closeParagraph = (): void => {
    if (bullet) {
      bullets.push({ section, text: joinLines(bullet, body.vocabulary), leadIn });
    } else if (paragraph.length > 0) {
      const text = joinLines(paragraph, body.vocabulary);
      if (text.endsWith(':')) leadIn = lastSentence(text);
    }
    bullet = null;
    paragraph = [];
  };

  for (const line of body.lines) {
    if (line === '') {
      afterBlank = true;
      continue;
    }
    const heading = HEADING.exec(line);
    const bulletStart = BULLET.exec(line);
    // No paragraph starts with a lower-case letter: after a blank line, such a line continues
    // the previous one across a page break or a blank the extraction put inside a wrapped line
    // ("promote", "", "core EU values").
    const continuesAfterBlank = /^\p{Ll}/u.test(line);
    if (heading?.[1] || bulletStart || (afterBlank && !continuesAfterBlank)) closeParagraph();
    afterBlank = false;
    if (heading?.[1]) {
      section = heading[1];
      leadIn = null;
    } else if (bulletStart) {
      bullet = [bulletStart[1] ?? ''];
    } else {
      (bullet ?? paragraph).push(line);
    }
  }
  closeParagraph();
  return bullets;
}

/**
 * Joins lines into one line with single spaces. A line ending in a hyphen glued to a word is
 * either a compound ("well-" + "functioning") or a word split by the layout ("informa-" +
 * "tion"): the hyphen is dropped only when the joined word occurs elsewhere in the text and
 * the hyphenated one does not. A dash glued to a word ("pillars—") joins without a space.
 */
export function joinLines(lines: readonly string[], vocabulary: ReadonlySet<string> = new Set()): string {
  const parts = lines.map((line) => line.trim()).filter((line) => line !== '');
  const pieces: string[] = [];
  for (const [index, line] of parts.entries()) {
    const previous = parts[index - 1];
    const join = previous === undefined ? 'GLUE' : lineJoin(previous, line, vocabulary);
    if (join === 'DROP_HYPHEN') pieces.push(pieces.pop()?.slice(0, -1) ?? '');
    pieces.push(join === 'SPACE' ? ` ${line}` : line);
  }
  return pieces.join('').replace(/\s+/g, ' ').trim();
}

type LineJoin = 'SPACE' | 'GLUE' | 'DROP_HYPHEN';

function lineJoin(previous: string, line: string, vocabulary: ReadonlySet<string>): LineJoin {
  const head = /([\p{L}\d]+)-$/u.exec(previous)?.[1];
  if (head) {
    const tail = /^[\p{L}\d]+/u.exec(line)?.[0] ?? '';
    const splitsAWord = vocabulary.has(`${head}${tail}`.toLowerCase()) && !vocabulary.has(`${head}-${tail}`.toLowerCase());
    return splitsAWord ? 'DROP_HYPHEN' : 'GLUE';
  }
  return /\S[—–]$/.test(previous) ? 'GLUE' : 'SPACE';
}

function readBody(raw: string): Body {
  const { lines, footnoteNumbers } = dropPageFurniture(splitLines(raw));
  const unmarked = removeFootnoteMarkers(lines.join('\n'), footnoteNumbers).split('\n');
  const trimmed = unmarked.map((line) => line.trim());
  return { lines: trimmed, vocabulary: vocabularyOf(trimmed) };
}

/**
 * Drops page footers, footnote blocks (from the separator line to the next page's first line
 * or footer), URL-only lines and the table of contents. The blank lines around a page break
 * stay: whether the next page continues a paragraph is for the reader to decide.
 */
function dropPageFurniture(lines: readonly string[]): { lines: string[]; footnoteNumbers: number[] } {
  const kept: string[] = [];
  const footnoteNumbers: number[] = [];
  let inFootnotes = false;
  for (const line of lines) {
    if (PAGE_FOOTER.test(line)) {
      inFootnotes = false;
    } else if (inFootnotes && !PAGE_START.test(line)) {
      const footnote = FOOTNOTE_BODY_START.exec(line);
      if (footnote?.[1]) footnoteNumbers.push(Number(footnote[1]));
    } else if (FOOTNOTE_SEPARATOR.test(line)) {
      inFootnotes = true;
    } else if (!URL_ONLY.test(line) && !CONTENTS_ENTRY.test(line)) {
      inFootnotes = false;
      kept.push(line);
    }
  }
  return { lines: kept, footnoteNumbers: consecutiveFromOne(footnoteNumbers) };
}

/** Footnote numbers run 1, 2, 3 ...; a line of a footnote body that starts with a number is not one. */
function consecutiveFromOne(numbers: readonly number[]): number[] {
  const run: number[] = [];
  for (const n of numbers) if (n === run.length + 1) run.push(n);
  return run;
}

/**
 * Footnote markers are numbered in reading order, so marker n is the first occurrence of n,
 * after marker n-1, glued to what precedes it ("project17", "(EP3R15)", "200410" for "2004"
 * with marker 10, "world.32") and not followed by a digit or letter. A number after "digit."
 * is a section or decimal number ("1.1"), never a marker.
 */
export function removeFootnoteMarkers(text: string, footnoteNumbers: readonly number[]): string {
  let result = text;
  let from = 0;
  for (const n of footnoteNumbers) {
    const marker = new RegExp(`(?<=\\S)(?<!\\d\\.)${n}(?![\\p{L}\\d])`, 'gu');
    marker.lastIndex = from;
    const found = marker.exec(result);
    if (!found) continue;
    result = result.slice(0, found.index) + result.slice(found.index + found[0].length);
    from = found.index;
  }
  return result;
}

/**
 * Cuts cleaned text into sentences: after ".", ";" or ":" when a capital follows, and at each
 * "•". Good enough for this strategy's prose; not a general sentence splitter.
 */
export function splitSentences(text: string): string[] {
  return text
    .split(/\s*•\s*|(?<=[.;:])\s+(?=[A-Z])/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence !== '');
}

function lastSentence(paragraph: string): string {
  return splitSentences(paragraph).at(-1) ?? paragraph;
}

function vocabularyOf(lines: readonly string[]): Set<string> {
  return new Set(
    lines
      .join(' ')
      .toLowerCase()
      .match(/[\p{L}\d]+(?:-[\p{L}\d]+)*/gu) ?? [],
  );
}

function splitLines(raw: string): string[] {
  return raw.replace(/\r\n?/g, '\n').split('\n');
}
