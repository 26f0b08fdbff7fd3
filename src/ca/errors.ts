// One error class for the CA: every bad token, CSR or certificate is an operating condition with
// a code the caller can branch on. Bugs are assertions (src/assert.ts), never CaErrors.
import type { NodeRole } from "./role.js";

/** What is wrong with a join token, checked in this order. */
export type TokenDefect =
  | "too-long"
  | "not-a-join-token"
  | "unsupported-version"
  | "wrong-part-count"
  | "checksum-mismatch"
  | "bad-role"
  | "bad-digest"
  | "bad-secret";

/** What is wrong with a certificate signing request. */
export type CsrDefect =
  "too-large" | "unparseable" | "wrong-key-type" | "wrong-signature-algorithm" | "bad-signature";

export type CaErrorType =
  | { code: "BAD_TOKEN"; defect: TokenDefect; detail: string }
  | { code: "TOKEN_WRONG_ROLE"; requested: NodeRole; granted: NodeRole }
  /** The token was minted under another root CA: another cluster's, or ours before a root rotation. */
  | { code: "TOKEN_WRONG_CLUSTER" }
  /** Well-formed and for this cluster, but not a current token: rotated away, or a forged secret. */
  | { code: "TOKEN_NOT_CURRENT"; role: NodeRole }
  | { code: "INVALID_CSR"; defect: CsrDefect; detail: string }
  | { code: "CERT_EXPIRED"; subject: string; notAfterMs: number; nowMs: number }
  | { code: "CERT_NOT_YET_VALID"; subject: string; notBeforeMs: number; nowMs: number }
  | { code: "CERT_UNTRUSTED"; reason: string }
  | { code: "CERT_BAD_IDENTITY"; reason: string }
  | { code: "CERT_WRONG_CLUSTER"; expected: string; actual: string }
  | { code: "CERT_WRONG_ROLE"; expected: NodeRole; actual: NodeRole }
  | { code: "ROOT_DIGEST_MISMATCH"; expected: string; actual: string }
  | { code: "INVALID_ROOT_CA"; reason: string }
  | { code: "INVALID_IDENTITY"; field: "nodeId" | "clusterId"; value: string }
  | { code: "CONFIG_INVALID"; field: string; reason: string };

export type CaErrorCode = CaErrorType["code"];

function describe(type: CaErrorType): string {
  switch (type.code) {
    case "BAD_TOKEN":
      return `invalid join token (${type.defect}): ${type.detail}`;
    case "TOKEN_WRONG_ROLE":
      return `the join token admits a ${type.granted}, not a ${type.requested}`;
    case "TOKEN_WRONG_CLUSTER":
      return "the join token belongs to another cluster (or to this one before its root CA rotated)";
    case "TOKEN_NOT_CURRENT":
      return `the ${type.role} join token is not current: it was rotated or never issued`;
    case "INVALID_CSR":
      return `invalid certificate signing request (${type.defect}): ${type.detail}`;
    case "CERT_EXPIRED":
      return `certificate ${type.subject} expired at ${new Date(type.notAfterMs).toISOString()}`;
    case "CERT_NOT_YET_VALID":
      return `certificate ${type.subject} is not valid before ${new Date(type.notBeforeMs).toISOString()}`;
    case "CERT_UNTRUSTED":
      return `certificate not issued by this root CA: ${type.reason}`;
    case "CERT_BAD_IDENTITY":
      return `certificate does not carry a keel node identity: ${type.reason}`;
    case "CERT_WRONG_CLUSTER":
      return `certificate is for cluster ${type.actual}, not ${type.expected}`;
    case "CERT_WRONG_ROLE":
      return `certificate is for a ${type.actual}, not a ${type.expected}`;
    case "ROOT_DIGEST_MISMATCH":
      return `remote root CA does not match the join token's digest: expected ${type.expected}, got ${type.actual}`;
    case "INVALID_ROOT_CA":
      return `invalid root CA: ${type.reason}`;
    case "INVALID_IDENTITY":
      return `invalid ${type.field} ${JSON.stringify(type.value)}`;
    case "CONFIG_INVALID":
      return `invalid CA configuration: ${type.field}: ${type.reason}`;
  }
}

export class CaError extends Error {
  readonly type: CaErrorType;

  constructor(type: CaErrorType, options?: { cause?: unknown }) {
    super(describe(type), options);
    this.name = "CaError";
    this.type = type;
  }

  get code(): CaErrorCode {
    return this.type.code;
  }
}
