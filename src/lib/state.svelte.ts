/**
 * The one app state: data, layer visibility, selection, hover, reader and announcements.
 * Components read it through context (`getApp()`); the map view talks to MapLibre from it.
 */
import { getContext, setContext } from 'svelte';
import type { ArticleRecord, LayerCollection, LayerFeature, LayerProperties, MarkedPlace } from '../../geo/types.ts';
import { factsOf, type FeatureFacts } from './explore/facts.ts';
import { compileFilter, isFiltered, NO_FILTER, type ViewFilter } from './explore/filter.ts';
import { slimCollection } from './explore/slim.ts';
import type { TimeItem } from './explore/histogram.ts';
import type { SearchIndex } from './explore/searchIndex.ts';
import type { Camera } from './permalink.ts';
import type { Layers } from '../../geo/layers/buildLayers.ts';
import type { AppData } from './data.ts';
import { mergeLayers } from './ingest/mergeLayers.ts';
import { LAYER_KEYS, LAYER_LABEL, LAYER_NOUN, refKey, type FeatureRef, type LayerKey } from './layers.ts';

const EMPTY: LayerCollection = { type: 'FeatureCollection', features: [] };

/** A request for the map to move to a feature; `seq` makes repeated requests distinct. */
export interface FlyRequest {
  feature: LayerFeature;
  seq: number;
}

/** A mention waiting for the reader to click its new point on the map ("Move"). */
export interface MoveRequest {
  articleId: string;
  start: number;
  end: number;
  name: string;
}

export class AppState {
  layers = $state.raw<Record<LayerKey, LayerCollection>>({ incident: EMPTY, jurisdiction: EMPTY, territory: EMPTY });
  articles = $state.raw<ArticleRecord[]>([]);
  visible = $state<Record<LayerKey, boolean>>({ incident: true, jurisdiction: true, territory: true });
  selected = $state.raw<FeatureRef | null>(null);
  /** Bumped on every selection, even of the same place, so the panel takes focus again. */
  selectSeq = $state(0);
  /** Whether the latest selection moves focus into the panel (not when stepping on the map). */
  focusPanel = true;
  hovered = $state.raw<FeatureRef | null>(null);
  /** Other features under the clicked spot (overlapping claims), offered in the panel. */
  alsoHere = $state.raw<FeatureRef[]>([]);
  /** Id of the article open in the reader, or null. */
  readerId = $state<string | null>(null);
  /** The explorer's filter: every view obeys it. */
  view = $state.raw<ViewFilter>(NO_FILTER);
  /** What the aria-live region says. */
  announcement = $state('');
  fly = $state.raw<FlyRequest | null>(null);
  /** The map's centre and zoom after its last move (null until it has moved); the URL keeps it. */
  camera = $state.raw<Camera | null>(null);
  /** Where a shared link asks the map to open (read once by the map). */
  initialCamera: Camera | null = null;
  /** A "Move" in progress: the next map click sets the mention's point. */
  moving = $state.raw<MoveRequest | null>(null);
  /** The map's centre, once the map is up (the keyboard way to finish a "Move"). */
  mapCenter: (() => { lon: number; lat: number }) | null = null;
  /** The map's canvas, once the map is up (the PNG export reads it). */
  mapCanvas: (() => HTMLCanvasElement) | null = null;
  /** Element to give focus back to when the panel closes. */
  panelReturn: HTMLElement | null = null;
  /** Element to give focus back to when the reader closes. */
  readerReturn: HTMLElement | null = null;

