// The sealed-record envelope (proto/disk.proto Envelope): XChaCha20-Poly1305 with a fresh
// random nonce per record and associated data binding the record to its place, so a record
// cannot be swapped, replayed at another index or moved to another store.
import { assert } from "../assert.js";
import type { DecodedU64 } from "../protobuf-u64.js";
import { exactU64 } from "../protobuf-u64.js";
import { keel } from "../gen/disk.js";
import { CryptoError } from "./errors.js";
import type { NoncePool } from "./entropy.js";
import type { SecretKey } from "./keys.js";
import { fromHex, keyIdBytes, toHex } from "./keys.js";
import { lib, rawLib } from "./sodium.js";

const pb = keel.disk;

export const Algorithm = {
  None: pb.Algorithm.ALGORITHM_NONE,
  XChaCha20Poly1305: pb.Algorithm.ALGORITHM_XCHACHA20_POLY1305,
} as const;
export type Algorithm = (typeof Algorithm)[keyof typeof Algorithm];

export const RecordKind = {
  StoreMeta: pb.RecordKind.RECORD_KIND_STORE_META,
  HardState: pb.RecordKind.RECORD_KIND_HARD_STATE,
  Entry: pb.RecordKind.RECORD_KIND_ENTRY,
  SnapshotMeta: pb.RecordKind.RECORD_KIND_SNAPSHOT_META,
  SnapshotChunk: pb.RecordKind.RECORD_KIND_SNAPSHOT_CHUNK,
  KeyFile: pb.RecordKind.RECORD_KIND_KEY_FILE,
} as const;
export type RecordKind = (typeof RecordKind)[keyof typeof RecordKind];
const recordKindMax = 6;

/** RecordPlace says where a record belongs; it is authenticated, so it cannot be changed. */
export interface RecordPlace {
  readonly kind: RecordKind;
  readonly index: number;
  readonly term: number;
  readonly chunk: number;
  /** The store id for WAL records; a fixed label for the key file. At most 255 bytes. */
  readonly context: Uint8Array;
}

/** Envelope is a parsed, not yet opened, sealed record. */
export interface Envelope {
  readonly algorithm: Algorithm;
  /** Hex key id; "" under Algorithm.None. */
  readonly keyId: string;
  readonly nonce: Uint8Array;
  readonly ciphertext: Uint8Array;
  readonly place: RecordPlace;
}

export const nonceBytes = 24;
export const tagBytes = 16;
const adMagic = new TextEncoder().encode("keel/record/v1");

// One scratch buffer for associated data: libsodium copies it in before returning, and
// seal/open are synchronous, so reuse is safe and saves an allocation per record.
const adScratch = new Uint8Array(adMagic.length + 1 + 1 + 8 + 8 + 4 + keyIdBytes + 1 + 255);
const adView = new DataView(adScratch.buffer);
adScratch.set(adMagic, 0);

/**
 * associatedData lays the place and key id out at fixed offsets (not as protobuf, whose
 * encoding need not be canonical): magic, algorithm, kind, index, term, chunk, key id,
 * context length, context. The result is valid until the next call.
 */
function associatedData(algorithm: Algorithm, keyId: Uint8Array, place: RecordPlace): Uint8Array {
  assert(place.context.length <= 255, "record context longer than 255 bytes");
  let at = adMagic.length;
  adScratch[at++] = algorithm;
  adScratch[at++] = place.kind;
  // 64-bit big-endian as two words: indexes are safe integers, and BigInt costs ~1 µs here.
  adView.setUint32(at, Math.floor(place.index / 0x1_0000_0000));
  adView.setUint32(at + 4, place.index >>> 0);
  at += 8;
  adView.setUint32(at, Math.floor(place.term / 0x1_0000_0000));
  adView.setUint32(at + 4, place.term >>> 0);
  at += 8;
  adView.setUint32(at, place.chunk);
  at += 4;
  adScratch.set(keyId.subarray(0, keyIdBytes), at);
  at += keyIdBytes;
  adScratch[at++] = place.context.length;
  adScratch.set(place.context, at);
  return adScratch.subarray(0, at + place.context.length);
}

