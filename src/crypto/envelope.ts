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
import { keyIdBytes, toHex } from "./keys.js";
import { arenaBase } from "./arena.js";
import { rawLib } from "./sodium.js";
import { nativeAeadBytesMin, nativeOpen, nativeSealInto } from "./native-aead.js";

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
const keyBytes = 32;
const adMagic = new TextEncoder().encode("keel/record/v1");
/** The longest associated data: magic, algorithm, kind, index, term, chunk, key id, context length, context. */
const adCapacity = adMagic.length + 1 + 1 + 8 + 8 + 4 + keyIdBytes + 1 + 255;

/**
 * writeAssociatedData lays the place and key id out at fixed offsets (not as protobuf, whose
 * encoding need not be canonical) at `at`: magic, algorithm, kind, index, term, chunk, key
 * id, context length, context. Returns the length of the associated data. Seal and open
 * write it into WASM memory.
 */
function writeAssociatedData(
  target: Uint8Array,
  at: number,
  algorithm: Algorithm,
  keyId: Uint8Array,
  place: RecordPlace,
): number {
  const context = place.context;
  assert(context.length <= 255, "record context longer than 255 bytes");
  assert(keyId.length === keyIdBytes, "key id size");
  let i = copyInto(adMagic, target, at);
  target[i++] = algorithm;
  target[i++] = place.kind;
  // 64-bit big-endian as two words: indexes are safe integers, and BigInt costs ~1 µs here.
  i = writeU32BE(target, i, Math.floor(place.index / 0x1_0000_0000));
  i = writeU32BE(target, i, place.index >>> 0);
  i = writeU32BE(target, i, Math.floor(place.term / 0x1_0000_0000));
  i = writeU32BE(target, i, place.term >>> 0);
  i = writeU32BE(target, i, place.chunk);
  i = copyInto(keyId, target, i);
  target[i++] = context.length;
  i = copyInto(context, target, i);
  return i - at;
}

function writeU32BE(target: Uint8Array, at: number, value: number): number {
  target[at] = value >>> 24;
  target[at + 1] = (value >>> 16) & 0xff;
  target[at + 2] = (value >>> 8) & 0xff;
  target[at + 3] = value & 0xff;
  return at + 4;
}

/** copyInto copies `source` into `target` at `at` and returns the end: a loop for short runs (a call to set costs more). */
function copyInto(source: Uint8Array, target: Uint8Array, at: number): number {
  const length = source.length;
  if (length > 32) {
    target.set(source, at);
  } else {
    for (let i = 0; i < length; i++) target[at + i] = source[i]!;
  }
  return at + length;
}

// ---- the Envelope wire format, written by hand ----
//
// Exactly what protobufjs's generated Envelope.encode writes (tested byte for byte in
// test/crypto/envelope-codec.test.ts): fields in number order, zero and empty fields omitted,
// the place always present. Protobufjs builds a list of operations and copies it out in
// finish(); here the size is computed first, the buffer allocated once, and the ciphertext
// written in place. Decoding stays with protobufjs (parseEnvelope).

const tagAlgorithm = (1 << 3) | 0;
const tagKeyId = (2 << 3) | 2;
const tagNonce = (3 << 3) | 2;
const tagCiphertext = (4 << 3) | 2;
const tagPlace = (5 << 3) | 2;
const tagKind = (1 << 3) | 0;
const tagIndex = (2 << 3) | 0;
const tagTerm = (3 << 3) | 0;
const tagChunk = (4 << 3) | 0;
const tagContext = (5 << 3) | 2;

/** The size of `n` (an integer in [0, 2^53)) as a protobuf varint. */
function varintSize(n: number): number {
  if (n < 0x80) return 1;
  if (n < 0x4000) return 2;
  if (n < 0x20_0000) return 3;
  if (n < 0x1000_0000) return 4;
  let size = 4;
  // Division by a power of two is exact below 2^53.
  for (n = Math.floor(n / 0x1000_0000); n > 0; n = Math.floor(n / 0x80)) size++;
  return size;
}

