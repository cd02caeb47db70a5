/**
 * clean — separates the article from page furniture and reads the document's metadata.
 *
 * Needs: nothing (the first stage). Produces: paragraphs, chrome spans (one per furniture line),
 * title, subtitle, headings, authors, published date and language.
 * Reports: `title-not-found`, `language-uncertain`, `body-empty`. Title, language and publication
 * date that the user or a manifest states (`hints.given`, `publishedSource: 'manifest'`) win, and
 * `metadata-given` says so.
 * Rules are general features, never a site's strings: calls to action anywhere, menus of short
 * items, short lines without sentence structure above the title or below the last paragraph, and
 * headlines listed under a "Related" heading. Known limit: a one- or two-word title that shares its
 * block with other short lines is taken for masthead furniture.
 *
 * ok:     "Weather   Live Markets\n\nRains Return to Oaxaca After Long Drought\n\nThe rains came…"
 *         → chrome "Weather   Live Markets", title "Rains Return to Oaxaca After Long Drought"
 * not-ok: a mid-article heading such as "Security Cooperation Remains Thorny" is never chrome.
 */
import { defineStage, type ChromeReason, type ChromeSpan, type Located, type Span } from '../../../core/index.js';
import { splitLines, type Line } from '../../../text/lines.js';
import { countWords, foldForLookup } from '../../../text/normalize.js';
import { findAuthors, isDeskByline } from './byline.js';
import { detectLanguage } from './language.js';
import {
  isFragment,
  isHeadlineLike,
  isListHeading,
  isMenu,
  isNotice,
  isProse,
  isPrompt,
  isWidgetName,
  isWidgetReading,
} from './line-shape.js';
import { afterDateLabel, findPublished, isDateLine } from './publication-date.js';
import { findStatedDate } from './published.js';
import { findTitle } from './title-line.js';

const HEADER_LINES = 8;

