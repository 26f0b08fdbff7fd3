// A fixed-size set of operation indexes, the "linearized so far" half of a memo key.

/** Bitset of operation indexes below `size`; `key()` is an exact, compact string of its contents. */
export class Bitset {
  // 16-bit words so that each word is one UTF-16 code unit of the key.
  private readonly words: Uint16Array;

  constructor(size: number) {
    this.words = new Uint16Array(Math.ceil(size / 16));
  }

  set(index: number): void {
    this.words[index >>> 4] = (this.words[index >>> 4] ?? 0) | (1 << (index & 15));
  }

  clear(index: number): void {
    this.words[index >>> 4] = (this.words[index >>> 4] ?? 0) & ~(1 << (index & 15));
  }

  key(): string {
    // Chunked: String.fromCharCode takes its code units as arguments, and arguments are bounded.
    const chunkWords = 4096;
    let key = "";
    for (let start = 0; start < this.words.length; start += chunkWords) {
      key += String.fromCharCode(...this.words.subarray(start, start + chunkWords));
    }
    return key;
  }
}