/** Writes `n` (an integer in [0, 2^53)) as a varint at `at`; returns the end. */
function writeVarint(target: Uint8Array, at: number, n: number): number {
  while (n > 0x7fff_ffff) {
    target[at++] = (n % 0x80) | 0x80;
    n = Math.floor(n / 0x80);
  }
  while (n > 0x7f) {
    target[at++] = (n & 0x7f) | 0x80;
    n >>>= 7;
  }
  target[at++] = n;
  return at;
}

/** The size of a RecordPlace message body; asserts the fields are in range. */
function placeSize(place: RecordPlace): number {
  const { kind, index, term, chunk } = place;
  assert(
    kind >= 0 &&
      kind <= 0x7fff_ffff &&
      Number.isSafeInteger(index) &&
      index >= 0 &&
      Number.isSafeInteger(term) &&
      term >= 0 &&
      chunk >= 0 &&
      chunk <= 0xffff_ffff &&
      Number.isInteger(kind) &&
      Number.isInteger(chunk),
    "record place out of range",
  );
  const contextLength = place.context.length;
  let size = 0;
  if ((kind as number) !== 0) size += 1 + varintSize(kind);
  if (index !== 0) size += 1 + varintSize(index);
  if (term !== 0) size += 1 + varintSize(term);
  if (chunk !== 0) size += 1 + varintSize(chunk);
  if (contextLength !== 0) size += 1 + varintSize(contextLength) + contextLength;
  return size;
}

/** Writes the place field (tag, length, body of size `size`) at `at`; returns the end. */
function writePlace(target: Uint8Array, at: number, place: RecordPlace, size: number): number {
  target[at++] = tagPlace;
  at = writeVarint(target, at, size);
  if ((place.kind as number) !== 0) {
    target[at++] = tagKind;
    at = writeVarint(target, at, place.kind);
  }
  if (place.index !== 0) {
    target[at++] = tagIndex;
    at = writeVarint(target, at, place.index);
  }
  if (place.term !== 0) {
    target[at++] = tagTerm;
    at = writeVarint(target, at, place.term);
  }
  if (place.chunk !== 0) {
    target[at++] = tagChunk;
    at = writeVarint(target, at, place.chunk);
  }
  const context = place.context;
  if (context.length !== 0) {
    target[at++] = tagContext;
    at = writeVarint(target, at, context.length);
    at = copyInto(context, target, at);
  }
  return at;
}

/** Writes a bytes field's tag and length (nothing when empty, as protobufjs omits it); returns the end. */
function writeBytesHeader(target: Uint8Array, at: number, tag: number, length: number): number {
  if (length === 0) return at;
  target[at++] = tag;
  return writeVarint(target, at, length);
}

function bytesFieldSize(length: number): number {
  return length === 0 ? 0 : 1 + varintSize(length) + length;
}

/** Everything before the ciphertext's bytes: algorithm, key id, nonce, ciphertext tag and length. */
function headerSize(
  algorithm: Algorithm,
  keyIdLength: number,
  nonceLength: number,
  ciphertextLength: number,
): number {
  return (
    (algorithm === 0 ? 0 : 1 + varintSize(algorithm)) +
    bytesFieldSize(keyIdLength) +
    bytesFieldSize(nonceLength) +
    bytesFieldSize(ciphertextLength) -
    ciphertextLength
  );
}

/**
 * Writes the header (see headerSize) at `at`, and the key id and nonce when given (seal
 * writes its nonce itself); returns where the ciphertext's bytes go.
 */
function writeHeader(
  target: Uint8Array,
  at: number,
  algorithm: Algorithm,
  keyId: Uint8Array,
  nonce: Uint8Array | null,
  nonceLength: number,
  ciphertextLength: number,
): number {
  if (algorithm !== 0) {
    target[at++] = tagAlgorithm;
    at = writeVarint(target, at, algorithm);
  }
  at = writeBytesHeader(target, at, tagKeyId, keyId.length);
  at = copyInto(keyId, target, at);
  at = writeBytesHeader(target, at, tagNonce, nonceLength);
  if (nonce !== null) copyInto(nonce, target, at);
  at += nonceLength;
  return writeBytesHeader(target, at, tagCiphertext, ciphertextLength);
}

