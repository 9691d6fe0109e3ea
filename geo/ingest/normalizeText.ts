/**
 * Text normalisation that remembers where every character came from: the text every offset in
 * the pipeline refers to, and a map from those offsets back to the text as it was given.
 */

/** One kind of change {@link normalizeText} made, how often, and where it first happened. */
export interface NormalizeNote {
  kind: 'bom' | 'crlf' | 'cr' | 'nul' | 'zero-width' | 'bidi' | 'decomposed';
  /** How many characters (or line endings, or composed sequences) were changed. */
  count: number;
  /** Index in the original string of the first change. */
  first: number;
}

/** The normalised text and the offset map back to the original. */
export interface NormalizedText {
  text: string;
  /**
   * Maps an offset in `text` (0 … text.length) to an offset in the original string: the start of
   * what produced `text[offset]`, or the original length for `offset === text.length`.
   * Monotone (non-decreasing); exact outside composed accents.
   */
  toOriginal(offset: number): number;
  /** What was changed, in the order of {@link NormalizeNote.kind}s first met. */
  notes: NormalizeNote[];
}

/** Zero-width characters, word joiners, soft hyphens and stray byte-order marks. */
const ZERO_WIDTH = /[\u00AD\u200B-\u200D\u2060-\u2064\uFEFF]/;
/**
 * Bidi controls: marks, embeddings, overrides and isolates. They can reorder what a reader sees
 * (Trojan Source, CVE-2021-42574), so they never reach the text.
 */
const BIDI = /[\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

/**
 * Normalises raw text: drops a byte-order mark, turns CRLF and lone CR into `\n`, drops NUL,
 * zero-width and direction-override characters, composes to NFC. Linear in the length.
 *
 * @example normalizeText('\uFEFFJua\u0301rez\r\n').text // 'Juárez\n'
 * @example normalizeText('a\r\nb').toOriginal(2) // 3 ('b' was at index 3)
 */
export function normalizeText(raw: string): NormalizedText {
  const notes = new Map<NormalizeNote['kind'], NormalizeNote>();
  const note = (kind: NormalizeNote['kind'], at: number) => {
    const n = notes.get(kind);
    if (n) n.count++;
    else notes.set(kind, { kind, count: 1, first: at });
  };

  // Pass 1: drop and rewrite single characters, keeping each kept character's original index.
  const kept: string[] = [];
  const origin: number[] = [];
  let runStart = 0;
  const flush = (end: number) => {
    if (end > runStart) {
      kept.push(raw.slice(runStart, end));
      origin.push(runStart);
    }
  };
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    // Fast path: printable ASCII and most letters are kept as they are.
    if (c >= 0x20 && c < 0xad) continue;
    if (c === 0x0d) {
      flush(i);
      kept.push('\n');
      origin.push(i);
      if (raw.charCodeAt(i + 1) === 0x0a) {
        note('crlf', i);
        i++;
      } else {
        note('cr', i);
      }
      runStart = i + 1;
      continue;
    }
    let kind: NormalizeNote['kind'] | null = null;
    if (c === 0) kind = 'nul';
    else if (c === 0xfeff && i === 0) kind = 'bom';
    else if (c >= 0xad) {
      const ch = raw[i];
      if (ZERO_WIDTH.test(ch)) kind = 'zero-width';
      else if (BIDI.test(ch)) kind = 'bidi';
    }
    if (kind) {
      flush(i);
      note(kind, i);
      runStart = i + 1;
    }
  }
  flush(raw.length);

  // Pieces of the output: [normStart, origStart, exact] breakpoints; between breakpoints the
  // offset difference is constant (exact) or the piece is one composed segment (inexact).
  const outParts: string[] = [];
  const bpNorm: number[] = [];
  const bpOrig: number[] = [];
  const bpExact: boolean[] = [];
  let normLen = 0;
  const push = (s: string, orig: number, exact: boolean) => {
    if (s.length === 0) return;
    const last = bpNorm.length - 1;
    const continues = exact && last >= 0 && bpExact[last] && bpOrig[last] - bpNorm[last] === orig - normLen;
    if (!continues) {
      bpNorm.push(normLen);
      bpOrig.push(orig);
      bpExact.push(exact);
    }
    outParts.push(s);
    normLen += s.length;
  };

  // Pass 2: NFC, piece by piece. Segments start at each character that is neither a combining
  // mark nor a Hangul vowel or final jamo: such a character never composes with what precedes
  // it and no mark reorders across it, so segments compose independently.
  for (let p = 0; p < kept.length; p++) {
    const piece = kept[p];
    const base = origin[p];
    if (isNfcSafe(piece)) {
      push(piece, base, true);
      continue;
    }
    let segStart = 0;
    let clean = 0; // start of the pending unchanged stretch
    for (let j = 1; j <= piece.length; j++) {
      if (j < piece.length && !startsSegment(piece, j)) continue;
      if (j - segStart > 1 || piece.charCodeAt(segStart) >= 0x300) {
        const seg = piece.slice(segStart, j);
        const nfc = seg.normalize('NFC');
        if (nfc !== seg) {
          push(piece.slice(clean, segStart), base + clean, true);
          // Inside a composed segment the first output character maps to the segment's start,
          // later ones (marks that did not compose) one further each, never past its end.
          for (let k = 0; k < nfc.length; k++) push(nfc[k], base + segStart + Math.min(k, seg.length - 1), false);
          note('decomposed', base + segStart);
          clean = j;
        }
      }
      segStart = j;
    }
    push(piece.slice(clean), base + clean, true);
  }

  const text = outParts.join('');
  const rawLength = raw.length;
  return {
    text,
    notes: [...notes.values()],
    toOriginal(offset: number): number {
      if (offset >= text.length) return rawLength;
      if (offset < 0) offset = 0;
      // Last breakpoint at or before offset.
      let lo = 0;
      let hi = bpNorm.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (bpNorm[mid] <= offset) lo = mid;
        else hi = mid - 1;
      }
      return bpOrig[lo] + (bpExact[lo] ? offset - bpNorm[lo] : 0);
    },
  };
}

/** Combining marks and the Hangul jamo that compose with the syllable before them. */
const COMBINES_BACKWARD = /^[\p{M}\u1160-\u11FF\uD7B0-\uD7FF]/u;

/** True when a segment may start at `s[j]` (see pass 2 of {@link normalizeText}). */
function startsSegment(s: string, j: number): boolean {
  const c = s.charCodeAt(j);
  if (c < 0x300) return true;
  if (c >= 0xdc00 && c <= 0xdfff) return s.charCodeAt(j - 1) < 0xd800 || s.charCodeAt(j - 1) > 0xdbff; // a low surrogate ends a pair
  return !COMBINES_BACKWARD.test(s.slice(j, j + 2));
}

/** True when a string has nothing NFC could change (every code unit below U+0300). */
function isNfcSafe(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x300) return false;
  return true;
}
