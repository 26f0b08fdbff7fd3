// NB: every generated module (src/gen/*.js) assigns `protobufjs.roots.default.keel` to its own
// namespace object, and their encode/decode functions look nested types up through that
// root at call time. So loading raft.js and then disk.js makes keel.raft decoding throw
// ("Cannot read properties of undefined"), and the reverse breaks disk decoding. Until the
// generator gives each file its own root (pbjs --root), this module, imported before any
// use of the generated code in src/crypto and src/wal, turns `keel` on the shared root into
// a merged namespace: it re-adds the namespaces of raft.js and disk.js, and any later
// assignment merges into it instead of replacing it.
import $protobuf from "protobufjs/minimal.js";
import { keel as diskKeel } from "../gen/disk.js";
import { keel as raftKeel } from "../gen/raft.js";

type Namespace = Record<string, unknown>;
const roots = $protobuf.roots as unknown as Record<string, Namespace | undefined>;
const root: Namespace = roots["default"] ?? (roots["default"] = {});
const existing = Object.getOwnPropertyDescriptor(root, "keel");

if (existing?.get === undefined) {
  const merged: Namespace = { ...((existing?.value as Namespace | undefined) ?? {}) };
  Object.assign(merged, raftKeel, diskKeel);
  Object.defineProperty(root, "keel", {
    configurable: true,
    enumerable: true,
    get: () => merged,
    set: (value: Namespace) => {
      Object.assign(merged, value);
    },
  });
} else {
  Object.assign(root["keel"] as Namespace, raftKeel, diskKeel);
}

/** protoRootsMerged is true once the shared protobuf root holds both namespaces. */
export const protoRootsMerged = true;
