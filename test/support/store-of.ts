/** The code lists' queries on the file a Medcodes reads: one connection per Medcodes, for tests that look at tables. */
import { type Medcodes, openStore } from '../../src/app/medcodes.js';
import type { ReadStore } from '../../src/features/codes/index.js';

const stores = new WeakMap<Medcodes, ReadStore>();

export function storeOf(medcodes: Medcodes): ReadStore {
  let store = stores.get(medcodes);
  if (!store) {
    store = openStore(medcodes.dbPath);
    stores.set(medcodes, store);
  }
  return store;
}
