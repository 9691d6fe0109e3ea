import { describe, expect, it } from 'vitest';
import { ANNO_CONTEXT, checkAnnotation, correctionFor, parseCorrections, stringifyCorrections, type CorrectionChange } from '../../geo/annotations/model.ts';

const ARTICLE = { id: 'a-1', text: 'Gunmen attacked a convoy near Culiacán, Sinaloa, on Tuesday morning, officials said.' };
const span = (s: string) => ({ start: ARTICLE.text.indexOf(s), end: ARTICLE.text.indexOf(s) + s.length });
const AT = '2026-12-04T04:00:00.000Z';

describe('a correction as a W3C Web Annotation', () => {
  const bodies: Array<[CorrectionChange, string]> = [
    [{ change: 'confirm' }, 'assessing'],
    [{ change: 'not-a-place' }, 'editing'],
    [{ change: 'change-layer', layer: 'incident' }, 'editing'],
    [{ change: 'choose-place', placeId: 'gn:4014338' }, 'editing'],
    [{ change: 'move', lon: -107.39, lat: 24.8 }, 'editing'],
    [{ change: 'add-place', placeId: 'admin1:MX.25' }, 'tagging'],
  ];
  it.each(bodies)('%o is filed under motivation %s, with quote and position selectors, and passes the checker', (body, motivation) => {
    const a = correctionFor(ARTICLE, span('Culiacán'), body, 'ana', AT);
    expect(a).toMatchObject({ '@context': ANNO_CONTEXT, type: 'Annotation', motivation, created: AT, creator: 'ana', body });
    expect(a.target).toEqual({
      source: 'a-1',
      selector: [
        { type: 'TextQuoteSelector', exact: 'Culiacán', prefix: 'Gunmen attacked a convoy near ', suffix: ', Sinaloa, on Tuesday morning, o' },
        { type: 'TextPositionSelector', start: 30, end: 38 },
      ],
    });
    expect(checkAnnotation(JSON.parse(JSON.stringify(a)))).toBeNull();
  });

  it('an exported collection parses back to the same annotations, each located at its line', () => {
    const items = [correctionFor(ARTICLE, span('Culiacán'), { change: 'not-a-place' }, 'ana', AT), correctionFor(ARTICLE, span('Sinaloa'), { change: 'confirm' }, 'bo', AT)];
    const text = stringifyCorrections(items);
    const parsed = parseCorrections('c.jsonld', text);
    expect(parsed.errors).toEqual([]);
    expect(parsed.corrections.map((c) => c.annotation)).toEqual(items);
    const lines = text.split('\n');
    for (const c of parsed.corrections) {
      const [, line, col] = c.at.split(':').map(Number);
      expect(lines[line - 1].slice(col - 1)).toBe('{');
    }
  });
});

describe('a bad corrections file names the file, line and column', () => {
  const good = correctionFor(ARTICLE, span('Sinaloa'), { change: 'confirm' }, 'bo', AT);
  const cases: Array<{ phenomenon: string; text: string; errors: RegExp[]; kept: number }> = [
    { phenomenon: 'a missing comma in the JSON is placed at the next token', text: '{\n  "items": [\n    {"a": 1}\n    {"b": 2}\n  ]\n}\n', errors: [/^c\.jsonld:4:5: bad JSON/], kept: 0 },
    { phenomenon: 'a bad token the engine gives no position for is placed at the token', text: '[\n  {"a": nope}\n]\n', errors: [/^c\.jsonld:2:9: bad JSON/], kept: 0 },
    { phenomenon: 'a truncated file is placed at its end', text: '[\n  {"type": "Annotation"', errors: [/^c\.jsonld:2:\d+: bad JSON/], kept: 0 },
    {
      phenomenon: 'a bad body is reported at its annotation and the good one is kept',
      text: JSON.stringify([good, { ...good, body: { change: 'teleport' } }], null, 2),
      errors: [/^c\.jsonld:\d+:3: annotation 2: "body.change" must be one of/],
      kept: 1,
    },
    { phenomenon: 'a change-layer to an unknown layer is bad', text: JSON.stringify([{ ...good, body: { change: 'change-layer', layer: 'war' } }]), errors: [/^c\.jsonld:1:2: annotation 1: change-layer: "layer"/], kept: 0 },
    { phenomenon: 'an annotation without a quote is bad', text: JSON.stringify([{ ...good, target: { source: 'a-1', selector: [good.target.selector[1]] } }]), errors: [/TextQuoteSelector/], kept: 0 },
    { phenomenon: 'a move off the globe is bad', text: JSON.stringify({ ...good, body: { change: 'move', lon: 200, lat: 0 } }), errors: [/^c\.jsonld:1:1: annotation 1: move/], kept: 0 },
    { phenomenon: 'something that is no annotation at all is reported', text: '{"hello": 1}', errors: [/^c\.jsonld:1:1: not an AnnotationCollection/], kept: 0 },
  ];
  it.each(cases)('$phenomenon', ({ text, errors, kept }) => {
    const parsed = parseCorrections('c.jsonld', text);
    expect(parsed.errors).toHaveLength(errors.length);
    errors.forEach((re, i) => expect(parsed.errors[i]).toMatch(re));
    expect(parsed.corrections).toHaveLength(kept);
  });

  it('the bad entry is located on the line where it starts', () => {
    const text = JSON.stringify([good, { ...good, body: { change: 'teleport' } }], null, 2);
    const [, line] = parseCorrections('c.jsonld', text).errors[0].split(':').map(Number);
    const lines = text.split('\n');
    expect(lines[line - 1]).toBe('  {');
    expect(lines.slice(line).join('\n').indexOf('teleport')).toBeGreaterThan(-1);
    expect(lines.slice(0, line - 1).join('\n')).not.toContain('teleport');
  });
});
