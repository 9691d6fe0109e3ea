/**
 * A reader's correction of a mention, as a W3C Web Annotation (the model Recogito and
 * Hypothesis use): JSON-LD with a `TextQuoteSelector` and a `TextPositionSelector` on the
 * article, and a body saying what changed. Builders make one from a mention; the parser checks
 * a JSON-LD file and reports each bad part as `file:line:column: what`, keeping the good ones.
 */
import type { Layer } from '../types.ts';
import { jsonErrorIndex } from '../ingest/articlesJsonl.ts';
import { lineColumnOfIndex } from '../ingest/decode.ts';

/** The Web Annotation JSON-LD context. */
export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** Characters of context kept either side of the quote. */
export const CONTEXT_CHARS = 32;

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  /** String index (UTF-16) into the article text, end exclusive. */
  start: number;
  end: number;
}

/** What the correction changes. */
export type CorrectionChange =
  | { change: 'confirm' }
  | { change: 'not-a-place' }
  | { change: 'change-layer'; layer: Layer }
  | { change: 'choose-place'; placeId: string }
  | { change: 'move'; lon: number; lat: number }
  | { change: 'add-place'; placeId: string; layer?: Layer };
export type ChangeKind = CorrectionChange['change'];

export type Motivation = 'assessing' | 'editing' | 'tagging';

/** One correction as a Web Annotation. */
export interface CorrectionAnnotation {
  '@context': typeof ANNO_CONTEXT;
  id: string;
  type: 'Annotation';
  motivation: Motivation;
  /** ISO 8601 date-time. */
  created: string;
  /** Who made it (a name or an IRI). */
  creator: string;
  target: { source: string; selector: [TextQuoteSelector, TextPositionSelector] };
  body: CorrectionChange;
}

const LAYERS: readonly Layer[] = ['incident', 'jurisdiction', 'territory', 'other'];
const MOTIVATIONS: readonly Motivation[] = ['assessing', 'editing', 'tagging'];

/** The motivation a change is filed under: confirm assesses, add-place tags, the rest edit. */
export function motivationOf(change: ChangeKind): Motivation {
  return change === 'confirm' ? 'assessing' : change === 'add-place' ? 'tagging' : 'editing';
}

/**
 * The two selectors for `text.slice(start, end)`, with up to {@link CONTEXT_CHARS} characters of
 * prefix and suffix.
 *
 * @example selectorsFor('in Juárez today', 3, 9)[0].exact // 'Juárez'
 */
export function selectorsFor(text: string, start: number, end: number): [TextQuoteSelector, TextPositionSelector] {
  return [
    { type: 'TextQuoteSelector', exact: text.slice(start, end), prefix: text.slice(Math.max(0, start - CONTEXT_CHARS), start), suffix: text.slice(end, end + CONTEXT_CHARS) },
    { type: 'TextPositionSelector', start, end },
  ];
}

/**
 * A correction of the span `start..end` of an article's text (a mention's span, or the words
 * selected for add-place).
 *
 * @example correctionFor({ id: 'a', text }, m, { change: 'not-a-place' }, 'ana', '2026-12-04T04:00:00Z').motivation // 'editing'
 */
export function correctionFor(
  article: { id: string; text: string },
  span: { start: number; end: number },
  body: CorrectionChange,
  creator: string,
  created: string,
): CorrectionAnnotation {
  return {
    '@context': ANNO_CONTEXT,
    id: `urn:plaza:correction:${encodeURIComponent(article.id)}:${span.start}-${span.end}:${body.change}:${created}`,
    type: 'Annotation',
    motivation: motivationOf(body.change),
    created,
    creator,
    target: { source: article.id, selector: selectorsFor(article.text, span.start, span.end) },
    body,
  };
}

/** An annotation collection as exported ("Export corrections"), items in the given order. */
export function stringifyCorrections(items: readonly CorrectionAnnotation[]): string {
  return JSON.stringify({ '@context': ANNO_CONTEXT, type: 'AnnotationCollection', total: items.length, items }, null, 2) + '\n';
}

/** A parsed correction and where it starts in its file (`file:line:col`). */
export interface LocatedCorrection {
  at: string;
  annotation: CorrectionAnnotation;
}

/** What {@link parseCorrections} found: the good corrections and one message per bad part. */
export interface ParsedCorrections {
  corrections: LocatedCorrection[];
  errors: string[];
}

/**
 * Reads a JSON-LD corrections file: an `AnnotationCollection` (`items`), a bare array, or one
 * `Annotation`. Bad JSON gives one `file:line:col: what` at the JSON error's position; each bad
 * annotation gives one at its start, and the good ones are kept.
 *
 * @example parseCorrections('c.jsonld', '[').errors[0] // 'c.jsonld:1:2: bad JSON: …'
 */
export function parseCorrections(file: string, text: string): ParsedCorrections {
  const where = (offset: number) => {
    const { line, column } = lineColumnOfIndex(text, offset);
    return `${file}:${line}:${column}`;
  };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    const message = (err as Error).message;
    return { corrections: [], errors: [`${where(jsonErrorIndex(text))}: bad JSON: ${message.replace(/\s*(?:in JSON )?at position \d+.*$|\s*\(line \d+ column \d+\)$/, '')}`] };
  }
  let items: unknown[];
  if (Array.isArray(data)) items = data;
  else if (isObject(data) && Array.isArray(data.items)) items = data.items;
  else if (isObject(data) && data.type === 'Annotation') items = [data];
  else return { corrections: [], errors: [`${where(firstValue(text))}: not an AnnotationCollection, an array of annotations or an Annotation`] };
  const starts = itemOffsets(text, !Array.isArray(data) && isObject(data) && data.type === 'Annotation');
  const corrections: LocatedCorrection[] = [];
  const errors: string[] = [];
  items.forEach((item, i) => {
    const at = where(starts[i] ?? 0);
    const problem = checkAnnotation(item);
    if (problem) errors.push(`${at}: annotation ${i + 1}: ${problem}`);
    else corrections.push({ at, annotation: item as CorrectionAnnotation });
  });
  return { corrections, errors };
}