/** The fields of an Envelope message, as encodeEnvelope takes them. */
export interface EnvelopeFields {
  readonly algorithm: Algorithm;
  readonly keyId: Uint8Array;
  readonly nonce: Uint8Array;
  readonly ciphertext: Uint8Array;
  readonly place: RecordPlace;
}

/**
 * encodeEnvelope writes an Envelope message: the same bytes as protobufjs's
 * `Envelope.encode(fields).finish()`, in one allocation. seal uses the same writers.
 */
export function encodeEnvelope(fields: EnvelopeFields): Uint8Array {
  const { algorithm, keyId, nonce, ciphertext, place } = fields;
  const placeBytes = placeSize(place);
  const ciphertextAt = headerSize(algorithm, keyId.length, nonce.length, ciphertext.length);
  const out = allocate(envelopeSize(fields));
  writeHeader(out, 0, algorithm, keyId, nonce, nonce.length, ciphertext.length);
  const end = writePlace(out, copyInto(ciphertext, out, ciphertextAt), place, placeBytes);
  assert(end === out.length, "envelope size");
  return out;
}

/** envelopeSize is the length of the canonical encoding of `fields` (what encodeEnvelope writes). */
function envelopeSize(fields: EnvelopeFields): number {
  const { algorithm, keyId, nonce, ciphertext, place } = fields;
  const placeBytes = placeSize(place);
  return (
    headerSize(algorithm, keyId.length, nonce.length, ciphertext.length) +
    ciphertext.length +
    1 +
    varintSize(placeBytes) +
    placeBytes
  );
}

const noKeyId = new Uint8Array(0);

/**
 * allocate returns `size` bytes, every one of which the caller overwrites: from node's Buffer
 * pool (as protobufjs's Writer does), since a small `new Uint8Array` costs ~0.7 µs (its own
 * backing store), about as much as encrypting a 256 B record.
 */
function allocate(size: number): Uint8Array {
  return Buffer.allocUnsafe(size);
}

/**
 * seal encrypts `plaintext` for `place` under `key` with a nonce from `nonces`, and returns
 * the encoded envelope. A null key stores the plaintext unencrypted (Algorithm.None): only
 * the benchmark's plaintext baseline does that. Both write the envelope with the same
 * hand-written encoder and allocate once; they differ only by the encryption.
 */
export function seal(
  key: SecretKey | null,
  place: RecordPlace,
  plaintext: Uint8Array,
  nonces: NoncePool,
): Uint8Array {
  const placeBytes = placeSize(place);
  if (key === null) {
    const length = plaintext.length;
    const payloadAt = headerSize(Algorithm.None, 0, 0, length);
    const out = allocate(payloadAt + length + 1 + varintSize(placeBytes) + placeBytes);
    writeHeader(out, 0, Algorithm.None, noKeyId, null, 0, length);
    writePlace(out, copyInto(plaintext, out, payloadAt), place, placeBytes);
    return out;
  }
  if (plaintext.length < nativeAeadBytesMin) return sealInArena(key, place, placeBytes, plaintext, nonces);
  // A large record (a snapshot's chunk): the envelope sealInArena writes, the same bytes for the
  // same nonce, with the cipher run by OpenSSL (native-aead.ts) straight into it.
  const keyId = key.idBytes;
  const ciphertextLength = plaintext.length + tagBytes;
  const ciphertextAt = headerSize(Algorithm.XChaCha20Poly1305, keyIdBytes, nonceBytes, ciphertextLength);
  const out = allocate(ciphertextAt + ciphertextLength + 1 + varintSize(placeBytes) + placeBytes);
  writeHeader(out, 0, Algorithm.XChaCha20Poly1305, keyId, null, nonceBytes, ciphertextLength);
  nonces.nextInto(out, encryptedNonceAt);
  const adLength = writeAssociatedData(nativeAd, 0, Algorithm.XChaCha20Poly1305, keyId, place);
  const nonce = out.subarray(encryptedNonceAt, encryptedNonceAt + nonceBytes);
  nativeSealInto(key.bytes, nonce, nativeAd.subarray(0, adLength), plaintext, out, ciphertextAt);
  const end = writePlace(out, ciphertextAt + ciphertextLength, place, placeBytes);
  assert(end === out.length, "envelope size");
  return out;
}

