/**
 * A cache with a hard limit on its entries and on their approximate size, least recently used
 * first out. Every cache kept between requests (the dashboard figures per revision and date,
 * verified tokens) is one of these, so that no sequence of requests can make an instance hold
 * more than the limits say.
 */
export interface BoundedCache<V> {
  get(key: string): V | undefined;
  has(key: string): boolean;
  /** Keeps `value` unless it alone is over the byte limit; evicts the least recently used to make room. */
  set(key: string, value: V): void;
  delete(key: string): void;
  readonly size: number;
  /** The approximate bytes held, as `sizeOf` measures them. */
  readonly bytes: number;
}

export interface BoundedCacheOptions<V> {
  maxEntries: number;
  /** The most bytes held, as `sizeOf` measures them (with the key's length). */
  maxBytes: number;
  /** An entry's approximate size in bytes, e.g. the length of its JSON. */
  sizeOf(value: V): number;
}

/** A value's approximate size: the length of its JSON (a string's characters, two bytes each in memory, are counted once). */
export const jsonLength = (value: unknown): number => JSON.stringify(value)?.length ?? 0;

export function createBoundedCache<V>({ maxEntries, maxBytes, sizeOf }: BoundedCacheOptions<V>): BoundedCache<V> {
  const entries = new Map<string, { value: V; bytes: number }>();
  let bytes = 0;

  const remove = (key: string) => {
    const entry = entries.get(key);
    if (!entry) return;
    entries.delete(key);
    bytes -= entry.bytes;
  };

  return {
    get(key) {
      const entry = entries.get(key);
      if (!entry) return undefined;
      // Most recently used last: Map keeps insertion order.
      entries.delete(key);
      entries.set(key, entry);
      return entry.value;
    },
    has: (key) => entries.has(key),
    set(key, value) {
      remove(key);
      const size = sizeOf(value) + key.length;
      if (size > maxBytes || maxEntries < 1) return;
      while (entries.size >= maxEntries || bytes + size > maxBytes) {
        const oldest = entries.keys().next();
        if (oldest.done) break;
        remove(oldest.value);
      }
      entries.set(key, { value, bytes: size });
      bytes += size;
    },
    delete: remove,
    get size() {
      return entries.size;
    },
    get bytes() {
      return bytes;
    },
  };
}