/**
 * seal encrypts `plaintext` for `place` under `key` with a nonce from `nonces`, and returns
 * the encoded envelope. A null key stores the plaintext unencrypted (Algorithm.None): only
 * the benchmark's plaintext baseline does that.
 */
export function seal(
  key: SecretKey | null,
  place: RecordPlace,
  plaintext: Uint8Array,
  nonces: NoncePool,
): Uint8Array {
  if (key === null) {
    return pb.Envelope.encode({ algorithm: Algorithm.None, ciphertext: plaintext, place }).finish();
  }
  const keyId = key.idBytes;
  const nonce = nonces.next();
  const ad = associatedData(Algorithm.XChaCha20Poly1305, keyId, place);
  const ciphertext = encryptInArena(plaintext, ad, nonce, key.bytes);
  // Encoding copies the ciphertext out of WASM memory; the view is not used after this.
  return pb.Envelope.encode({
    algorithm: Algorithm.XChaCha20Poly1305,
    keyId,
    nonce,
    ciphertext,
    place,
  }).finish();
}

const keyBytes = 32;
const adCapacity = adScratch.length;
/** WASM memory the sealer reuses: key, nonce, associated data, then message and ciphertext. */
const arena = { base: 0, capacity: 0 };

/**
 * encryptInArena is crypto_aead_xchacha20poly1305_ietf_encrypt on buffers kept in libsodium's
 * WASM memory, grown as needed and never freed: one copy in per argument and no allocation,
 * where the wrapper allocates, copies and frees each one (about 1.1 µs of 2.25 per 256 B
 * record). The key and the plaintext are wiped from WASM memory before returning. The result is a view into WASM memory, valid until the next call.
 */
function encryptInArena(message: Uint8Array, ad: Uint8Array, nonce: Uint8Array, key: Uint8Array): Uint8Array {
  assert(
    key.length === keyBytes && nonce.length === nonceBytes && ad.length <= adCapacity,
    "seal argument sizes",
  );
  const raw = rawLib();
  const needed = keyBytes + nonceBytes + adCapacity + 2 * message.length + tagBytes;
  if (needed > arena.capacity) {
    const capacity = Math.max(needed, 2 * arena.capacity, 4096);
    const base = raw._malloc(capacity);
    assert(base !== 0, "libsodium out of memory");
    if (arena.base !== 0) {
      raw.HEAPU8.fill(0, arena.base, arena.base + arena.capacity);
      raw._free(arena.base);
    }
    arena.base = base;
    arena.capacity = capacity;
  }
  const k = arena.base;
  const npub = k + keyBytes;
  const a = npub + nonceBytes;
  const m = a + adCapacity;
  const c = m + message.length;
  assert(c + message.length + tagBytes <= arena.base + arena.capacity, "seal arena overflow");
  // Read after any allocation: growing WASM memory replaces the heap view.
  const heap = raw.HEAPU8;
  heap.set(key, k);
  heap.set(nonce, npub);
  heap.set(ad, a);
  heap.set(message, m);
  const rc = raw._crypto_aead_xchacha20poly1305_ietf_encrypt(
    c,
    0,
    m,
    message.length,
    0,
    a,
    ad.length,
    0,
    0,
    npub,
    k,
  );
  // Neither the key nor the plaintext stays behind in WASM memory.
  heap.fill(0, k, k + keyBytes);
  heap.fill(0, m, m + message.length);
  assert(rc === 0, "crypto_aead_xchacha20poly1305_ietf_encrypt failed");
  return heap.subarray(c, c + message.length + tagBytes);
}

