/**
 * The reader's corrections, kept in this browser's IndexedDB (through `idb`) as the W3C Web
 * Annotations they are: one record per annotation, keyed by its `id`. Several are written in one
 * transaction (an import is all or nothing).
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { CorrectionAnnotation } from '../../../geo/annotations/model.ts';
import { codePointOrder } from '../../../geo/codePointOrder.ts';

interface CorrectionsDb extends DBSchema {
  corrections: { key: string; value: CorrectionAnnotation };
}

/** Database name; a test may open another. */
export const CORRECTIONS_DB = 'plaza-corrections';

/** Oldest first: by `created`, then `id` (the order `applyCorrections` applies them in). */
export function byCreated(a: CorrectionAnnotation, b: CorrectionAnnotation): number {
  return codePointOrder(a.created, b.created) || codePointOrder(a.id, b.id);
}

/** The store of corrections. */
export class CorrectionStore {
  #db: Promise<IDBPDatabase<CorrectionsDb>>;

  constructor(name = CORRECTIONS_DB) {
    this.#db = openDB<CorrectionsDb>(name, 1, {
      upgrade(db) {
        db.createObjectStore('corrections', { keyPath: 'id' });
      },
      // Another tab (or a test) deleting or upgrading the database is not held up by this one.
      blocking(_current, _blocked, event) {
        (event.target as IDBDatabase).close();
      },
    });
  }

  /** Every stored correction, oldest first. */
  async all(): Promise<CorrectionAnnotation[]> {
    return (await (await this.#db).getAll('corrections')).sort(byCreated);
  }

  /** Stores corrections in one transaction (one with the same id is replaced). */
  async put(items: readonly CorrectionAnnotation[]): Promise<void> {
    const tx = (await this.#db).transaction('corrections', 'readwrite');
    await Promise.all([...items.map((a) => tx.store.put(a)), tx.done]);
  }

  /** Removes one correction. */
  async remove(id: string): Promise<void> {
    await (await this.#db).delete('corrections', id);
  }
}
