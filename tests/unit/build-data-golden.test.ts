/**
 * Golden test of the data build on the seed corpus: the four outputs must match
 * `tests/fixtures/golden/` byte for byte (regenerate on purpose with `REGEN=1` and read the
 * diff), and the places the corpus README says the map must show must be there.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { areaGeometryIn } from '../../geo/gazetteer/areas.ts';
import { loadAreas, loadGazetteer } from '../../geo/gazetteer/loadGazetteer.node.ts';
import { buildData } from '../../geo/layers/buildData.ts';
import type { LayerCollection } from '../../geo/types.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const GOLDEN = join(ROOT, 'tests/fixtures/golden');

let built: ReturnType<typeof buildData>;
beforeAll(() => {
  const gazetteer = loadGazetteer(join(ROOT, 'data/gazetteer'));
  const topologies = loadAreas(join(ROOT, 'data/gazetteer'));
  const names = readdirSync(join(ROOT, 'data/corpus')).filter((n) => /\.(?:txt|md)$/.test(n)).sort();
  const files = names.map((name) => ({ path: `data/corpus/${name}`, name, bytes: readFileSync(join(ROOT, 'data/corpus', name)) }));
  built = buildData(files, gazetteer, (id) => areaGeometryIn(topologies, id));
  if (process.env.REGEN) {
    mkdirSync(GOLDEN, { recursive: true });
    for (const [file, text] of built.outputs) writeFileSync(join(GOLDEN, file), text);
  }
}, 120_000);

const names = (c: LayerCollection) => c.features.map((f) => f.properties.name);
const surfaces = (c: LayerCollection) => c.features.flatMap((f) => f.properties.excerpts.map((e) => e.text.slice(e.start, e.end)));

describe('build:data on the seed corpus', () => {
  it('every article ingests', () => {
    expect(built.reports.filter((r) => !r.ok)).toEqual([]);
    expect(built.layers.articles).toHaveLength(5);
  });

  it.each(['incidents.geojson', 'jurisdictions.geojson', 'territories.geojson', 'articles.json'])('%s matches the golden file', (file) => {
    const text = built.outputs.find(([f]) => f === file)![1];
    expect(text).toBe(readFileSync(join(GOLDEN, file), 'utf8'));
  });

  describe('must-haves', () => {
    it('Sinaloa is claimed by the Sinaloa cartel and the H-2 cartel', () => {
      const sinaloa = built.layers.territories.features.filter((f) => f.properties.name === 'Sinaloa').map((f) => f.properties.group);
      expect(sinaloa).toEqual(expect.arrayContaining(['Sinaloa Cartel', 'H-2 Cartel']));
    });
    it('Nayarit and Mazatlán are H-2 territory', () => {
      const h2 = built.layers.territories.features.filter((f) => f.properties.group === 'H-2 Cartel').map((f) => f.properties.name);
      expect(h2).toEqual(expect.arrayContaining(['Nayarit', 'Mazatlán']));
    });
    it('Juárez is a territory (the Juárez cartel) or an incident, in Ciudad Juárez, Chihuahua', () => {
      const juarez = [...built.layers.territories.features, ...built.layers.incidents.features].filter((f) => /Ju[aá]rez/.test(f.properties.name));
      expect(juarez.length).toBeGreaterThan(0);
      // GeoNames 4013708 is Ciudad Juárez on the border, not one of Mexico's many other Juárez towns.
      for (const f of juarez) expect(f.properties.placeId).toBe('gn:4013708');
    });
    it('Sinaloa and Nayarit are the states, drawn as polygons', () => {
      const states = built.layers.territories.features.filter((f) => ['Sinaloa', 'Nayarit'].includes(f.properties.name));
      expect(new Set(states.map((f) => f.properties.placeId))).toEqual(new Set(['admin1:MX.25', 'admin1:MX.18']));
      for (const f of states) expect(f.geometry.type).toMatch(/Polygon$/);
    });
    it('Mazatlán is the Sinaloa port city', () => {
      const m = built.layers.territories.features.find((f) => f.properties.name === 'Mazatlán');
      expect(m?.properties.placeId).toBe('gn:3996322');
    });
    it('Los Angeles International Airport is an incident', () => {
      expect(names(built.layers.incidents)).toContain('Los Angeles International Airport');
    });
    it('the Eastern District of New York and Brooklyn are jurisdictions', () => {
      const j = names(built.layers.jurisdictions);
      expect(j).toContain('Eastern District of New York');
      expect(j.some((n) => /Brooklyn/.test(n))).toBe(true);
    });
    it('"Houston Chronicle" and "University of Miami" are not incidents', () => {
      const s = built.layers.incidents.features.flatMap((f) =>
        f.properties.excerpts.map((e) => e.text.slice(Math.max(0, e.start - 14), e.end + 10)),
      );
      expect(s.join('\n')).not.toMatch(/Houston Chronicle|University of Miami/);
      expect(surfaces(built.layers.incidents)).not.toContain('Houston');
    });
    it('nothing from page furniture reaches the map', () => {
      const all = [built.layers.incidents, built.layers.jurisdictions, built.layers.territories].flatMap((c) => c.features);
      const excerpts = all.flatMap((f) => f.properties.excerpts.map((e) => e.text));
      expect(excerpts.join('\n')).not.toMatch(/washington dc|Stratfor Sources: U\.S\. Troops|Mexico News and Profiles|Soldiers at a Mexico City ceremony/);
    });
  });
});
