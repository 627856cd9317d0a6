// The tallest number kept as a bit: 10 million units, 1.25 MB of bits at most. Longer numbers go to the set.
const MAX_DIGITS = 7;

/**
 * The unit ids a reader has given out, so that every model unit gets its own. Most files number their units ("u1",
 * "tu42", "17"): ids of that shape, under the first such id's prefix, are kept as one bit per number, which costs
 * no hashing of strings (a Set of 100,000 fresh ids took about 50 ms of a 0.6 s read). Any other id goes to a Set.
 */
export class UniqueIds {
  private prefix: string | undefined;
  private bits = new Int32Array(1024);
  private readonly others = new Set<string>();

  /** Takes `id` and returns true, or returns false when it was taken before. */
  add(id: string): boolean {
    const number = this.numberOf(id);
    if (number < 0) {
      if (this.others.has(id)) return false;
      this.others.add(id);
      return true;
    }
    const word = number >>> 5;
    if (word >= this.bits.length) this.grow(word);
    const bit = 1 << (number & 31);
    if ((this.bits[word]! & bit) !== 0) return false;
    this.bits[word]! |= bit;
    return true;
  }

  /**
   * The number that ends `id` when the rest is the numbered prefix (set by the first numbered id) and the number
   * is written the one way ("7", not "07": those are different ids); -1 for any other id.
   */
  private numberOf(id: string): number {
    let start = id.length;
    while (start > 0) {
      const code = id.charCodeAt(start - 1);
      if (code < 48 || code > 57) break;
      start--;
    }
    const digits = id.length - start;
    if (digits === 0 || digits > MAX_DIGITS || (digits > 1 && id.charCodeAt(start) === 48)) return -1;
    this.prefix ??= id.slice(0, start);
    const prefix = this.prefix;
    if (start !== prefix.length) return -1;
    for (let index = 0; index < start; index++) {
      if (id.charCodeAt(index) !== prefix.charCodeAt(index)) return -1;
    }
    let number = 0;
    for (let index = start; index < id.length; index++) number = number * 10 + id.charCodeAt(index) - 48;
    return number;
  }

  /** Makes room for bit word `word`, doubling. */
  private grow(word: number): void {
    let length = this.bits.length;
    while (length <= word) length *= 2;
    const bits = new Int32Array(length);
    bits.set(this.bits);
    this.bits = bits;
  }
}
