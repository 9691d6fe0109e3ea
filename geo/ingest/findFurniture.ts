/**
 * Finds the page furniture a scraper carries along with an article: reader comments, related /
 * see-also lists, donation and subscription appeals, photo captions and credits, site banners,
 * bylines and share/navigation lines. Places named only there are not places of the article.
 *
 * The rules look at the *shape* of a line (short, headline-like, a credit "Name / Agency", a
 * section marker such as "Related articles:" or "Leave a Reply") rather than at any one site's
 * wording, so they carry over to articles from other sites.
 */
import type { FurnitureKind, Span } from '../types.ts';
import { lines, type Line } from './lines.ts';

export type FurnitureSpan = Span & { kind: FurnitureKind };

/** Options for {@link findFurniture}. */
export interface FurnitureOptions {
  /** The headline when known (from a metadata header): short lines above it are banner. */
  title?: string | null;
}

// ---- line classifiers -------------------------------------------------------------------

/** A line that opens the reader-comment section; everything from it to the end is comments. */
const COMMENTS_MARKER =
  /^\s*(?:[•·*-]\s*)?(?:\d+\s+(?:comments?|responses?|replies)\b|comments?\s*(?:\(\d+\))?\s*:?\s*$|reader comments|leave a (?:reply|comment)|post a comment|add (?:a|your) comment|join the (?:conversation|discussion)|show (?:\d+ )?comments|view (?:all )?comments|(?:please )?log ?in to (?:post a )?comment|sign in to comment|comments are (?:moderated|closed)|comment link\b|discussion\s*\(\d+\))/i;
/** A comment header line ("J. Smith Thursday, 01 November 2012 13:46 posted by J. Smith"). */
const COMMENT_HEADER = /\bposted by\b|\bsaid\.\.\.\s*$|\breply\s*$/i;
const TIME_OR_DATE = /\b\d{1,2}:\d{2}\b|\b(?:19|20)\d{2}\b/;

/** A heading that opens a list of links to other articles. */
const RELATED_HEADING =
  /^\s*(?:related(?: articles?| content| stories| posts| coverage| reading| links)?|see also|read more|read also|also read|more from\b.*|more on this(?: story| topic)?|more stories|recommended(?: for you| reading)?|you (?:may|might) also like|trending(?: now)?|most (?:read|popular)|popular (?:posts|stories)|further reading)\s*(?::\s*(.*))?$/i;

/**
 * Appeals to the reader. Words like "donation" or "subscription" also occur in crime news
 * ("the cartel's donation to the church"), so they count only when the line addresses the
 * reader ("please", "you", "our", "us", "click"); the other phrases are specific enough alone.
 */
const APPEAL_WORDS = /\b(?:donat(?:e|ion|ions)|subscribe|subscription|sign up|newsletter|become a (?:member|patron|subscriber)|support (?:our|us|independent))\b/i;
const READER = /\b(?:please|you|your|our|us|click|today|now)\b/i;
const APPEAL_ALONE =
  /\b(?:was this (?:content|article|story) helpful|we need (?:your )?(?:support|resources|help|donations)|click here to (?:send|subscribe|donate|read)|send us (?:your )?(?:tips|comments)|copy and distribute our work|creative commons|all rights reserved|follow us on)\b/i;

/** Photo credits: "Name / Reuters", "Name/Associated Press:", "Photo: …", "file photo", "(AP Photo/…)". */
const AGENCY = '(?:Reuters|Associated Press|AP|AFP|Getty Images|Getty|EPA|Bloomberg|AFP/Getty Images|Shutterstock)';
const CREDIT = new RegExp(
  `[\\p{L}.'’-]+\\s*/\\s*${AGENCY}\\b|\\b(?:photo|photograph|image|picture|credit|courtesy)s?(?: by)?\\s*:|\\bfile (?:photo|image)\\b|\\(${AGENCY} Photo\\b|\\b${AGENCY} (?:file )?photo\\b|/\\s*${AGENCY}\\s+file\\b`,
  'iu',
);
/** Every CREDIT alternative needs one of these: a cheap test that skips the costly one on prose lines. */
const MAY_CREDIT = /[/:]|photo|file/i;
/** Wire-service captions, which can run long: "FILE - In this … file photo, …" or a trailing "(AP Photo/…)". */
const WIRE_CAPTION = new RegExp(`^\\s*FILE\\s*[-–—]\\s|\\((?:${AGENCY})\\s+Photo\\b[^)]*\\)\\s*$|\\(Photo(?:graph)?:[^)]*\\)\\s*$`, 'u');