/** Associated data of the OpenSSL path (its own buffer: the arena's sits in WASM memory). */
const nativeAd = new Uint8Array(adCapacity);

// The sealer's and opener's layout of the arena (arena.ts): key, associated data, then the
// envelope (sealing) or the nonce, ciphertext and plaintext (opening).
/** The last envelope's bytes in the arena, as a view (see sealInArena). */
let envelopeView: Uint8Array | null = null;
const arenaKey = 0;
const arenaAd = arenaKey + keyBytes;
const arenaEnvelope = arenaAd + adCapacity;
/** Where the nonce's bytes sit in an encrypted envelope: after the algorithm, the key id and the nonce's tag and length. */
const encryptedNonceAt = headerSize(Algorithm.XChaCha20Poly1305, keyIdBytes, nonceBytes, 0) - nonceBytes;

/**
 * sealInArena calls crypto_aead_xchacha20poly1305_ietf_encrypt directly, on libsodium's WASM
 * memory kept between calls (grown as needed, never freed), where the wrapper allocates,
 * copies and frees every argument on every call. The whole envelope is laid out there: the
 * header with the nonce (which the cipher reads in place), the plaintext where the
 * ciphertext goes (libsodium's AEAD encrypts in place: the stream is XORed block by block and
 * the tag computed over the output), then the place; the associated data goes beside it. The
 * envelope leaves WASM memory in one copy. The key is wiped from WASM memory before
 * returning; the plaintext has been overwritten by the ciphertext (or is wiped on failure).
 */
