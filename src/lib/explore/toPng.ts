import { wrapText } from './wrapText.ts';

/** One legend line as the PNG draws it. */
export interface LegendEntry {
  label: string;
  /** A CSS colour ("#1f77b4"). */
  colour: string;
  /** A filled dot, a filled area swatch, or an outline ring (verified places). */
  shape: 'point' | 'area' | 'ring';
}

const FONT = '"Noto Sans", sans-serif';
const INK = '#1a1a1a';
const MUTED = '#444';

/**
 * The visible map as a PNG with its title above and, below it, a legend box and the attribution
 * (wrapped to the width). Drawn with canvas text only (no HTML), so article text or group names
 * in the legend cannot inject anything. The map must be created with `preserveDrawingBuffer: true`
 * (otherwise its canvas reads back blank); text is scaled to the canvas's device-pixel ratio.
 *
 * @param mapCanvas MapLibre's canvas (`map.getCanvas()`).
 * @param createCanvas for tests; the page's `document.createElement('canvas')` by default.
 * @example await composePng(map.getCanvas(), [{ label: 'Incidents', colour: '#d7301f', shape: 'point' }], ATTRIBUTION, 'plaza · Sinaloa Cartel · 2026-12-04')
 */
export async function composePng(
  mapCanvas: HTMLCanvasElement,
  legend: ReadonlyArray<LegendEntry>,
  attribution: readonly string[],
  title: string,
  createCanvas: () => HTMLCanvasElement = () => document.createElement('canvas'),
): Promise<Blob> {
  const W = mapCanvas.width;
  const H = mapCanvas.height;
  if (!W || !H) throw new Error('the map has no size to export');
  const s = mapCanvas.clientWidth > 0 ? Math.max(1, W / mapCanvas.clientWidth) : 1;
  const pad = Math.round(12 * s);
  const inner = W - 2 * pad;

  const out = createCanvas();
  const ctx = out.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas to draw the export on');

  // Measure first (the canvas height depends on how the text wraps), then draw.
  const titleFont = `bold ${Math.round(16 * s)}px ${FONT}`;
  const titleLine = Math.round(22 * s);
  ctx.font = titleFont;
  const titleLines = wrapText(title, inner, (t) => ctx.measureText(t).width);
  const titleH = titleLines.length ? pad + titleLines.length * titleLine + Math.round(pad / 2) : 0;

  const legendFont = `${Math.round(13 * s)}px ${FONT}`;
  const legendLine = Math.round(20 * s);
  const swatch = Math.round(12 * s);
  ctx.font = legendFont;
  const legendRows = layoutLegend(legend, inner - 2 * pad, swatch + Math.round(6 * s), Math.round(18 * s), (t) => ctx.measureText(t).width);
  const legendH = legendRows.length ? legendRows.length * legendLine + 2 * Math.round(pad / 2) : 0;

  const attrFont = `${Math.round(11 * s)}px ${FONT}`;
  const attrLine = Math.round(15 * s);
  ctx.font = attrFont;
  const attrLines = wrapText(attribution.join(' · '), inner, (t) => ctx.measureText(t).width);

  const footerH = pad + legendH + (legendH ? pad / 2 : 0) + attrLines.length * attrLine + pad;
  out.width = W;
  out.height = Math.ceil(titleH + H + footerH);
  // Resizing a canvas resets its state: set everything after.
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.textBaseline = 'middle';

  ctx.font = titleFont;
  ctx.fillStyle = INK;
  titleLines.forEach((t, i) => ctx.fillText(t, pad, pad + i * titleLine + titleLine / 2));

  ctx.drawImage(mapCanvas, 0, titleH, W, H);
  ctx.strokeStyle = '#999';
  ctx.lineWidth = Math.max(1, s);
  ctx.strokeRect(0, titleH, W, H);

  let y = titleH + H + pad;
  if (legendH) {
    ctx.strokeStyle = '#bbb';
    ctx.strokeRect(pad, y, inner, legendH);
    ctx.font = legendFont;
    legendRows.forEach((row, r) => {
      const cy = y + Math.round(pad / 2) + r * legendLine + legendLine / 2;
      for (const { entry, x, label } of row) {
        drawSwatch(ctx, entry, pad + pad + x, cy, swatch, s);
        ctx.fillStyle = INK;
        ctx.fillText(label, pad + pad + x + swatch + Math.round(6 * s), cy);
      }
    });
    y += legendH + pad / 2;
  }

  ctx.font = attrFont;
  ctx.fillStyle = MUTED;
  attrLines.forEach((t, i) => ctx.fillText(t, pad, y + i * attrLine + attrLine / 2));

  return new Promise((resolve, reject) =>
    out.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the browser could not encode the PNG'))), 'image/png'),
  );
}

interface Placed {
  entry: LegendEntry;
  /** Left of the swatch from the legend's left edge. */
  x: number;
  /** The label, cut with "…" when it alone is wider than the legend. */
  label: string;
}

/** Legend entries flowed into rows that fit `width`. */
function layoutLegend(legend: ReadonlyArray<LegendEntry>, width: number, lead: number, gap: number, measure: (t: string) => number): Placed[][] {
  const rows: Placed[][] = [];
  let row: Placed[] = [];
  let x = 0;
  for (const entry of legend) {
    let label = entry.label;
    while (label.length > 1 && lead + measure(label) > width) label = label.slice(0, -2) + '…';
    const w = lead + measure(label);
    if (row.length && x + w > width) {
      rows.push(row);
      [row, x] = [[], 0];
    }
    row.push({ entry, x, label });
    x += w + gap;
  }
  if (row.length) rows.push(row);
  return rows;
}

function drawSwatch(ctx: CanvasRenderingContext2D, e: LegendEntry, x: number, cy: number, size: number, s: number) {
  ctx.fillStyle = e.colour;
  ctx.strokeStyle = e.colour;
  ctx.lineWidth = Math.max(1, 2 * s);
  ctx.beginPath();
  if (e.shape === 'area') {
    ctx.globalAlpha = 0.35;
    ctx.fillRect(x, cy - size / 2, size, size);
    ctx.globalAlpha = 1;
    ctx.strokeRect(x, cy - size / 2, size, size);
    return;
  }
  ctx.arc(x + size / 2, cy, e.shape === 'ring' ? size / 2 - ctx.lineWidth / 2 : size / 2.4, 0, 2 * Math.PI);
  if (e.shape === 'ring') ctx.stroke();
  else ctx.fill();
}