/** Copyright and republication notes. */
const NOTICE = /^\s*(?:©|\(c\)\s|copyright\s+(?:©\s*)?\d{4}\b|this (?:article|story) (?:was )?(?:originally |first )?(?:published|appeared)\b|story continues below)/i;

/** A credit glued to the end of a caption sentence ("…Zepeda.Daniel Becerril / Reuters file"). */
const GLUED_CREDIT = new RegExp(`[.!?”"](?=\\p{Lu}[\\p{L}'’-]*(?:\\s\\p{Lu}[\\p{L}'’-]*){0,3}\\s*/\\s*${AGENCY}\\b)`, 'u');

/** Share / navigation / print lines. */
const SHARE =
  /^\s*(?:share(?: this(?: article| story)?)?(?: on)?(?:\s+(?:icon|facebook|twitter|x|email|whatsapp|linkedin|print))*|tweet|print|email|share icon.*|(?:facebook|twitter|whatsapp|linkedin|email|print)(?:\s+(?:facebook|twitter|whatsapp|linkedin|email|print))+|back to top|skip to (?:main )?content|advertisement|loading\.\.\.)\s*$/i;

/** A byline or source line ("By Jane Doe", "Written by", "source: nbcnews.com"). */
const BYLINE = /^\s*(?:by\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,4}(?:\s*(?:,|and|·|\||—|–|-)\s*.*)?|written by\b.*|(?:source|via)\s*:\s*\S.*|posted (?:on|by)\b.*|updated\b.{0,40}\d.*)\s*$/iu;

/** A line that is only a date (and maybe a time), like a dateline or a teaser stamp. */
const DATE_LINE =
  /^\s*(?:[\p{Lu} ]{2,30}\/\s*)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s*)?(?:\d{1,2}\s+[A-Za-z]{3,9}\.?,?\s+\d{4}|[A-Za-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2})(?:\s+\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?)?\s*$/iu;

/** Breadcrumbs scraped without separators ("HomeNewsAnalysis…") or with ›, », |, /. */
const BREADCRUMB = /^\s*(?:Home(?=\p{Lu})|Home\s*[›»>|/])/u;

/** Site taglines ("Blog dedicated to reporting on…", "The home of …"). */
const TAGLINE = /^\s*(?:(?:a|the)\s+)?(?:blog|site|news(?:letter)?|magazine|website|home)\s+(?:dedicated|devoted|for|of|about)\b/i;

// ---- shapes ------------------------------------------------------------------------------

/** Short and not ending like a sentence: a headline, a menu entry, a list item. */
function isHeadlineLike(line: Line): boolean {
  const t = line.text.trim();
  return t.length > 0 && t.length <= 130 && !/[.:;,]$/.test(t);
}

/** A paragraph that was cut short to tease a link ("…with the…"). */
function isTeaser(line: Line): boolean {
  return /(?:…|\.\.\.)\s*$/.test(line.text);
}