/** Why `x` is not a {@link CorrectionAnnotation}, or null when it is one. */
export function checkAnnotation(x: unknown): string | null {
  if (!isObject(x)) return 'not an object';
  const ctx = x['@context'];
  if (ctx !== ANNO_CONTEXT && !(Array.isArray(ctx) && ctx.includes(ANNO_CONTEXT))) return `"@context" must be "${ANNO_CONTEXT}"`;
  if (x.type !== 'Annotation') return '"type" must be "Annotation"';
  if (typeof x.id !== 'string' || !x.id) return '"id" missing';
  if (!MOTIVATIONS.includes(x.motivation as Motivation)) return `"motivation" must be one of ${MOTIVATIONS.join(', ')}`;
  if (typeof x.created !== 'string' || Number.isNaN(Date.parse(x.created))) return '"created" must be an ISO 8601 date-time';
  if (typeof x.creator !== 'string' || !x.creator) return '"creator" missing';
  const t = x.target;
  if (!isObject(t) || typeof t.source !== 'string' || !t.source) return '"target.source" (the article id) missing';
  if (!Array.isArray(t.selector)) return '"target.selector" must be an array';
  const quote = t.selector.find((s) => isObject(s) && s.type === 'TextQuoteSelector');
  const pos = t.selector.find((s) => isObject(s) && s.type === 'TextPositionSelector');
  if (!isObject(quote) || typeof quote.exact !== 'string' || !quote.exact) return 'no TextQuoteSelector with a non-empty "exact"';
  if (typeof (quote.prefix ?? '') !== 'string' || typeof (quote.suffix ?? '') !== 'string') return 'TextQuoteSelector "prefix"/"suffix" must be strings';
  if (!isObject(pos) || !Number.isInteger(pos.start) || !Number.isInteger(pos.end) || (pos.start as number) < 0 || (pos.end as number) < (pos.start as number)) return 'no TextPositionSelector with integer 0 ≤ start ≤ end';
  const b = x.body;
  if (!isObject(b)) return '"body" missing';
  switch (b.change) {
    case 'confirm':
    case 'not-a-place':
      break;
    case 'change-layer':
      if (!LAYERS.includes(b.layer as Layer)) return `change-layer: "layer" must be one of ${LAYERS.join(', ')}`;
      break;
    case 'choose-place':
    case 'add-place':
      if (typeof b.placeId !== 'string' || !b.placeId) return `${b.change}: "placeId" missing`;
      if (b.change === 'add-place' && b.layer !== undefined && !LAYERS.includes(b.layer as Layer)) return `add-place: "layer" must be one of ${LAYERS.join(', ')}`;
      break;
    case 'move':
      if (typeof b.lon !== 'number' || typeof b.lat !== 'number' || !(Math.abs(b.lon) <= 180) || !(Math.abs(b.lat) <= 90)) return 'move: "lon"/"lat" must be numbers within ±180/±90';
      break;
    default:
      return `"body.change" must be one of confirm, not-a-place, change-layer, choose-place, move, add-place`;
  }
  return null;
}

/** The selectors of a (checked) annotation, whatever their order in the file. */
export function selectorsOf(a: CorrectionAnnotation): { quote: TextQuoteSelector; position: TextPositionSelector } {
  const sel = a.target.selector as unknown as Array<TextQuoteSelector | TextPositionSelector>;
  const quote = sel.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector')!;
  const position = sel.find((s): s is TextPositionSelector => s.type === 'TextPositionSelector')!;
  return { quote: { ...quote, prefix: quote.prefix ?? '', suffix: quote.suffix ?? '' }, position };
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function firstValue(text: string): number {
  const m = /\S/.exec(text);
  return m ? m.index : 0;
}

/**
 * Start offsets of the annotations in a file that parsed: the root array's elements, or those
 * of the `items` array of the root object, or the root itself when it is one annotation.
 */
function itemOffsets(text: string, single: boolean): number[] {
  if (single) return [firstValue(text)];
  const out: number[] = [];
  const stack: string[] = []; // '[' or '{'
  let target = -1; // depth of the items array
  let lastKey = '';
  let expectValue = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === ' ' || c === '\n' || c === '\r' || c === '\t') continue;
    if (expectValue && stack.length === target) out.push(i);
    expectValue = false;
    if (c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      if (stack.length === 1 && stack[0] === '{') lastKey = text.slice(i + 1, j);
      i = j;
    } else if (c === '[' || c === '{') {
      stack.push(c);
      if (c === '[' && target < 0 && (stack.length === 1 || (stack.length === 2 && stack[0] === '{' && lastKey === 'items'))) target = stack.length;
      if (c === '[' && stack.length === target) expectValue = true;
    } else if (c === ']' || c === '}') {
      stack.pop();
    } else if (c === ',' && stack.length === target && stack[stack.length - 1] === '[') {
      expectValue = true;
    }
  }
  return out;
}