  /** All features by `<layer>:<id>`. */
  index = $derived(
    new Map(LAYER_KEYS.flatMap((k) => this.layers[k].features.map((f) => [refKey({ layer: k, id: f.properties.id }), f] as const))),
  );
  articleById = $derived(new Map(this.articles.map((a) => [a.id, a])));
  selectedFeature = $derived(this.selected ? (this.index.get(refKey(this.selected)) ?? null) : null);
  reader = $derived(this.readerId ? (this.articleById.get(this.readerId) ?? null) : null);
  /** Each layer's features sorted by name (then id), once per data set: the list's order. */
  sorted = $derived.by(() => {
    const collator = new Intl.Collator(undefined, { sensitivity: 'base' });
    return Object.fromEntries(
      LAYER_KEYS.map((k) => [
        k,
        [...this.layers[k].features].sort((a, b) => collator.compare(a.properties.name, b.properties.name) || (a.properties.id < b.properties.id ? -1 : a.properties.id > b.properties.id ? 1 : 0)),
      ]),
    ) as Record<LayerKey, LayerFeature[]>;
  });
  /** What the filters ask of each feature, by `<layer>:<id>`. */
  facts = $derived(new Map(factsOf(LAYER_KEYS.flatMap((k) => this.layers[k].features), this.articleById).map((f) => [f.key, f] as const)));
  /** Keys of the features that match the filter (null: no filter is set, all match). */
  matching = $derived.by((): Set<string> | null => {
    if (!isFiltered(this.view)) return null;
    const test = compileFilter(this.view);
    const keys = new Set<string>();
    for (const f of this.facts.values()) if (test(f)) keys.add(f.key);
    return keys;
  });
  /**
   * The timeline's items: the date spans of the incidents that match every filter but the time
   * range (so brushing a range never empties the chart it is drawn on).
   */
  timeItems = $derived.by((): TimeItem[] => {
    if (!this.visible.incident) return [];
    const v = this.view;
    const test = isFiltered({ ...v, from: null, to: null }) ? compileFilter({ ...v, from: null, to: null }) : null;
    const items: TimeItem[] = [];
    for (const f of this.facts.values()) {
      if (f.layer !== 'incident' || (test && !test(f))) continue;
      for (const [d0, d1] of f.spans) items.push({ d0, d1 });
    }
    return items;
  });
  /** The search index over places, actors and sentences (built at idle after the map is up; null until then). */
  searchIndex = $state.raw<SearchIndex | null>(null);
  /** Places per visible layer that match the filter, sorted by name: the list's content. */
  groups = $derived(
    LAYER_KEYS.filter((k) => this.visible[k]).map((k) => {
      const m = this.matching;
      const feats = this.sorted[k];
      const items: LayerProperties[] = [];
      for (const f of feats) if (!m || m.has(refKey({ layer: k, id: f.properties.id }))) items.push(f.properties);
      return { layer: k, items };
    }),
  );
  /** The map's sources: each layer's matching features without their excerpts (those stay here, by id). */
  slim = $derived(Object.fromEntries(LAYER_KEYS.map((k) => [k, slimCollection(this.layers[k])])) as Record<LayerKey, LayerCollection>);
  shown = $derived.by(() => {
    const m = this.matching;
    if (!m) return this.slim;
    return Object.fromEntries(
      LAYER_KEYS.map((k) => [k, { type: 'FeatureCollection', features: this.slim[k].features.filter((f) => m.has(refKey({ layer: k, id: f.properties.id }))) }]),
    ) as Record<LayerKey, LayerCollection>;
  });
  /** Features per layer (all of them). */
  totals = $derived(Object.fromEntries(LAYER_KEYS.map((k) => [k, this.layers[k].features.length])) as Record<LayerKey, number>);
  /** Features per layer that match the filter. */
  counts = $derived(Object.fromEntries(LAYER_KEYS.map((k) => [k, this.shown[k].features.length])) as Record<LayerKey, number>);

  /** Whether a feature matches the filter and its layer is shown. */
  isShown(ref: FeatureRef): boolean {
    return this.visible[ref.layer] && (!this.matching || this.matching.has(refKey(ref)));
  }

  /** Changes part of the filter. */
  setView(patch: Partial<ViewFilter>) {
    this.view = { ...this.view, ...patch };
  }

  /** The feature with this `properties.id` in whichever layer has it (search results carry ids only). */
  refOfId(id: string): FeatureRef | null {
    for (const k of LAYER_KEYS) if (this.index.has(refKey({ layer: k, id }))) return { layer: k, id };
    return null;
  }

