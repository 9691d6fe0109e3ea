/** Build and query time of the explorer's search index at 1,000 / 10,000 / 100,000 generated places (+1 sentence per 5 places). Run: node --expose-gc --import tsx tests/e2e/benchSearchIndex.ts (prints figures; not a test). */
import { buildSearchIndex, type SearchPlace } from '../../src/lib/explore/searchIndex.ts';
const names = ['Culiacán', 'Ciudad Juárez', 'Nogales', 'Tijuana', 'Reynosa', 'Matamoros', 'El Paso', 'Phoenix', 'Guadalajara', 'Morelia', 'Acapulco', 'Chicago', 'Houston', 'San Diego', 'Monterrey'];
const states = ['Sinaloa, Mexico', 'Chihuahua, Mexico', 'Sonora, Mexico', 'Texas, United States', 'Arizona, United States', 'Jalisco, Mexico'];
const actors = ['Sinaloa Cartel', 'CJNG', 'Gulf Cartel', 'Los Zetas', 'DEA', 'FBI', 'Mexican Army', 'Juárez Cartel', 'Beltrán Leyva'];
const kinds = ['shooting', 'arrest', 'seizure', 'killing', 'kidnapping'];
let s = 1;
const rnd = () => ((s = (s * 1103515245 + 12345) % 2147483648), s / 2147483648);
const pick = <T,>(a: T[]) => a[Math.floor(rnd() * a.length)];
for (const n of [1000, 10000, 100000]) {
  const places: SearchPlace[] = [];
  for (let i = 0; i < n; i++) places.push({ id: `incident:${i}`, name: `${pick(names)} ${i % 997}`, layer: 'incident', kind: pick(kinds), actors: [pick(actors), pick(actors)], where: pick(states) });
  const articles = [];
  for (let i = 0; i < n / 100; i++) articles.push({ id: `a${i}`, title: `Article ${i}`, text: Array.from({ length: 20 }, () => `Gunmen of the ${pick(actors)} attacked a convoy near ${pick(names)} on Tuesday, officials in ${pick(states)} said.`).join(' ') });
  const times: number[] = [], qs: number[] = [];
  let heap = 0;
  for (let r = 0; r < 3; r++) {
    globalThis.gc?.();
    const h0 = process.memoryUsage().heapUsed;
    const t0 = performance.now();
    const idx = buildSearchIndex({ places, articles });
    times.push(performance.now() - t0);
    heap = process.memoryUsage().heapUsed - h0;
    const t1 = performance.now();
    for (const q of ['culiacan', 'sinaloa cartel', 'juare', 'convoy tuesday', 'n']) idx.search(q, 10);
    qs.push((performance.now() - t1) / 5);
    if (r === 2) console.log(`places ${n}, sentences ${articles.length * 20}, entries ${idx.size}: build median ${med(times).toFixed(0)} ms [${times.map((t) => t.toFixed(0)).join(', ')}], search median ${med(qs).toFixed(1)} ms/query, heap +${(heap / 1e6).toFixed(0)} MB`);
  }
}
function med(a: number[]) { return [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)]; }
