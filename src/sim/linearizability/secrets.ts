// The simulator's workload as linearizability partitions: one register per secret name.
import type { Partition } from "./check.js";
import { checkPartitions } from "./check.js";
import { LinearizabilityError } from "./errors.js";
import { validateHistory } from "./history.js";
import type { CheckOptions, CheckResult, Model, Operation } from "./types.js";

/** SecretInput is what a client asked of the store. */
export type SecretInput =
  | { op: "create"; name: string; value: string }
  | { op: "update"; name: string; value: string }
  | { op: "remove"; name: string }
  | { op: "get"; name: string }
  | { op: "list" };

/** SecretOutput is what the store answered. */
export type SecretOutput =
  /** create / update / remove succeeded. */
  | { ok: true }
  /** The store refused it: a definite answer that changed nothing. */
  | { ok: false; code: "ALREADY_EXISTS" | "NOT_FOUND" }
  /** get: the value, or null when absent. */
  | { value: string | null }
  /** list: every secret present, name -> value. */
  | { secrets: Readonly<Record<string, string>> };

export type SecretOperation = Operation<SecretInput, SecretOutput>;

/** A secret's register: its value, or null while it does not exist. */
type SecretState = string | null;

/**
 * checkSecretHistory decides whether a history of secret operations is linearizable.
 *
 * Each secret name is a partition: a register, absent or holding a value. A name's partition
 * holds its create, update, remove and get operations and every list, read as a get of that name
 * (a list that does not name it read it as absent). Every name any operation mentions, or any
 * list answered, gets a partition, so a list that shows a secret nobody created is caught.
 *
 * Why the projection is sound: if the whole history has a linearization, keeping from it only
 * the operations of one name, with each list cut down to that name, keeps the real-time order
 * and each answer, and every cut-down list still reads the register's value at its point in the
 * order. So each projected history is linearizable whenever the whole is, and a violation found
 * in one partition is a violation of the whole.
 *
 * What it does not check: that a list is atomic across names. Each partition may place the same
 * list at a different point, so a list that mixes states from different moments (a torn read of
 * the set) passes.
 *
 * A get or list whose outcome is unknown constrains nothing and is dropped. Throws
 * LinearizabilityError for a history it cannot read.
 */
export function checkSecretHistory(ops: readonly SecretOperation[], options: CheckOptions = {}): CheckResult {
  validateHistory(ops);
  for (const op of ops) validateSecretOperation(op);
  const checked = ops.filter((op) => op.output !== undefined || !isRead(op.input));
  const lists = checked.filter((op) => op.input.op === "list");
  const byName = new Map<string, SecretOperation[]>();
  const partitionOf = (name: string): SecretOperation[] => {
    let partition = byName.get(name);
    if (partition === undefined) byName.set(name, (partition = []));
    return partition;
  };
  for (const op of checked) {
    if (op.input.op !== "list") partitionOf(op.input.name).push(op);
    else if (op.output !== undefined && "secrets" in op.output)
      Object.keys(op.output.secrets).forEach(partitionOf);
  }
  // Sorted by name so that the verdict does not depend on the order operations were recorded in.
  const partitions: Partition<SecretState, SecretInput, SecretOutput>[] = [...byName.keys()]
    .sort()
    .map((name) => ({ name, model: secretModel(name), ops: [...(byName.get(name) ?? []), ...lists] }));
  return checkPartitions(partitions, checked.length, options);
}

function isRead(input: SecretInput): boolean {
  return input.op === "get" || input.op === "list";
}

/** secretModel is the register of one name; a list reads it through its answer for that name. */
export function secretModel(name: string): Model<SecretState, SecretInput, SecretOutput> {
  const read = (output: SecretOutput): SecretState | undefined => {
    if ("value" in output) return output.value;
    if ("secrets" in output)
      return Object.hasOwn(output.secrets, name) ? (output.secrets[name] ?? null) : null;
    return undefined;
  };
  return {
    init: () => null,
    key: (state) => (state === null ? "absent" : JSON.stringify(state)),
    step: (state, input, output) => {
      switch (input.op) {
        case "create":
          return write(state, output, state === null, input.value);
        case "update":
          return write(state, output, state !== null, input.value);
        case "remove":
          return write(state, output, state !== null, null);
        case "get":
        case "list":
          return { ok: output === undefined || read(output) === state, state };
      }
    },
    describe: (input, output) => {
      const answer =
        output === undefined ? "unknown" : "ok" in output ? (output.ok ? "ok" : output.code) : "";
      switch (input.op) {
        case "create":
        case "update":
          return `${input.op} ${name}=${JSON.stringify(input.value)} -> ${answer}`;
        case "remove":
          return `remove ${name} -> ${answer}`;
        case "get":
        case "list": {
          const value = output === undefined ? undefined : read(output);
          const seen = value === undefined ? answer : value === null ? "absent" : JSON.stringify(value);
          return `${input.op === "get" ? "get" : "list, reading"} ${name} -> ${seen}`;
        }
      }
    },
  };
}

/**
 * A write succeeds when `applies` (the name is absent for a create, present otherwise) and is
 * refused when not; a known answer must say which. An unknown one takes whichever happens.
 */
function write(
  state: SecretState,
  output: SecretOutput | undefined,
  applies: boolean,
  written: SecretState,
): { ok: boolean; state: SecretState } {
  const answered = output !== undefined && "ok" in output ? output.ok : applies;
  return { ok: answered === applies, state: applies ? written : state };
}

/** validateSecretOperation throws MALFORMED_OPERATION for an input or answer of the wrong shape. */
function validateSecretOperation(op: SecretOperation): void {
  const reason = malformedReason(op.input as unknown, op.output as unknown);
  if (reason !== null) throw new LinearizabilityError({ code: "MALFORMED_OPERATION", id: op.id, reason });
}

const refusalOf: Readonly<Record<string, string>> = {
  create: "ALREADY_EXISTS",
  update: "NOT_FOUND",
  remove: "NOT_FOUND",
};

function malformedReason(input: unknown, output: unknown): string | null {
  if (!isObject(input) || typeof input["op"] !== "string") return "its input names no operation";
  const kind = input["op"];
  if (!["create", "update", "remove", "get", "list"].includes(kind))
    return `unknown operation ${JSON.stringify(kind)}`;
  if (kind !== "list" && typeof input["name"] !== "string") return `${kind} names no secret`;
  if ((kind === "create" || kind === "update") && typeof input["value"] !== "string") {
    return `${kind} of ${JSON.stringify(input["name"])} has no string value`;
  }
  if (output === undefined) return null;
  if (!isObject(output)) return `${kind} answered ${JSON.stringify(output)}, not an object`;
  switch (kind) {
    case "get":
      return typeof output["value"] === "string" || output["value"] === null
        ? null
        : `get answered ${JSON.stringify(output)}, not a value or null`;
    case "list": {
      const secrets = output["secrets"];
      return isObject(secrets) && Object.values(secrets).every((v) => typeof v === "string")
        ? null
        : `list answered ${JSON.stringify(output)}, not a map of names to string values`;
    }
    default: {
      const refusal = refusalOf[kind];
      if (output["ok"] === true || (output["ok"] === false && output["code"] === refusal)) return null;
      return `${kind} answered ${JSON.stringify(output)}; it can only answer ok or ${refusal}`;
    }
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
