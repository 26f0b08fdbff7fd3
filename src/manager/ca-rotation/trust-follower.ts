// A node's side of a root CA rotation (SwarmKit's node following RootCA changes in its session):
// trust what the cluster says to trust now — both roots during a rotation, the new one alone
// after — in the TLS credentials and in the data dir's root file (a restart trusts the same),
// and renew at once when the leader marks this node ROTATE and its certificate is not yet from
// the new root. Managers feed it from their store, workers from CaTrust answers.
import { issuerKeyIdOf, splitPemChain, subjectKeyIdOf } from "../../ca/index.js";
import type { TlsCredentials } from "../../transport/index.js";
import { writeAtomic } from "../data-dir.js";
import { codeOf } from "../errors.js";
import type { Logger } from "../log.js";

/** TrustView is what a node must trust now, and whether the leader asks it to renew. */
export interface TrustView {
  /** PEM bundle: the root, then the rotation's root while one is in progress. */
  readonly trustPem: string;
  readonly rotate: boolean;
}

export interface TrustFollowerDeps {
  readonly credentials: TlsCredentials;
  /** The data dir's root CA file: what the node trusts when it starts. */
  readonly rootFile: string;
  readonly log: Logger;
  /** Renews the node's certificate now (CertificateRenewer.renewNow). */
  readonly renewNow: () => void;
  /** Called once the credentials trust new roots (a manager hands them to its listener). */
  readonly onTrustChanged?: () => void;
}

const normalized = (pems: readonly string[]): string[] =>
  pems.flatMap(splitPemChain).map((pem) => `${pem.trim()}\n`);

export class TrustFollower {
  #last = "";
  #warned = "";
  #following: Promise<void> = Promise.resolve();

  constructor(private readonly deps: TrustFollowerDeps) {}

  /** follow applies `view` after the ones before it; the same view twice in a row is one. */
  follow(view: TrustView): void {
    const key = `${view.rotate}:${view.trustPem}`;
    if (key === this.#last) return;
    this.#last = key;
    this.#following = this.#following
      .then(() => this.#apply(view))
      .catch((error: unknown) => {
        // Tried again with the next view, even the same one: the certificate that the new roots
        // refused may be one a renewal in progress replaces (a rotation can finish while the
        // last node swaps its certificate in). A node whose certificate no root it is told to
        // trust signed (it missed a whole rotation) must join again; said once per view.
        if (this.#last === key) this.#last = "";
        if (this.#warned !== key) this.deps.log.warn("trust-update-failed", { code: codeOf(error), error });
        this.#warned = key;
      });
  }

  async #apply(view: TrustView): Promise<void> {
    const { credentials, log } = this.deps;
    const roots = normalized([view.trustPem]);
    const desired = roots[roots.length - 1];
    if (desired === undefined || !credentials.isOpen) return;
    if (roots.join("") !== normalized(credentials.trustPems).join("")) {
      await credentials.setTrust(roots);
      await writeAtomic(this.deps.rootFile, roots.join(""));
      this.deps.onTrustChanged?.();
      log.info("trust-changed", { roots: roots.length });
    }
    if (view.rotate && issuerKeyIdOf(credentials.certificatePem) !== subjectKeyIdOf(desired)) {
      log.info("certificate-rotating", { reason: "root CA rotation" });
      this.deps.renewNow();
    }
  }

  /** idle resolves once every view given so far is applied (or failed). */
  idle(): Promise<void> {
    return this.#following;
  }
}
