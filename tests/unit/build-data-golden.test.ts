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
import { districtLocator } from '../../geo/layers/districtLocator.ts';
import type { LayerCollection } from '../../geo/types.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const GOLDEN = join(ROOT, 'tests/fixtures/golden');

let built: ReturnType<typeof buildData>;
beforeAll(() => {
  const gazetteer = loadGazetteer(join(ROOT, 'data/gazetteer'));
  const topologies = loadAreas(join(ROOT, 'data/gazetteer'));
  const names = readdirSync(join(ROOT, 'data/corpus')).filter((n) => /\.(?:txt|md)$/.test(n)).sort();
  const files = names.map((name) => ({ path: `data/corpus/${name}`, name, bytes: readFileSync(join(ROOT, 'data/corpus', name)) }));
  built = buildData(files, gazetteer, (id) => areaGeometryIn(topologies, id), { districtAt: districtLocator(topologies) });
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
      const h2 = built.layers.territories.features.filter((f) => f.properties.group === 'H-2 Cartel');
      const ids = h2.flatMap((f) => f.properties.places ?? [f.properties.placeId]);
      expect(ids).toEqual(expect.arrayContaining(['admin1:MX.18', 'gn:3996322']));
    });
    it('"based in Nayarit and Sinaloa" is one H-2 claim drawn as the union of the two states', () => {
      const f = built.layers.territories.features.find((x) => x.properties.places?.join() === 'admin1:MX.18,admin1:MX.25');
      expect(f?.properties).toMatchObject({ group: 'H-2 Cartel', claim: 'based in', name: 'Nayarit and Sinaloa' });
      expect(f?.geometry.type).toMatch(/Polygon$/);
    });
    it('Sinaloa alone is a state polygon, claimed by the Sinaloa cartel (named after) and H-2 (expands into)', () => {
      const sinaloa = built.layers.territories.features.filter((f) => f.properties.placeId === 'admin1:MX.25');
      expect(sinaloa.map((f) => [f.properties.group, f.properties.claim]).sort()).toEqual([
        ['H-2 Cartel', 'expands into'],
        ['Sinaloa Cartel', 'named after'],
      ]);
      for (const f of sinaloa) expect(f.geometry.type).toMatch(/Polygon$/);
    });
    it('Mazatlán is the Sinaloa port city', () => {
      const m = built.layers.territories.features.find((f) => f.properties.name === 'Mazatlán');
      expect(m?.properties.placeId).toBe('gn:3996322');
    });
    it('Los Angeles International Airport is an incident', () => {
      expect(names(built.layers.incidents)).toContain('Los Angeles International Airport');
    });
    it('"prosecutors in Brooklyn", "the U.S. Attorney in Brooklyn" and "the Eastern District of New York" end on one jurisdiction', () => {
      const nyed = built.layers.jurisdictions.features.filter((f) => f.properties.id === 'jurisdiction:district:nyed');
      expect(nyed).toHaveLength(1);
      const p = nyed[0].properties;
      expect(p).toMatchObject({ name: 'Eastern District of New York', kind: 'district', court: { id: 'court:nyed' } });
      expect(p.excerpts.map((e) => e.text.slice(e.start, e.end))).toEqual(['Brooklyn', 'Brooklyn', 'Eastern District of New York']);
      expect(p.excerpts.map((e) => e.cue)).toEqual(['prosecutors in', 'U.S. Attorney in', 'Eastern District of New York']);
      // Drawn as the district's polygon with its courthouse as a point.
      expect(nyed[0].geometry.type).toBe('GeometryCollection');
      expect(names(built.layers.jurisdictions).some((n) => /Brooklyn/.test(n))).toBe(false);
    });
    it('the arrest at Los Angeles International Airport is dated October 2020 (approximate) from "in October"', () => {
      const lax = built.layers.incidents.features.find((f) => f.properties.placeId === 'airport:LAX')!.properties;
      expect(lax).toMatchObject({ kind: 'arrest', date: '2020-10', dateApprox: true });
    });
    it('"Last week, Mexico extradited to Texas …" is an extradition in Texas a week before the article', () => {
      const tx = built.layers.incidents.features.find((f) => f.properties.placeId === 'admin1:US.TX')!.properties;
      expect(tx.excerpts.find((e) => e.kind === 'extradition')).toMatchObject({ date: '2012-05-24', dateApprox: true, cue: 'extradited' });
    });
    it('every excerpt traces back to its article: the span and the cue are the article\'s own words', () => {
      const byId = new Map(built.layers.articles.map((a) => [a.id, a.text]));
      for (const c of [built.layers.incidents, built.layers.jurisdictions, built.layers.territories]) {
        for (const f of c.features) {
          for (const e of f.properties.excerpts) {
            const text = byId.get(e.articleId)!;
            expect(text.slice(e.mentionStart!, e.mentionEnd!)).toBe(e.text.slice(e.start, e.end));
            expect(e.role).toBe(f.properties.layer);
            if (e.cueStart !== undefined) expect(e.text.slice(e.cueStart, e.cueEnd).toLowerCase()).toBe(e.cue!.toLowerCase());
          }
        }
      }
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
