/**
 * Group colours stay put and stay apart: a group keeps its colour whatever else the data holds,
 * the best-known groups are told apart, and no group looks like the selection or a checked place,
 * with normal vision or with a colour-vision deficiency.
 */
import { describe, expect, it } from 'vitest';
import { GROUP_PALETTE, groupColour } from '../../src/lib/groupColour.ts';

type Lab = [number, number, number];
const srgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
const linear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
/** Machado, Oliveira & Fernandes (2009) simulation matrices at full severity, in linear RGB. */
const VISION: Record<string, number[][]> = {
  normal: [[1, 0, 0], [0, 1, 0], [0, 0, 1]],
  protanopia: [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]],
  deuteranopia: [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.01182, 0.04294, 0.968881]],
  tritanopia: [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.3039]],
};
/** CIELAB (D65) of a colour as seen with `vision`. */
function lab(hex: string, vision: string): Lab {
  const c = srgb(hex).map(linear);
  const [r, g, b] = VISION[vision].map((row) => Math.min(1, Math.max(0, row[0] * c[0] + row[1] * c[1] + row[2] * c[2])));
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  const x = f((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047);
  const y = f(0.2126 * r + 0.7152 * g + 0.0722 * b);
  const z = f((0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883);
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
}
/** The smallest ΔE*ab between two colours over the four visions. */
const apart = (a: string, b: string) =>
  Math.min(...Object.keys(VISION).map((v) => Math.hypot(...lab(a, v).map((x, i) => x - lab(b, v)[i]))));

/** ΔE*ab below which two flat map colours start to be mistaken for each other. */
const TOLD_APART = 12;

describe('groupColour', () => {
  it('a group keeps its colour whatever other groups exist and in whatever order they come', () => {
    const before = groupColour('Sinaloa Cartel');
    const many = ['Gulf Cartel', 'Tren de Aragua', 'MS-13', 'Los Lobos', 'Sinaloa Cartel', 'A New Cartel'].map(groupColour);
    expect(many[4]).toBe(before);
    expect(groupColour('Sinaloa Cartel')).toBe(before);
  });

  it.each([
    ['Juárez Cartel', 'juarez cartel'],
    ['Beltrán Leyva Organization', 'BELTRAN LEYVA ORGANIZATION'],
    ['H-2 Cartel', 'H 2 Cartel'],
    ['La Línea', 'la linea'],
  ])('%s and %s (accents, case, punctuation) are one colour', (a, b) => {
    expect(groupColour(a)).toBe(groupColour(b));
  });

  it('the well-known groups get different colours', () => {
    const groups = ['Sinaloa Cartel', 'Jalisco New Generation Cartel', 'Gulf Cartel', 'Los Zetas', 'Juárez Cartel', 'Beltrán Leyva Organization', 'H-2 Cartel', 'Los Chapitos', 'La Familia Michoacana'];
    expect(new Set(groups.map(groupColour)).size).toBe(groups.length);
  });

  it('every colour is one of the palette, and many groups use all of it', () => {
    const used = new Set(Array.from({ length: 400 }, (_, i) => groupColour(`Group ${i} Cartel`)));
    expect([...used].every((c) => GROUP_PALETTE.includes(c))).toBe(true);
    expect(used.size).toBe(GROUP_PALETTE.length);
  });
});

describe('GROUP_PALETTE', () => {
  it('has at least twelve colours', () => {
    expect(new Set(GROUP_PALETTE).size).toBeGreaterThanOrEqual(12);
  });

  const pairs = GROUP_PALETTE.flatMap((a, i) => GROUP_PALETTE.slice(i + 1).map((b) => [a, b] as const));
  it.each(pairs)('%s and %s are told apart with normal vision and with protanopia, deuteranopia or tritanopia', (a, b) => {
    expect(apart(a, b)).toBeGreaterThanOrEqual(TOLD_APART);
  });

  it.each([
    ['the selection highlight', '#ffb300'],
    ['the verified green', '#1b5e20'],
    ['the incident red', '#c62828'],
    ['the jurisdiction blue', '#1f5fa8'],
    ['black (the selection halo)', '#000000'],
    ['white', '#ffffff'],
    ['the land', '#f6f4ef'],
  ])('no group colour looks like %s (%s)', (_what, reserved) => {
    for (const c of GROUP_PALETTE) expect(apart(c, reserved), c).toBeGreaterThanOrEqual(TOLD_APART);
  });

  it('the simulation can fail: the selection amber and an orange are too close to tell apart', () => {
    expect(apart('#ffb300', '#e69f00')).toBeLessThan(TOLD_APART);
  });
});
