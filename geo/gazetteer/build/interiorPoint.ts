/**
 * A point well inside a polygon: the middle of the widest inside stretch of a few horizontal
 * scan lines through the largest part. Unlike Turf's `pointOnFeature`, whose fallback is a vertex
 * on the boundary, it stays inside after rounding to 5 decimals for any part wider than ~2 m.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';

/** [lon, lat] in degrees. */
type LonLat = [number, number];

function ringArea(ring: Position[]): number {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) a += (ring[j]![0]! - ring[i]![0]!) * (ring[j]![1]! + ring[i]![1]!);
  return Math.abs(a / 2);
}

const FRACTIONS = [0.5, 0.375, 0.625, 0.25, 0.75, 0.125, 0.875, 0.4375, 0.5625];

/**
 * Interior point of an area (its largest part), or null if the area has no width.
 *
 * @param geometry polygon or multipolygon, degrees
 * @example interiorPoint({ type: 'Polygon', coordinates: [[[0, 0], [2, 0], [2, 1], [0, 1], [0, 0]]] }) // [1, 0.5]
 */
export function interiorPoint(geometry: Polygon | MultiPolygon): LonLat | null {
  const parts = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let best: Position[][] | null = null;
  let bestArea = -1;
  for (const p of parts) {
    const a = p[0] ? ringArea(p[0]) : 0;
    if (a > bestArea) [best, bestArea] = [p, a];
  }
  if (!best || !best[0] || bestArea <= 0) return null;
  let minY = Infinity, maxY = -Infinity;
  for (const [, y] of best[0]) {
    if (y! < minY) minY = y!;
    if (y! > maxY) maxY = y!;
  }
  let out: LonLat | null = null;
  let width = 0;
  for (const f of FRACTIONS) {
    const y = minY + (maxY - minY) * f;
    const xs: number[] = [];
    for (const ring of best)
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [x1, y1] = ring[j] as [number, number];
        const [x2, y2] = ring[i] as [number, number];
        if (y1 > y !== y2 > y) xs.push(x1 + ((y - y1) * (x2 - x1)) / (y2 - y1));
      }
    xs.sort((a, b) => a - b);
    for (let k = 0; k + 1 < xs.length; k += 2) {
      const w = xs[k + 1]! - xs[k]!;
      if (w > width) [width, out] = [w, [(xs[k]! + xs[k + 1]!) / 2, y]];
    }
  }
  return out;
}
