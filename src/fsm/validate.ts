// What a valid object looks like. The store checks every object a proposal or snapshot brings,
// so a bad one is rejected with the same typed reason on every manager.
import { StoreError } from "./errors.js";
import { sameBytes } from "./agent/keyring.js";
import * as limits from "./limits.js";
import type { Cluster, EncryptionKey, Labels, Node, ObjectKind, Secret, StoreAction } from "./objects.js";

// SwarmKit's identifier rules: letters and digits, inner dashes, dots and underscores.
const idPattern = /^[A-Za-z0-9](?:[A-Za-z0-9_.-]*[A-Za-z0-9])?$/;
const namePattern = idPattern;

function invalid(kind: ObjectKind, id: string, field: string, reason: string): StoreError {
  return new StoreError({ code: "INVALID_OBJECT", kind, id, field, reason });
}

function checkId(kind: ObjectKind, id: string): void {
  if (id.length === 0) throw invalid(kind, id, "id", "empty");
  if (id.length > limits.idLengthMax) throw invalid(kind, id, "id", `longer than ${limits.idLengthMax}`);
  if (!idPattern.test(id)) throw invalid(kind, id, "id", "must be letters, digits, '-', '_' or '.'");
}

function checkName(kind: ObjectKind, id: string, name: string): void {
  if (name.length === 0) throw invalid(kind, id, "name", "empty");
  if (name.length > limits.nameLengthMax) {
    throw invalid(kind, id, "name", `longer than ${limits.nameLengthMax}`);
  }
  if (!namePattern.test(name)) throw invalid(kind, id, "name", "must be letters, digits, '-', '_' or '.'");
}

function checkLength(kind: ObjectKind, id: string, field: string, length: number, max: number): void {
  if (length > max) throw invalid(kind, id, field, `${length} exceeds ${max}`);
}

function checkLabels(kind: ObjectKind, id: string, labels: Labels): void {
  const entries = Object.entries(labels);
  checkLength(kind, id, "labels", entries.length, limits.labelCountMax);
  for (const [key, value] of entries) {
    if (key.length === 0) throw invalid(kind, id, "labels", "empty key");
    checkLength(kind, id, `labels[${key}]`, key.length, limits.labelKeyLengthMax);
    checkLength(kind, id, `labels[${key}]`, value.length, limits.labelValueLengthMax);
  }
}

function checkKeys(id: string, field: string, keys: readonly EncryptionKey[]): void {
  checkLength("cluster", id, field, keys.length, limits.keysPerClusterMax);
  for (const k of keys) {
    if (k.subsystem.length === 0) throw invalid("cluster", id, field, "key without subsystem");
    checkLength("cluster", id, `${field}.subsystem`, k.subsystem.length, limits.nameLengthMax);
    checkLength("cluster", id, `${field}.key`, k.key.length, limits.keyBytesMax);
  }
}

/** A rotation carries all three PEMs, and a root other than the current one. */
function checkRotation(c: Cluster): void {
  const rotation = c.rootCa.rotation;
  if (rotation === null) return;
  const fields = [
    ["rootCa.rotation.caCertPem", rotation.caCertPem],
    ["rootCa.rotation.caKeyPem", rotation.caKeyPem],
    ["rootCa.rotation.crossSignedCaCertPem", rotation.crossSignedCaCertPem],
  ] as const;
  for (const [field, pem] of fields) {
    if (pem.length === 0) throw invalid("cluster", c.id, field, "empty during a rotation");
    checkLength("cluster", c.id, field, pem.length, limits.certificateBytesMax);
  }
  if (sameBytes(rotation.caCertPem, c.rootCa.caCertPem)) {
    throw invalid("cluster", c.id, "rootCa.rotation.caCertPem", "the new root is the current root");
  }
}

export function validateCluster(c: Cluster): void {
  checkId("cluster", c.id);
  checkName("cluster", c.id, c.spec.name);
  checkLabels("cluster", c.id, c.spec.labels);
  checkLength("cluster", c.id, "rootCa.caCertPem", c.rootCa.caCertPem.length, limits.certificateBytesMax);
  checkLength("cluster", c.id, "rootCa.caKeyPem", c.rootCa.caKeyPem.length, limits.certificateBytesMax);
  const tokens = c.rootCa.joinTokens;
  checkLength("cluster", c.id, "joinTokens.worker", tokens.worker.length, limits.tokenLengthMax);
  checkLength("cluster", c.id, "joinTokens.manager", tokens.manager.length, limits.tokenLengthMax);
  checkRotation(c);
  checkKeys(c.id, "unlockKeys", c.unlockKeys);
  checkKeys(c.id, "networkBootstrapKeys", c.networkBootstrapKeys);
  for (const k of c.networkBootstrapKeys) {
    if (k.lamportTime > c.encryptionKeyLamportClock) {
      throw invalid("cluster", c.id, "networkBootstrapKeys", "key is newer than the Lamport clock");
    }
  }
}

export function validateNode(n: Node): void {
  checkId("node", n.id);
  checkLength("node", n.id, "spec.name", n.spec.name.length, limits.textLengthMax);
  checkLabels("node", n.id, n.spec.labels);
  checkLength("node", n.id, "status.message", n.status.message.length, limits.textLengthMax);
  checkLength("node", n.id, "status.addr", n.status.addr.length, limits.textLengthMax);
  checkLength("node", n.id, "certificate.csr", n.certificate.csr.length, limits.certificateBytesMax);
  const cert = n.certificate.certificate;
  checkLength("node", n.id, "certificate.certificate", cert.length, limits.certificateBytesMax);
  checkLength("node", n.id, "certificate.reason", n.certificate.reason.length, limits.textLengthMax);
}

export function validateSecret(s: Secret): void {
  checkId("secret", s.id);
  checkName("secret", s.id, s.spec.name);
  checkLabels("secret", s.id, s.spec.labels);
  const bytes = s.spec.data.length;
  if (bytes === 0) throw invalid("secret", s.id, "data", "empty");
  if (bytes > limits.secretDataBytesMax) {
    throw new StoreError({ code: "SECRET_TOO_LARGE", id: s.id, bytes, bytesMax: limits.secretDataBytesMax });
  }
}

/** validateObject checks the object an action carries; removes need only a well-formed id. */
export function validateAction(a: StoreAction): void {
  if (a.action === "remove") {
    checkId(a.kind, a.object.id);
    return;
  }
  switch (a.kind) {
    case "cluster":
      return validateCluster(a.object);
    case "node":
      return validateNode(a.object);
    case "secret":
      return validateSecret(a.object);
  }
}

/** uniqueName is the name an object must not share with another of its table, if any. */
export function uniqueName(kind: ObjectKind, object: Cluster | Node | Secret): string | null {
  switch (kind) {
    case "cluster":
    case "secret":
      // SwarmKit indexes names lowercased, so "Foo" and "foo" conflict.
      return (object as Cluster | Secret).spec.name.toLowerCase();
    case "node":
      return null;
  }
}
