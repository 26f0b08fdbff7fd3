// The client API's method names and who may call each. Managers serve every `keel.api.*` method
// on their listener's client channel (mutual TLS); a node serves the same names, plus the
// `local.*` ones, on its control socket to the `keel` command.
import type { Access } from "../../transport/index.js";

export const methods = {
  join: "keel.api.Join",
  addManager: "keel.api.AddManager",
  renewCertificate: "keel.api.RenewCertificate",
  unlockKey: "keel.api.UnlockKey",
  rotateUnlockKey: "keel.api.RotateUnlockKey",
  status: "keel.api.Status",
  clusterGet: "keel.api.ClusterGet",
  clusterUpdate: "keel.api.ClusterUpdate",
  joinTokens: "keel.api.JoinTokens",
  rotateJoinToken: "keel.api.RotateJoinToken",
  rotateNetworkKeys: "keel.api.RotateNetworkKeys",
  watchNetworkKeys: "keel.api.WatchNetworkKeys",
  secretCreate: "keel.api.SecretCreate",
  secretUpdate: "keel.api.SecretUpdate",
  secretRemove: "keel.api.SecretRemove",
  secretGet: "keel.api.SecretGet",
  secretList: "keel.api.SecretList",
  nodeList: "keel.api.NodeList",
  nodeGet: "keel.api.NodeGet",
  nodeRemove: "keel.api.NodeRemove",
  nodeRole: "keel.api.NodeRole",
  nodeUpdate: "keel.api.NodeUpdate",
  heartbeat: "keel.api.Heartbeat",
  caInspect: "keel.api.CaInspect",
  caRotate: "keel.api.CaRotate",
  caTrust: "keel.api.CaTrust",
  nodeLeave: "keel.api.NodeLeave",
} as const;

/** Methods only the control socket serves: they act on the local node. */
export const localMethods = {
  unlock: "local.Unlock",
  status: "local.Status",
  rotateDek: "local.RotateDek",
  // Disaster recovery (src/manager/recovery).
  backup: "local.Backup",
} as const;

export type MethodName = (typeof methods)[keyof typeof methods];

/** access: who may call each method over mutual TLS. */
export const access: Readonly<Record<MethodName, Access>> = {
  [methods.join]: "public",
  [methods.addManager]: "manager",
  [methods.renewCertificate]: "node",
  [methods.unlockKey]: "manager",
  [methods.rotateUnlockKey]: "manager",
  [methods.status]: "manager",
  [methods.clusterGet]: "manager",
  [methods.clusterUpdate]: "manager",
  [methods.joinTokens]: "manager",
  [methods.rotateJoinToken]: "manager",
  [methods.rotateNetworkKeys]: "manager",
  [methods.watchNetworkKeys]: "node",
  [methods.secretCreate]: "manager",
  [methods.secretUpdate]: "manager",
  [methods.secretRemove]: "manager",
  [methods.secretGet]: "manager",
  [methods.secretList]: "manager",
  [methods.nodeList]: "manager",
  [methods.nodeGet]: "manager",
  [methods.nodeRemove]: "manager",
  [methods.nodeRole]: "manager",
  [methods.nodeUpdate]: "manager",
  [methods.heartbeat]: "node",
  [methods.caInspect]: "manager",
  [methods.caRotate]: "manager",
  [methods.caTrust]: "node",
  [methods.nodeLeave]: "node",
};

/** Methods that must run on the Raft leader (membership changes); others forward them there. */
export const leaderOnly: ReadonlySet<MethodName> = new Set([
  methods.addManager,
  methods.nodeRemove,
  methods.nodeRole,
  methods.heartbeat,
  methods.nodeLeave,
]);

/** forwardedName is the method a manager calls on the leader to forward a leader-only request once. */
export function forwardedName(method: MethodName): string {
  return `fwd.${method}`;
}