  /** The shown features in full (with their excerpts), per visible layer: what the exports write. */
  visibleFeatures(): LayerFeature[] {
    const out: LayerFeature[] = [];
    for (const k of LAYER_KEYS) {
      if (!this.visible[k]) continue;
      for (const f of this.shown[k].features) {
        const full = this.index.get(refKey({ layer: k, id: f.properties.id }));
        if (full) out.push(full);
      }
    }
    return out;
  }

  /** The facts of a feature. */
  factsOf(ref: FeatureRef): FeatureFacts | undefined {
    return this.facts.get(refKey(ref));
  }

  /** The shipped data, before the reader's own articles join it. */
  #base: AppData | null = null;
  /** The shipped articles' layers rebuilt with the reader's corrections (null: none apply). */
  #shipped: AppData | null = null;
  #user: Layers | null = null;

  /** Loads data into the state and announces what is shown. */
  setData(data: AppData) {
    this.#base = data;
    this.#apply();
    this.announce(this.summary());
  }

  /** The shipped articles as loaded (ids and texts), before any correction. */
  get shippedArticles(): readonly ArticleRecord[] {
    return this.#base?.articles ?? [];
  }

  /** The layers built from the reader's own articles (null: none), joined to the shipped ones. */
  setUserLayers(user: Layers | null) {
    this.#user = user;
    this.#reapply();
  }

  /** The shipped articles' layers with the reader's corrections applied (null: as shipped). */
  setShippedLayers(layers: Layers | null) {
    this.#shipped = layers && { layers: { incident: layers.incidents, jurisdiction: layers.jurisdictions, territory: layers.territories }, articles: layers.articles };
    this.#reapply();
  }

  #reapply() {
    if (!this.#base) return;
    this.#apply();
    if (this.selected && !this.index.has(refKey(this.selected))) this.selected = null;
    if (this.readerId && !this.articleById.has(this.readerId)) this.readerId = null;
  }

  /** The feature of `layer` that has the mention at `start` in the article as an excerpt, if any. */
  featureOfMention(articleId: string, start: number, layer?: LayerKey): FeatureRef | null {
    for (const k of layer ? [layer] : LAYER_KEYS) {
      for (const f of this.layers[k].features) {
        if (f.properties.excerpts.some((e) => e.articleId === articleId && e.mentionStart === start)) return { layer: k, id: f.properties.id };
      }
    }
    return null;
  }

  #apply() {
    const data = mergeLayers(this.#shipped ?? this.#base!, this.#user);
    this.layers = data.layers;
    this.articles = data.articles;
  }

  /** "5 incidents, 3 jurisdictions and 2 territory claims from 4 articles." */
  summary(): string {
    const parts = LAYER_KEYS.filter((k) => this.visible[k]).map((k) =>
      this.counts[k] === 1 ? `1 ${LAYER_NOUN[k]}` : `${this.counts[k]} ${LAYER_LABEL[k].toLowerCase()}`,
    );
    const shown = parts.length ? parts.join(', ') : 'no layers';
    return `Showing ${shown} from ${this.articles.length} article${this.articles.length === 1 ? '' : 's'}.`;
  }

  announce(text: string) {
    // Re-announce identical text: clear first so screen readers notice the change.
    this.announcement = '';
    queueMicrotask(() => (this.announcement = text));
  }

  setVisible(layer: LayerKey, on: boolean) {
    this.visible[layer] = on;
    if (!on && this.selected?.layer === layer) this.selected = null;
    this.announce(`${LAYER_LABEL[layer]} ${on ? 'shown' : 'hidden'}. ${this.summary()}`);
  }

