/**
 * Rows written into one growing buffer of bytes, handed over whole (a generator thread moves the buffer
 * to the loading thread): what COPY's text and binary writers share.
 */
export abstract class ByteWriter<Same extends ByteWriter<Same>> {
  protected buf: Buffer;
  protected pos = 0;
  /** Rows written so far. */
  rows = 0;

  /** An empty writer with room for `capacity` bytes before it grows. */
  constructor(capacity: number) {
    // Its own memory (not the shared pool: the whole buffer is handed over), not zeroed.
    this.buf = Buffer.allocUnsafeSlow(capacity);
  }

  /** Rows written (the name of an array's count, so the generators push rows here as into an array). */
  get length(): number {
    return this.rows;
  }

  /** Appends the rows of another writer of the same kind (and, for binary rows, the same types). */
  append(other: Same): void {
    const bytes = other.bytes();
    this.room(bytes.length);
    this.buf.set(bytes, this.pos);
    this.pos += bytes.length;
    this.rows += other.rows;
  }

  /** The bytes written so far (a view: they stay valid until the next write). */
  bytes(): Uint8Array {
    return this.buf.subarray(0, this.pos);
  }

  /** Makes room for `n` more bytes (the check stays small enough to inline; growing is apart). */
  protected room(n: number): void {
    if (this.pos + n > this.buf.length) this.grow(n);
  }

  /** Doubles the buffer as often as needed for `n` more bytes. */
  private grow(n: number): void {
    let size = this.buf.length * 2;
    while (size < this.pos + n) size *= 2;
    const grown = Buffer.allocUnsafeSlow(size);
    grown.set(this.buf.subarray(0, this.pos));
    this.buf = grown;
  }
}
