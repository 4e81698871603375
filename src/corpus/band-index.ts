/**
 * An LSH index of MinHash signatures in one fixed typed array: each band of a signature is hashed to
 * a row, and a row keeps the `depth` most recently added slots whose band fell in it (older ones are
 * pushed out). Keys are not stored, so rows are shared by unrelated bands: a slot it returns is a
 * candidate to compare, not a match. Its memory is `rows × depth × 4` bytes whatever it has seen.
 */
export class BandIndex {
  private readonly table: Uint32Array;
  private readonly mask: number;

  /**
   * @param bands - Bands a signature is cut into.
   * @param rowsPerBand - Signature values per band.
   * @param rowBits - log2 of the number of rows.
   * @param depth - Slots kept per row.
   */
  constructor(
    private readonly bands: number,
    private readonly rowsPerBand: number,
    rowBits: number,
    private readonly depth: number,
  ) {
    this.table = new Uint32Array((1 << rowBits) * depth);
    this.mask = (1 << rowBits) - 1;
  }

  /** Rows of the index. */
  get rows(): number {
    return this.mask + 1;
  }

  /** Puts a slot (a number below 2^32 − 1) under each band of its signature, which starts at `offset` of `values`. */
  add(values: Uint32Array, offset: number, slot: number): void {
    for (let b = 0; b < this.bands; b++) {
      const at = this.row(values, offset, b) * this.depth;
      this.table.copyWithin(at + 1, at, at + this.depth - 1);
      this.table[at] = slot + 1;
    }
  }

  /** Calls `visit` with every slot sharing a row with a band of the signature, band by band, most recent first (a slot may come more than once). */
  candidates(values: Uint32Array, offset: number, visit: (slot: number) => void): void {
    for (let b = 0; b < this.bands; b++) {
      const at = this.row(values, offset, b) * this.depth;
      for (let d = 0; d < this.depth; d++) {
        const v = this.table[at + d]!;
        if (v === 0) break;
        visit(v - 1);
      }
    }
  }

  private row(values: Uint32Array, offset: number, band: number): number {
    let h = Math.imul(band + 1, 0x9e3779b1);
    const start = offset + band * this.rowsPerBand;
    for (let r = 0; r < this.rowsPerBand; r++) {
      h = Math.imul(h ^ values[start + r]!, 0x85ebca6b);
      h ^= h >>> 13;
    }
    h = Math.imul(h, 0xc2b2ae35);
    return (h ^ (h >>> 16)) & this.mask;
  }
}
