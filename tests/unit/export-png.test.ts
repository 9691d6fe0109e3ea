import { describe, expect, it } from 'vitest';
import { composePng, type LegendEntry } from '../../src/lib/explore/toPng.ts';
import { wrapText } from '../../src/lib/explore/wrapText.ts';
import { ATTRIBUTION } from '../../src/lib/attribution.ts';

/** Monospace-like measure: each character is `px` wide. */
const mono = (px: number) => (s: string) => s.length * px;

describe('wrapText: lines never wider than the width', () => {
  it.each([
    ['short text stays on one line', 'Places: GeoNames', 100, ['Places: GeoNames']],
    ['breaks at spaces', 'Places: GeoNames (CC BY 4.0)', 16, ['Places: GeoNames', '(CC BY 4.0)']],
    ['runs of spaces and line breaks are one space', 'a  b\n\nc', 3, ['a b', 'c']],
    ['a word longer than the line is cut', 'supercalifragilistic', 8, ['supercal', 'ifragili', 'stic']],
    ['empty text has no lines', '   ', 10, []],
  ])('%s', (_name, text, width, lines) => {
    const out = wrapText(text, width, mono(1));
    expect(out).toEqual(lines);
    for (const l of out) expect(l.length).toBeLessThanOrEqual(width);
  });
});

interface Drawn {
  op: string;
  args: unknown[];
  font: string;
}

/** A canvas whose 2D context records what is drawn; text is 0.5 em per character. */
function fakeCanvas(width = 0, height = 0, clientWidth = 0, blob: 'png' | 'null' = 'png') {
  const drawn: Drawn[] = [];
  const ctx = {
    font: '10px sans-serif',
    fillStyle: '',
    strokeStyle: '',
    lineWidth: 1,
    globalAlpha: 1,
    textBaseline: 'alphabetic',
    measureText(t: string) {
      return { width: t.length * 0.5 * Number(/(\d+)px/.exec(ctx.font)![1]) };
    },
  } as Record<string, unknown> & { font: string; measureText(t: string): { width: number } };
  for (const op of ['fillRect', 'strokeRect', 'fillText', 'drawImage', 'beginPath', 'arc', 'fill', 'stroke']) ctx[op] = (...args: unknown[]) => drawn.push({ op, args, font: ctx.font });
  const canvas = {
    width,
    height,
    clientWidth,
    getContext: () => ctx,
    toBlob: (cb: (b: Blob | null) => void, type: string) => cb(blob === 'png' ? new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], { type }) : null),
  };
  return { canvas: canvas as unknown as HTMLCanvasElement, drawn, ctx };
}

const legend: LegendEntry[] = [
  { label: 'Incidents', colour: '#d7301f', shape: 'point' },
  { label: 'Jurisdictions', colour: '#2c7fb8', shape: 'area' },
  { label: 'Checked by a person', colour: '#000', shape: 'ring' },
  { label: '<img src=x onerror=alert(1)> Cártel de Jalisco Nueva Generación', colour: '#7b3294', shape: 'area' },
];

describe('composePng: the map with its title, legend and attribution', () => {
  it.each([
    ['a desktop map', 1200, 800, 1200],
    ['a phone at 375 px, device-pixel ratio 2', 750, 1000, 375],
  ])('%s: the map is drawn whole and every text fits inside the image', async (_name, w, h, cssWidth) => {
    const map = fakeCanvas(w, h, cssWidth).canvas;
    const out = fakeCanvas();
    const blob = await composePng(map, legend, ATTRIBUTION, 'plaza · Actor: Sinaloa Cartel · 2026-12-04', () => out.canvas);
    expect(blob.type).toBe('image/png');

    const image = out.drawn.filter((d) => d.op === 'drawImage');
    expect(image).toHaveLength(1);
    const [src, x, y, dw, dh] = image[0].args as [unknown, number, number, number, number];
    expect([src, x, dw, dh]).toEqual([map, 0, w, h]);
    expect(y).toBeGreaterThan(0); // the title is above the map, not over it
    expect(out.canvas.width).toBe(w);
    expect(out.canvas.height).toBeGreaterThan(y + h);

    const texts = out.drawn.filter((d) => d.op === 'fillText');
    for (const t of texts) {
      const [s, tx, ty] = t.args as [string, number, number];
      const width = s.length * 0.5 * Number(/(\d+)px/.exec(t.font)![1]);
      expect(tx, s).toBeGreaterThanOrEqual(0);
      expect(tx + width, s).toBeLessThanOrEqual(w);
      expect(ty, s).toBeLessThanOrEqual(out.canvas.height);
      // Only the title may be drawn above the map; legend and attribution are below it.
      if (!s.startsWith('plaza') && !/Sinaloa Cartel|2026-12-04/.test(s)) expect(ty, s).toBeGreaterThan(y + h);
    }
    const words = (s: string) => s.split(/\s+/).filter(Boolean);
    const drawnText = texts.map((t) => t.args[0] as string).join(' ');
    for (const word of words(ATTRIBUTION.join(' · '))) expect(drawnText).toContain(word);
    for (const e of legend.slice(0, 3)) expect(drawnText).toContain(e.label);
    // Untrusted labels are drawn as literal text (cut with "…" only when too wide for the legend).
    expect(drawnText).toContain('<img src=x');
  });

  it('each legend shape gets its swatch: dot, area square, ring', async () => {
    const out = fakeCanvas();
    await composePng(fakeCanvas(1200, 800, 1200).canvas, legend.slice(0, 3), [], 'plaza', () => out.canvas);
    const ops = out.drawn.map((d) => d.op);
    expect(ops.filter((o) => o === 'arc')).toHaveLength(2);
    expect(ops.filter((o) => o === 'fill')).toHaveLength(1);
    expect(ops.filter((o) => o === 'stroke')).toHaveLength(1);
  });

  it.each([
    ['a map with no size', fakeCanvas(0, 0).canvas, 'png' as const, 'the map has no size to export'],
    ['a browser that cannot encode', fakeCanvas(400, 300, 400).canvas, 'null' as const, 'the browser could not encode the PNG'],
  ])('%s fails with a reason', async (_name, map, blob, message) => {
    await expect(composePng(map, legend, ATTRIBUTION, 'plaza', () => fakeCanvas(0, 0, 0, blob).canvas)).rejects.toThrow(message);
  });
});
