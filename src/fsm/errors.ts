// One error class for the store: rejected proposals, malformed bytes, failed watches and
// snapshots. Bugs are assertions (src/assert.ts), never StoreErrors.
import type { ObjectKind } from "./objects.js";

export type StoreErrorType =
  | { code: "MALFORMED"; what: string; reason: string }
  | { code: "PROPOSAL_TOO_LARGE"; bytes: number; bytesMax: number }
  | { code: "TOO_MANY_ACTIONS"; count: number; countMax: number }
  | { code: "UNKNOWN_OBJECT_TYPE"; actionIndex: number }
  | { code: "UNKNOWN_ACTION"; actionIndex: number; action: number }
  | { code: "INVALID_OBJECT"; kind: ObjectKind; id: string; field: string; reason: string }
  | { code: "SECRET_TOO_LARGE"; id: string; bytes: number; bytesMax: number }
  | { code: "NOT_FOUND"; kind: ObjectKind; id: string }
  | { code: "ALREADY_EXISTS"; kind: ObjectKind; id: string }
  | { code: "NAME_CONFLICT"; kind: ObjectKind; name: string; existingId: string }
  | { code: "VERSION_CONFLICT"; kind: ObjectKind; id: string; expected: number; actual: number }
  | { code: "COMPACTED"; fromVersion: number; compactedThrough: number }
  | { code: "FUTURE_VERSION"; fromVersion: number; currentVersion: number }
  | { code: "WATCH_OVERFLOW"; eventsMax: number }
  | { code: "WATCH_CLOSED" }
  | { code: "SNAPSHOT_UNSUPPORTED"; formatVersion: number }
  | { code: "SNAPSHOT_STALE"; snapshotVersion: number; appliedIndex: number }
  | { code: "CONFIG_INVALID"; field: string; reason: string };

export type StoreErrorCode = StoreErrorType["code"];

function describe(type: StoreErrorType): string {
  switch (type.code) {
    case "MALFORMED":
      return `malformed ${type.what}: ${type.reason}`;
    case "PROPOSAL_TOO_LARGE":
      return `proposal of ${type.bytes} bytes exceeds ${type.bytesMax}`;
    case "TOO_MANY_ACTIONS":
      return `proposal has ${type.count} actions, more than ${type.countMax}`;
    case "UNKNOWN_OBJECT_TYPE":
      return `action ${type.actionIndex} names no known object type`;
    case "UNKNOWN_ACTION":
      return `action ${type.actionIndex} has unknown kind ${type.action}`;
    case "INVALID_OBJECT":
      return `invalid ${type.kind} ${JSON.stringify(type.id)}: ${type.field}: ${type.reason}`;
    case "SECRET_TOO_LARGE":
      return `secret ${JSON.stringify(type.id)} has ${type.bytes} bytes of data, more than ${type.bytesMax}`;
    case "NOT_FOUND":
      return `${type.kind} ${JSON.stringify(type.id)} does not exist`;
    case "ALREADY_EXISTS":
      return `${type.kind} ${JSON.stringify(type.id)} already exists`;
    case "NAME_CONFLICT":
      return `${type.kind} name ${JSON.stringify(type.name)} is taken by ${JSON.stringify(type.existingId)}`;
    case "VERSION_CONFLICT":
      return `${type.kind} ${JSON.stringify(type.id)} is at version ${type.actual}, not ${type.expected}`;
    case "COMPACTED":
      return `changes after version ${type.fromVersion} are compacted (history starts after ${type.compactedThrough})`;
    case "FUTURE_VERSION":
      return `version ${type.fromVersion} is ahead of the store (version ${type.currentVersion})`;
    case "WATCH_OVERFLOW":
      return `watcher fell more than ${type.eventsMax} events behind and was closed`;
    case "WATCH_CLOSED":
      return "watcher is closed";
    case "SNAPSHOT_UNSUPPORTED":
      return `unsupported store snapshot format ${type.formatVersion}`;
    case "SNAPSHOT_STALE":
      return `snapshot at ${type.snapshotVersion} is older than the applied index ${type.appliedIndex}`;
    case "CONFIG_INVALID":
      return `invalid configuration: ${type.field}: ${type.reason}`;
  }
}

export class StoreError extends Error {
  readonly type: StoreErrorType;

  constructor(type: StoreErrorType, options?: { cause?: unknown }) {
    super(describe(type), options);
    this.name = "StoreError";
    this.type = type;
  }

  get code(): StoreErrorCode {
    return this.type.code;
  }
}
