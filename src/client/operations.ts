// Every method a client calls, named as a user would say it: errors and timeouts speak of
// "create secret", never of `keel.api.SecretCreate` or `local.RotateDek`.
import { localMethods, methods } from "../manager/api/methods.js";

export const dekStateMethod = "local.DekState";

const operations: Readonly<Record<string, string>> = {
  [methods.join]: "join the cluster",
  [methods.addManager]: "add a manager",
  [methods.renewCertificate]: "renew the certificate",
  [methods.unlockKey]: "show the unlock key",
  [methods.rotateUnlockKey]: "rotate the unlock key",
  [methods.status]: "cluster status",
  [methods.clusterGet]: "show the cluster",
  [methods.clusterUpdate]: "update the cluster",
  [methods.joinTokens]: "show the join tokens",
  [methods.rotateJoinToken]: "rotate the join tokens",
  [methods.rotateNetworkKeys]: "rotate the network keys",
  [methods.watchNetworkKeys]: "watch the network keys",
  [methods.secretCreate]: "create secret",
  [methods.secretUpdate]: "update secret",
  [methods.secretRemove]: "remove secret",
  [methods.secretGet]: "inspect secret",
  [methods.secretList]: "list secrets",
  [methods.nodeList]: "list nodes",
  [methods.nodeGet]: "inspect node",
  [methods.nodeRemove]: "remove node",
  [methods.nodeRole]: "change a node's role",
  [methods.caInspect]: "show the root CA",
  [methods.caRotate]: "rotate the root CA",
  [methods.caTrust]: "ask which root CAs to trust",
  [localMethods.unlock]: "unlock",
  [localMethods.status]: "node status",
  [localMethods.rotateDek]: "rotate the DEK",
  [dekStateMethod]: "DEK rotation state",
};

/** operationOf names a method in the user's words (the method itself if unknown). */
export function operationOf(method: string): string {
  return operations[method.replace(/^fwd\./, "")] ?? method;
}

/**
 * inUserWords replaces method names inside a message (a node's error can name the method it
 * forwarded) with the operation they stand for.
 */
export function inUserWords(message: string): string {
  return message.replace(/\b(?:fwd\.)?(?:keel\.api|local)\.[A-Za-z]+\b/g, (name) => operationOf(name));
}
