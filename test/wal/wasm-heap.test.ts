// A snapshot's plaintext (secrets, network keys, unlock keys) must not stay behind in
// libsodium's WASM memory: neither from saving it nor from reading it back. The chunks' digest
// used to go through libsodium-wrappers, which copies its input there and frees it unwiped.
// Data drawn from the OS: seeded bytes could already be in the heap from another test.
import { beforeAll, describe, expect, test } from "vitest";
import { SecretKey } from "../../src/crypto/keys.js";
import { cryptoReady } from "../../src/crypto/sodium.js";
import { randomBytes, systemEntropy } from "../../src/entropy.js";
import { EMPTY_CONF_STATE } from "../../src/raft/types.js";
import { FaultLevel } from "../../src/wal/fault-level.js";
import { MemoryKeyStore } from "../../src/wal/key-store.js";
import { createKeyFile } from "../../src/wal/keys.js";
import { Wal } from "../../src/wal/wal.js";
import { heapHolds, scrubHeap } from "../crypto/helpers.js";

beforeAll(cryptoReady);

const chunkBytes = 4096;

/** A WAL holding one snapshot of `data`, in 4 KiB chunks, closed; and what reopens it. */
async function closedWalWithSnapshot(data: Uint8Array): Promise<Parameters<typeof Wal.open>[0]> {
  const keyStore = new MemoryKeyStore();
  const kek = SecretKey.generate(systemEntropy);
  await createKeyFile(keyStore, { tlsKey: new Uint8Array(4), kek, kekVersion: 1 }, systemEntropy);
  const options = {
    db: await FaultLevel.create(),
    keyStore,
    kek,
    entropy: systemEntropy,
    snapshotChunkBytes: chunkBytes,
  };
  const { wal } = await Wal.open(options);
  await wal.save({
    snapshot: { data, metadata: { index: 1, term: 1, confState: EMPTY_CONF_STATE } },
    hardState: { term: 1, vote: 1, commit: 1 },
  });
  await wal.close();
  return options;
}

/** 64 bytes from inside each of the three chunks. */
function needlesOf(data: Uint8Array): Uint8Array[] {
  return [0, 1, 2].map((c) => data.subarray(c * chunkBytes + 100, c * chunkBytes + 164));
}

describe("wal: snapshot plaintext in WASM memory", () => {
  test("saving a snapshot leaves none of it in WASM memory", async () => {
    const data = randomBytes(systemEntropy, 3 * chunkBytes);
    await closedWalWithSnapshot(data);
    expect(needlesOf(data).map(heapHolds)).toEqual([false, false, false]);
  });

  test("recovering a snapshot leaves none of it in WASM memory", async () => {
    const data = randomBytes(systemEntropy, 3 * chunkBytes);
    const options = await closedWalWithSnapshot(data);
    const needles = needlesOf(data);
    // Whatever saving left (nothing, if the test above passes) must not count against recovery.
    needles.forEach(scrubHeap);
    const { wal, recovered } = await Wal.open(options);
    expect(recovered.snapshot?.data).toEqual(data);
    await wal.close();
    expect(needles.map(heapHolds)).toEqual([false, false, false]);
  });
});
