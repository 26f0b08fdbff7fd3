// Store snapshots: every object, each table sorted by id, so two stores with the same content
// give the same bytes. Decoding treats the bytes as untrusted (disk or a peer) and validates
// every object as apply would.
import { keelstore } from "../gen/objects.js";
import {
  clusterFromPb,
  clusterToPb,
  compareStrings,
  decodeWith,
  malformed,
  uint,
  nodeFromPb,
  nodeToPb,
  secretFromPb,
  secretToPb,
} from "./codec.js";
import { StoreError } from "./errors.js";
import { snapshotFormatVersion } from "./limits.js";
import type { Cluster, Node, ObjectKind, Secret, StoreObject } from "./objects.js";
import type { Tables } from "./tables.js";
import { uniqueName, validateCluster, validateNode, validateSecret } from "./validate.js";

export interface SnapshotContent {
  /** The Raft index of the last entry applied to the store. */
  readonly version: number;
  readonly clusters: readonly Cluster[];
  readonly nodes: readonly Node[];
  readonly secrets: readonly Secret[];
}

export function encodeSnapshot(version: number, tables: Tables): Uint8Array {
  return keelstore.StoreSnapshot.encode({
    formatVersion: snapshotFormatVersion,
    version,
    clusters: tables.sorted("cluster").map(clusterToPb),
    nodes: tables.sorted("node").map(nodeToPb),
    secrets: tables.sorted("secret").map(secretToPb),
  }).finish();
}

function checkTable(kind: ObjectKind, version: number, objects: readonly StoreObject[]): void {
  const names = new Set<string>();
  let previousId: string | null = null;
  for (const object of objects) {
    if (previousId !== null && compareStrings(previousId, object.id) >= 0) {
      throw malformed("snapshot", `${kind} ids not strictly ascending at ${JSON.stringify(object.id)}`);
    }
    previousId = object.id;
    if (object.meta.version > version) {
      throw malformed("snapshot", `${kind} ${JSON.stringify(object.id)} is newer than the snapshot`);
    }
    const name = uniqueName(kind, object);
    if (name === null) continue;
    if (names.has(name)) throw malformed("snapshot", `${kind} name ${JSON.stringify(name)} is not unique`);
    names.add(name);
  }
}

/** decodeSnapshot parses and validates snapshot bytes; it throws StoreError, never asserts. */
export function decodeSnapshot(bytes: Uint8Array): SnapshotContent {
  return decodeWith("snapshot", () => {
    const s = keelstore.StoreSnapshot.decode(bytes);
    if (s.formatVersion !== snapshotFormatVersion) {
      throw new StoreError({ code: "SNAPSHOT_UNSUPPORTED", formatVersion: s.formatVersion });
    }
    const content: SnapshotContent = {
      version: uint("snapshot", "version", s.version),
      clusters: s.clusters.map(clusterFromPb),
      nodes: s.nodes.map(nodeFromPb),
      secrets: s.secrets.map(secretFromPb),
    };
    content.clusters.forEach(validateCluster);
    content.nodes.forEach(validateNode);
    content.secrets.forEach(validateSecret);
    checkTable("cluster", content.version, content.clusters);
    checkTable("node", content.version, content.nodes);
    checkTable("secret", content.version, content.secrets);
    return content;
  });
}