export const clean = defineStage({
  name: 'clean',
  needs: [],
  run({ document }, report) {
    const { text, hints } = document;
    const lines = splitLines(text).filter((line) => !line.blank);
    // A label opening the text with its publication date (" date 2025-12-12 The …") is metadata:
    // neither the title nor the article's first words.
    const labelEnd = lines[0] ? afterDateLabel(text.slice(lines[0].start, lines[0].end)) : -1;
    if (labelEnd > 0) {
      let start = lines[0]!.start + labelEnd;
      while (start < lines[0]!.end && /\s/.test(text[start]!)) start++;
      if (start < lines[0]!.end) lines[0] = { ...lines[0]!, start };
      else lines.shift();
    }
    const lineText = (line: Line) => text.slice(line.start, line.end);
    const blockOf = blockNumbers(text, lines);
    const aloneInBlock = (i: number) => blockOf[i - 1] !== blockOf[i] && blockOf[i + 1] !== blockOf[i];
    const chrome = new Map<number, ChromeReason>();
    const shapes = lines.map((line) => lineText(line));
    // Whether a line is a byline or dateline is asked of the same lines by several rules, and reading
    // a date runs chrono: ask once per line.
    const statedDates = new Map<number, Located<string> | null>();
    const statedDateAt = (i: number) => {
      let value = statedDates.get(i);
      if (value === undefined) statedDates.set(i, (value = findStatedDate(text, lines[i]!)));
      return value;
    };
    const metadata = new Map<number, boolean>();
    const isMetadataAt = (i: number) => {
      let value = metadata.get(i);
      if (value === undefined)
        metadata.set(
          i,
          (value =
            findAuthors(text, lines[i]!).length > 0 || isDeskByline(text, lines[i]!) || statedDateAt(i) !== null),
        );
      return value;
    };

    for (const i of linesWithin(lines, hints.outside ?? [])) chrome.set(i, 'outside-article');
    const inTable = linesWithin(lines, hints.tableRows ?? []);
    shapes.forEach((shape, i) => {
      if ((isMenu(shape) && !inTable.has(i) && !isMetadataAt(i)) || isWidgetReading(shape)) chrome.set(i, 'menu');
      else if (isPrompt(shape) || isNotice(shape)) chrome.set(i, 'prompt');
    });
    markRelatedLists(shapes, chrome, isMetadataAt);

    // A line that is a date and little else ("Saturday, November 1, 2025") is never the title.
    const isDateLineAt = (i: number) => {
      if (countWords(shapes[i]!, 17) > 16) return false;
      const date = statedDateAt(i);
      return date !== null && isDateLine(text, lines[i]!, date);
    };
    // Where the article the page's structure marks begins: above it, only title, standfirst, byline and date are not furniture.
    const articleLine = hints.articleStart != null ? lines.findIndex((line) => line.start >= hints.articleStart!) : -1;
    const titleLine = findTitle(shapes, chrome, aloneInBlock, hints.title ?? null, articleLine, isDateLineAt);
    const titleIndex = titleLine.index;
    // A headline a page shows in other words than its markup states is still the title's line (a
    // headline for the later stages, out of the body), but the markup's wording is the title's value:
    // the page's author named it the title, the line's shape only suggests it. Not so a PDF's Title
    // field, which often keeps a draft's or a file's name: there the line wins.
    let title: Located<string> | null = hints.title ? { value: hints.title, span: null } : null;
    if (titleIndex >= 0) {
      const line = located(text, lines[titleIndex]!);
      title = titleLine.reworded && title && document.format === 'html' ? { ...title, span: line.span } : line;
    }
    // A title the user or a manifest states is the title, whatever line the text's shape offers.
    if (hints.given?.title && hints.title && foldForLookup(title?.value ?? '') !== foldForLookup(hints.title))
      title = { value: hints.title, span: null };
    if (!title) report.info('No title line found at the top of the document', undefined, { ruleId: 'title-not-found' });

    // Above the title, anything short without sentence structure is masthead furniture.
    for (let i = 0; i < titleIndex; i++) {
      if (!chrome.has(i) && isFragment(shapes[i]!, 6) && !isMetadataAt(i)) chrome.set(i, 'masthead');
    }
    // Where the page's structure marks the article, its own short closing lines stay; only widgets go.
    markTrailer(shapes, chrome, articleLine >= 0);
    // A page's structure says where its article ends; a plain text's only its lines' shape does.
    if (articleLine < 0) markTrailingHeadlines(shapes, chrome);
    markRepeated(shapes, chrome, inTable);

    const header = headerLines(shapes, chrome, titleIndex);
    // On a page whose headline is not in the text, the first heading of the article is not a standfirst.
    const subtitleIndex =
      document.format === 'html' && titleIndex < 0 ? -1 : findSubtitle(shapes, header, aloneInBlock, isMetadataAt);
    const subtitle = subtitleIndex >= 0 ? located(text, lines[subtitleIndex]!) : null;
    // A page's title, standfirst, byline and date line are its metadata, not its body.
    const metadataLines = new Set<number>();
    if (document.format === 'html') {
      // A title guessed from the text's shape, inside the article, may be its first line of text.
      if (titleIndex >= 0 && (hints.title || titleIndex < articleLine)) metadataLines.add(titleIndex);
      if (subtitleIndex >= 0) metadataLines.add(subtitleIndex);
      for (const i of header) if (isMetadataAt(i)) metadataLines.add(i);
      for (let i = 0; i < articleLine; i++) {
        if (chrome.has(i) || metadataLines.has(i)) continue;
        if (header.includes(i)) metadataLines.add(i);
        else chrome.set(i, 'outside-article');
      }
    }

    let authors: Located<string>[] = [];
    for (const i of header) if (!authors.length) authors = findAuthors(text, lines[i]!);
    const published = findPublished({
      text,
      source: document.source,
      hint: { value: hints.published, source: hints.publishedSource },
      lines,
      isFurniture: (i) => chrome.has(i) && chrome.get(i) !== 'masthead',
      header,
      lede: lines.findIndex((_, i) => i > titleIndex && !chrome.has(i) && isProse(shapes[i]!)),
      statedDateAt,
    });
    if (!authors.length && hints.authors?.length) authors = hints.authors.map((value) => ({ value, span: null }));

    const headings: Span[] = [];
    lines.forEach((line, i) => {
      if (i <= titleIndex || i === subtitleIndex || chrome.has(i) || header.includes(i) || !aloneInBlock(i)) return;
      // A heading opens what follows it: the text's last line, with nothing after it, is a sentence cut short
      // ("… the state will pay for the che"), as excerpts and clipped pages end.
      if (i === lines.length - 1) return;
      // A line that ends a sentence, even inside a closing quotation mark, is prose, not a heading.
      if (
        isHeadlineLike(shapes[i]!, 2) &&
        !/[.!?]["'”’»)]*$/.test(shapes[i]!.trim()) &&
        countWords(shapes[i]!, 20) <= 20
      )
        headings.push(line);
    });

    const paragraphs = paragraphSpans(lines, blockOf, chrome, metadataLines);
    if (!paragraphs.length)
      report.warn('Nothing is left of the document once page furniture is removed', undefined, {
        ruleId: 'body-empty',
      });
    // A thousand characters of article tell English from Spanish; more only costs time.
    const sample = paragraphs
      .map((p) => text.slice(p.start, p.end))
      .join('\n')
      .slice(0, 1200);
    const givenLanguage = hints.given?.language ? hints.language?.slice(0, 2).toLowerCase() : null;
    let language = givenLanguage || detectLanguage(sample) || hints.language?.slice(0, 2).toLowerCase() || null;
    if (!language) {
      report.info('Too little text to tell the language; assuming English', undefined, {
        ruleId: 'language-uncertain',
      });
      language = 'en';
    }

    const given = [
      hints.given?.title && 'title',
      hints.given?.language && 'language',
      published?.source === 'manifest' && 'publication date',
    ].filter(Boolean);
    if (given.length)
      report.info(
        `The ${given.join(', ')} given with the document (${hints.sources?.title ?? hints.sources?.published ?? 'by the user'}) win over what the text says`,
        undefined,
        { ruleId: 'metadata-given' },
      );

    const chromeSpans: ChromeSpan[] = [...chrome]
      .sort(([a], [b]) => a - b)
      .map(([i, reason]) => ({ start: lines[i]!.start, end: lines[i]!.end, reason }));
    return { paragraphs, chrome: chromeSpans, title, subtitle, headings, authors, published, language };
  },
});

/** The indices of the lines inside any of the spans (both sorted by start): one sweep. */
function linesWithin(lines: readonly Line[], spans: readonly Span[]): Set<number> {
  const inside = new Set<number>();
  let k = 0;
  lines.forEach((line, i) => {
    while (k < spans.length && spans[k]!.end < line.end) k++;
    const span = spans[k];
    if (span && span.start <= line.start && line.end <= span.end) inside.add(i);
  });
  return inside;
}

function located(text: string, span: Span): Located<string> {
  return { value: text.slice(span.start, span.end), span: { start: span.start, end: span.end } };
}

/** Numbers the blocks (runs of lines without a blank line between them) each line belongs to. */
function blockNumbers(text: string, lines: readonly Line[]): number[] {
  let block = 0;
  return lines.map((line, i) => {
    const previous = lines[i - 1];
    if (previous && /\n[ \t\u00a0]*\r?\n|\r[ \t\u00a0]*\r/.test(text.slice(previous.end, line.start))) block++;
    return block;
  });
}

/**
 * Under a "Related"/"Most read" heading, the headlines that follow (until prose) are furniture; a
 * headline with a byline or dateline just below it is the article's own title, which ends the list.
 */
function markRelatedLists(
  shapes: readonly string[],
  chrome: Map<number, ChromeReason>,
  isMetadata: (i: number) => boolean,
): void {
  shapes.forEach((shape, i) => {
    if (!isListHeading(shape)) return;
    chrome.set(i, 'prompt');
    for (let j = i + 1; j < shapes.length; j++) {
      const item = shapes[j]!;
      const next = shapes[j + 1];
      if (isProse(item) || (next !== undefined && isProse(next) && !isPrompt(next))) break;
      if ([1, 2, 3].some((k) => j + k < shapes.length && isMetadata(j + k))) break;
      chrome.set(j, chrome.get(j) ?? 'related-list');
    }
  });
}

/** The lines between the title and the first paragraph of prose, where bylines and datelines sit. */
function headerLines(
  shapes: readonly string[],
  chrome: ReadonlyMap<number, ChromeReason>,
  titleIndex: number,
): number[] {
  const header: number[] = [];
  for (let i = titleIndex + 1; i < shapes.length && header.length < HEADER_LINES; i++) {
    if (chrome.has(i)) continue;
    if (isProse(shapes[i]!)) break;
    header.push(i);
  }
  return header;
}

function findSubtitle(
  shapes: readonly string[],
  header: readonly number[],
  aloneInBlock: (i: number) => boolean,
  isMetadata: (i: number) => boolean,
): number {
  const first = header[0];
  if (first === undefined || !aloneInBlock(first) || isMetadata(first)) return -1;
  return isHeadlineLike(shapes[first]!, 3) ? first : -1;
}

/** The trailing short lines after the article: prompts, widgets and fragments, up to the last prose. */
function markTrailer(shapes: readonly string[], chrome: Map<number, ChromeReason>, widgetsOnly: boolean): void {
  for (let i = shapes.length - 1; i > 0; i--) {
    const shape = shapes[i]!;
    if (chrome.has(i)) continue;
    if (isWidgetName(shape) || (!widgetsOnly && isFragment(shape, 5))) chrome.set(i, 'trailer');
    else break;
  }
}

/** Headlines of other stories read as the article's end, whatever their heading says. */
const TRAILING_HEADLINES = 2;

/**
 * After the article's last sentence, a run of lines without sentence structure that holds two or
 * more headlines is a list of other stories, with its heading ("More from the border", "Lo último"):
 * an article ends with prose, not with headlines.
 */
function markTrailingHeadlines(shapes: readonly string[], chrome: Map<number, ChromeReason>): void {
  let headlines = 0;
  let from = shapes.length;
  let prose = false;
  for (let i = shapes.length - 1; i > 0; i--) {
    if (chrome.has(i)) continue;
    const shape = shapes[i]!;
    // A long line without a sentence's end is the article cut short, not a headline.
    if ((prose = isProse(shape) || countWords(shape, 17) > 16)) break;
    from = i;
    if (isHeadlineLike(shape, 4)) headlines++;
  }
  // Without a sentence above them, the lines are the document, whatever their shape.
  if (!prose || headlines < TRAILING_HEADLINES) return;
  for (let i = from; i < shapes.length; i++) if (!chrome.has(i)) chrome.set(i, 'related-list');
}

/** A line repeated this often is a caption, credit or widget, not the article's words. */
const REPEATED_LINE = 3;

/** Lines of two to twenty words that occur three times or more: captions and credits a page repeats (a paragraph said thrice stays). */
function markRepeated(
  shapes: readonly string[],
  chrome: Map<number, ChromeReason>,
  inTable: ReadonlySet<number>,
): void {
  const counts = new Map<string, number>();
  for (const shape of shapes) counts.set(shape, (counts.get(shape) ?? 0) + 1);
  shapes.forEach((shape, i) => {
    if (
      counts.get(shape)! >= REPEATED_LINE &&
      !chrome.has(i) &&
      !inTable.has(i) &&
      countWords(shape, 21) >= 2 &&
      countWords(shape, 21) <= 20
    )
      chrome.set(i, 'repeated');
  });
}

/** Paragraph spans: each block of lines, split where furniture or metadata lines sit inside it. */
function paragraphSpans(
  lines: readonly Line[],
  blockOf: readonly number[],
  chrome: ReadonlyMap<number, ChromeReason>,
  metadataLines: ReadonlySet<number>,
): Span[] {
  const paragraphs: Span[] = [];
  let open: { start: number; end: number; block: number } | null = null;
  lines.forEach((line, i) => {
    if (chrome.has(i) || metadataLines.has(i)) {
      if (open) paragraphs.push({ start: open.start, end: open.end });
      open = null;
      return;
    }
    if (open && open.block === blockOf[i]) open.end = line.end;
    else {
      if (open) paragraphs.push({ start: open.start, end: open.end });
      open = { start: line.start, end: line.end, block: blockOf[i]! };
    }
  });
  if (open) paragraphs.push({ start: (open as Span).start, end: (open as Span).end });
  return paragraphs;
}