function sealInArena(
  key: SecretKey,
  place: RecordPlace,
  placeBytes: number,
  plaintext: Uint8Array,
  nonces: NoncePool,
): Uint8Array {
  const keyId = key.idBytes;
  assert(keyId.length === keyIdBytes, "key id size");
  const length = plaintext.length;
  const ciphertextLength = length + tagBytes;
  const ciphertextAt = encryptedNonceAt + nonceBytes + 1 + varintSize(ciphertextLength);
  const size = ciphertextAt + ciphertextLength + 1 + varintSize(placeBytes) + placeBytes;
  const raw = rawLib();
  const base = arenaBase(raw, arenaEnvelope + size);
  // Read after any allocation: growing WASM memory replaces the heap view.
  const heap = raw.HEAPU8;
  const envelope = base + arenaEnvelope;
  const npub = envelope + encryptedNonceAt;
  const c = envelope + ciphertextAt;
  // The header: what writeHeader writes for this algorithm, key id and nonce size, unrolled.
  heap[envelope] = tagAlgorithm;
  heap[envelope + 1] = Algorithm.XChaCha20Poly1305;
  heap[envelope + 2] = tagKeyId;
  heap[envelope + 3] = keyIdBytes;
  for (let i = 0; i < keyIdBytes; i++) heap[envelope + 4 + i] = keyId[i]!;
  heap[npub - 2] = tagNonce;
  heap[npub - 1] = nonceBytes;
  nonces.nextInto(heap, npub);
  heap[npub + nonceBytes] = tagCiphertext;
  writeVarint(heap, npub + nonceBytes + 1, ciphertextLength);
  const adLength = writeAssociatedData(heap, base + arenaAd, Algorithm.XChaCha20Poly1305, keyId, place);
  heap.set(plaintext, c);
  heap.set(key.bytes, base + arenaKey);
  const rc = raw._crypto_aead_xchacha20poly1305_ietf_encrypt(
    c,
    0,
    c,
    length,
    0,
    base + arenaAd,
    adLength,
    0,
    0,
    npub,
    base + arenaKey,
  );
  heap.fill(0, base + arenaKey, base + arenaKey + keyBytes);
  if (rc !== 0) heap.fill(0, c, c + length);
  assert(rc === 0, "crypto_aead_xchacha20poly1305_ietf_encrypt failed");
  const end = writePlace(heap, c + ciphertextLength, place, placeBytes);
  assert(end === envelope + size, "envelope size");
  // Records of one size follow each other (a batch of entries): reuse the view of the envelope.
  let view = envelopeView;
  if (view === null || view.buffer !== heap.buffer || view.byteOffset !== envelope || view.length !== size) {
    view = envelopeView = heap.subarray(envelope, end);
  }
  const out = allocate(size);
  out.set(view);
  return out;
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
  const place = { kind: kind as RecordKind, index, term, chunk: p.chunk ?? 0, context: plainView(context) };
  const fields = {
    algorithm: e.algorithm as Algorithm,
    keyId: e.keyId,
    nonce: e.nonce,
    ciphertext: e.ciphertext,
    place,
  };
  // Every value is authenticated, but not its encoding: an unknown or repeated field, or an
  // overlong varint (protobufjs cuts a uint32 to 32 bits), would still decode. Only the one
  // encoding seal writes is accepted; it is the shortest, so a length check finds the rest.
  if (bytes.length !== envelopeSize(fields)) throw malformed("not the canonical encoding");
  return {
    algorithm: fields.algorithm,
    keyId: e.algorithm === Algorithm.None ? "" : toHex(e.keyId),
    nonce: plainView(e.nonce),
    ciphertext: plainView(e.ciphertext),
    place,
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
  const plaintext =
    envelope.ciphertext.length - tagBytes >= nativeAeadBytesMin
      ? openNative(envelope, key)
      : openInArena(envelope, key);
  if (plaintext === null) throw new CryptoError({ code: "AUTH_FAILED", what, keyId: envelope.keyId });
  return plaintext;
}

/**
 * openInArena calls crypto_aead_xchacha20poly1305_ietf_decrypt directly, as sealInArena
 * encrypts, so that the key is wiped from WASM memory afterwards (the wrapper would leave a
 * copy behind), and so is the plaintext. Returns null when the record is not authentic.
 */
function openInArena(envelope: Envelope, key: SecretKey): Uint8Array | null {
  const { ciphertext, nonce } = envelope;
  const plaintextLength = ciphertext.length - tagBytes;
  if (plaintextLength < 0 || nonce.length !== nonceBytes) return null;
  const npubAt = arenaAd + adCapacity;
  const cAt = npubAt + nonceBytes;
  const mAt = cAt + ciphertext.length;
  const raw = rawLib();
  const base = arenaBase(raw, mAt + plaintextLength);
  const heap = raw.HEAPU8;
  const adLength = writeAssociatedData(heap, base + arenaAd, envelope.algorithm, key.idBytes, envelope.place);
  heap.set(nonce, base + npubAt);
  heap.set(ciphertext, base + cAt);
  heap.set(key.bytes, base + arenaKey);
  const rc = raw._crypto_aead_xchacha20poly1305_ietf_decrypt(
    base + mAt,
    0,
    0,
    base + cAt,
    ciphertext.length,
    0,
    base + arenaAd,
    adLength,
    0,
    base + npubAt,
    base + arenaKey,
  );
  heap.fill(0, base + arenaKey, base + arenaKey + keyBytes);
  const plaintext = rc === 0 ? heap.slice(base + mAt, base + mAt + plaintextLength) : null;
  heap.fill(0, base + mAt, base + mAt + plaintextLength);
  return plaintext;
}

/** openNative opens a large record through OpenSSL: what seal writes on either path (the same bytes). */
function openNative(envelope: Envelope, key: SecretKey): Uint8Array | null {
  const adLength = writeAssociatedData(nativeAd, 0, envelope.algorithm, key.idBytes, envelope.place);
  return nativeOpen(key.bytes, envelope.nonce, nativeAd.subarray(0, adLength), envelope.ciphertext);
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