/** parseEnvelope decodes an envelope's header without decrypting; bad bytes are MALFORMED. */
export function parseEnvelope(bytes: Uint8Array, what: string): Envelope {
  let e: keel.disk.Envelope;
  try {
    e = pb.Envelope.decode(bytes);
  } catch (cause) {
    throw new CryptoError({ code: "MALFORMED", what, reason: String(cause) }, { cause });
  }
  const malformed = (reason: string) => new CryptoError({ code: "MALFORMED", what, reason });
  if (e.algorithm !== Algorithm.None && e.algorithm !== Algorithm.XChaCha20Poly1305) {
    throw new CryptoError({ code: "ALGORITHM_REJECTED", what, algorithm: e.algorithm });
  }
  const p = e.place;
  if (p === null || p === undefined) throw malformed("no place");
  const kind = p.kind ?? 0;
  if (kind < 1 || kind > recordKindMax) throw malformed(`unknown record kind ${kind}`);
  const index = u64(p.index ?? 0, what);
  const term = u64(p.term ?? 0, what);
  const context = p.context ?? new Uint8Array(0);
  if (context.length > 255) throw malformed("context longer than 255 bytes");
  if (e.algorithm === Algorithm.XChaCha20Poly1305) {
    if (e.keyId.length !== keyIdBytes) throw malformed(`key id is ${e.keyId.length} bytes`);
    if (e.nonce.length !== nonceBytes) throw malformed(`nonce is ${e.nonce.length} bytes`);
    if (e.ciphertext.length < tagBytes) throw malformed("ciphertext shorter than its tag");
  }
  return {
    algorithm: e.algorithm as Algorithm,
    keyId: e.algorithm === Algorithm.None ? "" : toHex(e.keyId),
    nonce: plainView(e.nonce),
    ciphertext: plainView(e.ciphertext),
    place: { kind: kind as RecordKind, index, term, chunk: p.chunk ?? 0, context: plainView(context) },
  };
}

/**
 * open authenticates and decrypts a parsed envelope. `key` must be the key the envelope
 * names (the caller picks it by keyId; a mismatch is KEY_UNKNOWN); null accepts only an
 * unencrypted envelope. A failed tag is AUTH_FAILED: wrong bytes under the right key.
 */
export function open(envelope: Envelope, key: SecretKey | null, what: string): Uint8Array {
  if (key === null) {
    if (envelope.algorithm !== Algorithm.None) {
      throw new CryptoError({ code: "KEY_UNKNOWN", what, keyId: envelope.keyId });
    }
    return envelope.ciphertext;
  }
  if (envelope.algorithm !== Algorithm.XChaCha20Poly1305) {
    // An unencrypted record inside an encrypted store would let anyone forge records.
    throw new CryptoError({ code: "ALGORITHM_REJECTED", what, algorithm: envelope.algorithm });
  }
  if (envelope.keyId !== key.id) throw new CryptoError({ code: "KEY_UNKNOWN", what, keyId: envelope.keyId });
  const ad = associatedData(envelope.algorithm, fromHex(envelope.keyId), envelope.place);
  try {
    return lib().crypto_aead_xchacha20poly1305_ietf_decrypt(
      null,
      envelope.ciphertext,
      ad,
      envelope.nonce,
      key.bytes,
    );
  } catch (cause) {
    throw new CryptoError({ code: "AUTH_FAILED", what, keyId: envelope.keyId }, { cause });
  }
}

/** plainView re-types a protobufjs Buffer as a plain Uint8Array over the same bytes. */
export function plainView(bytes: Uint8Array): Uint8Array {
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/**
 * u64 reads a protobufjs uint64 field as a number. NB: the generated code's default for an
 * absent uint64 field is a Long object even with --force-number, so zero comes back as a
 * Long; values beyond 2^53 are MALFORMED rather than silently rounded.
 */
export function u64(value: DecodedU64, what: string): number {
  const n = exactU64(value);
  if (n === undefined) {
    throw new CryptoError({ code: "MALFORMED", what, reason: `integer ${String(value)} out of range` });
  }
  return n;
}