  /** Selects a feature, optionally flying there; `from` gets focus back when the panel closes. */
  select(
    ref: FeatureRef,
    opts: { fly?: boolean; from?: HTMLElement | null; focusPanel?: boolean; alsoHere?: FeatureRef[] } = {},
  ) {
    const f = this.index.get(refKey(ref));
    if (!f) return;
    if (!this.visible[ref.layer]) this.visible[ref.layer] = true;
    this.selected = ref;
    if (opts.alsoHere) this.alsoHere = opts.alsoHere;
    else if (!this.alsoHere.some((r) => r.layer === ref.layer && r.id === ref.id)) this.alsoHere = [];
    this.focusPanel = opts.focusPanel ?? true;
    this.selectSeq++;
    if (opts.from !== undefined) this.panelReturn = opts.from;
    if (opts.fly) this.fly = { feature: f, seq: (this.fly?.seq ?? 0) + 1 };
    const n = f.properties.excerpts.length;
    const group = f.properties.group ? `, ${f.properties.group}${f.properties.claim ? ` ${f.properties.claim}` : ''}` : '';
    this.announce(`Selected ${f.properties.name} (${LAYER_NOUN[ref.layer]}${group}), ${n} excerpt${n === 1 ? '' : 's'}.`);
  }

  /** Selects the next (`+1`) or previous (`-1`) listed place and flies there (map keyboard use). */
  step(dir: 1 | -1, from: HTMLElement | null) {
    const refs = this.groups.flatMap((g) => g.items.map((p) => ({ layer: g.layer, id: p.id })));
    if (refs.length === 0) return;
    const at = this.selected ? refs.findIndex((r) => r.layer === this.selected!.layer && r.id === this.selected!.id) : -1;
    const next = at < 0 ? (dir > 0 ? 0 : refs.length - 1) : (at + dir + refs.length) % refs.length;
    this.select(refs[next], { fly: true, from, focusPanel: false });
  }

  /** Closes the excerpt panel and returns focus to where it was opened from. */
  closePanel() {
    if (!this.selected) return;
    this.selected = null;
    this.alsoHere = [];
    this.announce('Panel closed.');
    const back = this.panelReturn;
    this.panelReturn = null;
    if (back?.isConnected) back.focus();
  }

  /** A stretch of the open article to show (a search result's sentence), or null. */
  readerFocus = $state.raw<{ start: number; end: number } | null>(null);

  /** Opens an article in the reader, at `at` (a sentence) when given. */
  openReader(articleId: string, from: HTMLElement | null, at: { start: number; end: number } | null = null) {
    this.readerReturn = from;
    this.readerId = articleId;
    this.readerFocus = at;
  }

  closeReader() {
    if (!this.readerId) return;
    this.readerId = null;
    this.readerFocus = null;
    const back = this.readerReturn;
    this.readerReturn = null;
    if (back?.isConnected) queueMicrotask(() => back.focus());
  }

  /** The features a marked place in the reader feeds, resolved against the loaded layers. */
  featuresOf(place: MarkedPlace): FeatureRef[] {
    const refs: FeatureRef[] = [];
    for (const key of place.features) {
      const direct = this.index.get(key);
      if (direct) {
        refs.push({ layer: direct.properties.layer, id: direct.properties.id });
        continue;
      }
      // Also accept a bare `properties.id`.
      for (const k of LAYER_KEYS) if (this.index.has(refKey({ layer: k, id: key }))) refs.push({ layer: k, id: key });
    }
    return refs;
  }

  /**
   * Reader → map: flies there and selects the place's first shown feature; the reader stays
   * open beside the map (on a phone, where it covers the map, it closes).
   */
  selectFromReader(place: MarkedPlace, from: HTMLElement | null = null) {
    const refs = this.featuresOf(place);
    const ref = refs.find((r) => this.isShown(r)) ?? refs[0];
    if (!ref) return;
    if (matchMedia('(max-width: 760px)').matches) {
      this.readerId = null;
      this.readerReturn = null;
    }
    this.select(ref, { fly: true, from, focusPanel: false });
  }
}

const KEY = Symbol('app-state');

/** Creates the app state and shares it with descendants. */
export function provideApp(): AppState {
  return setContext(KEY, new AppState());
}

/** The app state shared by `provideApp`. */
export function getApp(): AppState {
  return getContext<AppState>(KEY);
}
