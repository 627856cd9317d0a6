/**
 * A set of unit ids for telling a repeated id apart while a large file is read. A `Set` of 100,000 fresh strings
 * costs the reader about a twentieth of its time in this engine (each lookup misses the cache two or three times);
 * ids are short, so hashing their characters into one flat table of positions is several times cheaper.
 */
export class UnitIdSet {
  private readonly ids: string[] = [];
  // Position + 1 of each id in `ids`, by hash, open addressing; 0 is an empty slot.
  private slots = new Int32Array(1024);

  /** Adds `id`; returns false when it was already there. */
  add(id: string): boolean {
    const hash = hashOf(id);
    let mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const held = this.slots[slot]!;
      if (held === 0) {
        this.ids.push(id);
        this.slots[slot] = this.ids.length;
        // Kept at most half full, so that probes stay short.
        if (this.ids.length * 2 > this.slots.length) {
          this.grow();
          mask = this.slots.length - 1;
        }
        return true;
      }
      if (this.ids[held - 1] === id) return false;
    }
  }

  private grow(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let index = 0; index < this.ids.length; index++) {
      let slot = hashOf(this.ids[index]!) & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = index + 1;
    }
    this.slots = slots;
  }
}

/** FNV-1a over the UTF-16 code units of `text`. */
function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  return hash >>> 0;
}