/** Article prose: long or sentence-shaped. */
function isProse(line: Line): boolean {
  const t = line.text.trim();
  return t.length > 130 || (/[.!?”"’)]$/.test(t) && t.split(/\s+/).length >= 8);
}

// ---- the finder --------------------------------------------------------------------------

/**
 * Finds furniture spans in normalised article text.
 *
 * @param text article text (`\n` line endings)
 * @returns spans sorted by start, non-overlapping, each covering whole lines or a line's tail
 * @example findFurniture('Cartel leaders met in Culiacán.\n\nRelated articles:\nArrests in Sinaloa\n').map((s) => s.kind) // ['related']
 */
export function findFurniture(text: string, options: FurnitureOptions = {}): FurnitureSpan[] {
  const ls = lines(text);
  const spans: FurnitureSpan[] = [];
  const add = (start: number, end: number, kind: FurnitureKind) => {
    if (end > start) spans.push({ start, end, kind });
  };

  // Comments run from their marker to the end; indented numbered replies just above a late
  // "Comments are moderated"-style marker belong to them too.
  let commentsFrom = ls.length;
  for (let i = 0; i < ls.length; i++) {
    const t = ls[i].text;
    const marker = COMMENTS_MARKER.test(t) && t.trim().length <= 120;
    const header = t.trim().length <= 160 && COMMENT_HEADER.test(t) && TIME_OR_DATE.test(t);
    if (marker || header) {
      let j = i;
      while (j > 0 && (ls[j - 1].text.trim() === '' || /^\s+\S/.test(ls[j - 1].text))) j--;
      while (j < i && ls[j].text.trim() === '') j++;
      commentsFrom = j;
      add(ls[j].start, text.length, 'comments');
      break;
    }
  }

  // Top of the page: breadcrumbs, taglines, site names, datelines and bylines before the
  // headline (or, without a known headline, before the first prose line).
  const titleKey = options.title ? key(options.title) : null;
  let top = 0;
  for (; top < commentsFrom; top++) {
    const l = ls[top];
    if (l.text.trim() === '') continue;
    if (titleKey && key(l.text) === titleKey) break;
    if (isProse(l)) break;
    if (!titleKey && !(BREADCRUMB.test(l.text) || TAGLINE.test(l.text) || /^\s*\p{Ll}/u.test(l.text) || DATE_LINE.test(l.text) || BYLINE.test(l.text))) break;
  }
  const hasTitleLine = titleKey !== null && top < commentsFrom && key(ls[top].text) === titleKey;
  for (let i = 0; i < (hasTitleLine ? top : Math.min(top, commentsFrom)); i++) {
    const l = ls[i];
    if (l.text.trim() === '') continue;
    add(l.start, l.end, DATE_LINE.test(l.text) || BYLINE.test(l.text) ? 'byline' : 'banner');
  }

  for (let i = 0; i < commentsFrom; i++) {
    const l = ls[i];
    const t = l.text;
    if (t.trim() === '') continue;
    const related = RELATED_HEADING.exec(t);
    if (related && t.trim().length <= 200) {
      if (related[1] && related[1].trim() !== '') {
        add(l.start, l.end, 'related'); // "SEE ALSO: Another headline"
        continue;
      }
    }
    if (related && t.trim().length <= 60 && !/\.\s*$/.test(t)) {
      // A bare heading: the list of headlines, stamps and teasers that follows it.
      let end = l.end;
      let j = i + 1;
      let prevWasHead = true;
      for (; j < commentsFrom; j++) {
        const n = ls[j];
        if (n.text.trim() === '') continue;
        if (DATE_LINE.test(n.text) || isTeaser(n) || isHeadlineLike(n)) {
          prevWasHead = isHeadlineLike(n) || DATE_LINE.test(n.text);
        } else if (prevWasHead && !RELATED_HEADING.test(n.text) && n.text.length <= 400) {
          prevWasHead = false; // a teaser paragraph under its headline or date stamp
        } else break;
        end = n.end;
      }
      add(l.start, end, 'related');
      i = j - 1;
      continue;
    }
    if (t.trim().length <= 400 && (APPEAL_ALONE.test(t) || (APPEAL_WORDS.test(t) && READER.test(t)))) {
      add(l.start, l.end, 'appeal');
      continue;
    }
    if (SHARE.test(t) || (t.trim().length <= 300 && NOTICE.test(t))) { add(l.start, l.end, 'banner'); continue; }
    if (t.trim().length <= 700 && WIRE_CAPTION.test(t)) { add(l.start, l.end, 'caption'); continue; }
    if (t.trim().length <= 300 && MAY_CREDIT.test(t) && CREDIT.test(t)) {
      add(l.start, l.end, 'caption'); // a short line with a credit is a caption as a whole
      continue;
    }
    const glued = t.includes('/') ? GLUED_CREDIT.exec(t) : null;
    if (glued) { add(l.start + glued.index + 1, l.end, 'caption'); continue; }
    if (i > top && BYLINE.test(t) && t.trim().length <= 100) { add(l.start, l.end, 'byline'); continue; }
    if (i > top && /^\s*(?:was this|did you (?:like|enjoy))\b.*\?\s*$/i.test(t)) add(l.start, l.end, 'appeal');
  }

  return normalise(spans);
}

/** Sorts and merges overlapping spans; where kinds collide the earlier-starting span wins. */
function normalise(spans: FurnitureSpan[]): FurnitureSpan[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: FurnitureSpan[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) {
      if (s.end > last.end) last.end = s.end;
      continue;
    }
    out.push({ ...s });
  }
  return out;
}

function key(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/[\u2018\u2019'"“”]/g, "'").replace(/\s+/g, ' ').trim();
}
