// Key material enters the pure core only through this seam: the OS CSPRNG in a manager, a
// seeded source in tests and simulation. src/fsm never generates randomness itself.

export interface EntropySource {
  /** randomBytes returns `byteCount` fresh random bytes. */
  randomBytes(byteCount: number): Uint8Array;
}
