// The cluster's certificate authority: root CA, join tokens, CSR checks, issuance and renewal.
export { CaError } from "./errors.js";
export type { CaErrorCode, CaErrorType, CsrDefect, TokenDefect } from "./errors.js";
export { caServerName, identityOf, organizationalUnits } from "./identity.js";
export type { NodeIdentity, NodeRole } from "./identity.js";
export {
  createJoinToken,
  createJoinTokens,
  joinTokenLengthMax,
  joinTokenPrefix,
  joinTokenVersion,
  parseJoinToken,
  rotateJoinToken,
} from "./join-token.js";
export type { JoinToken, JoinTokens } from "./join-token.js";
export { authorizeJoin } from "./join-authorize.js";
export {
  certificateDigest,
  createRootCa,
  exportRootCaKey,
  loadRootCa,
  parseRootCertificate,
  rootCommonName,
} from "./root-ca.js";
export type { RootCa } from "./root-ca.js";
export { createNodeKey, csrBytesMax, validateCsr } from "./csr.js";
export type { CsrInput, NodeKey } from "./csr.js";
export { issueNodeCertificate, renewNodeCertificate } from "./issue.js";
export {
  certBackdateMs,
  certValidityMsDefault,
  certValidityMsMin,
  rootValidityMsDefault,
  rootValidityMsMin,
} from "./validity.js";
export type { IssuedCertificate } from "./issue.js";
export { acceptRootCa, checkValidity, verifyNodeCertificate } from "./verify.js";
export { drawRenewalFraction, renewalDecision, renewalFractionMax, renewalFractionMin } from "./renewal.js";
export type { RenewalDecision } from "./renewal.js";
export { chainPem, crossSignRoot, issuerKeyIdOf, splitPemChain, subjectKeyIdOf } from "./cross-sign.js";
export { x509 } from "./x509.js";
