// Secrets: create, update (labels only, as in SwarmKit: data is immutable), remove, get, list.
// Responses carry metadata and a digest of the data, never the data.
import type { Secret } from "../../fsm/index.js";
import { newSecret } from "../../fsm/index.js";
import { keelapi } from "../../gen/api.js";
import { pooledBytes, reusedWriter } from "../../protobuf-writer.js";
import { newObjectId } from "../ids.js";
import type { Applied } from "../../node/index.js";
import type { ApiContext } from "./context.js";
import { decode, propose, resolveRef } from "./context.js";
import { pageOf } from "./page.js";
import { labelsOf, secretView } from "./views.js";

function findSecret(ctx: ApiContext, ref: string): Secret {
  const store = ctx.node.store;
  return resolveRef("secret", ref, {
    byId: (id) => store.get("secret", id),
    byName: (name) => store.findByName("secret", name),
    byPrefix: (prefix) => store.findByIdPrefix("secret", prefix),
  });
}

function respond(secret: Secret): Uint8Array {
  // Copied into the control socket's or the RPC's answer at once: the reused writer will do.
  const writer = reusedWriter();
  keelapi.SecretResponse.encode({ secret: secretView(secret) }, writer);
  return pooledBytes(writer);
}

function createdSecret(applied: Applied): Secret | undefined {
  const event = applied.events[0];
  return event?.kind === "secret" && event.type === "create" ? event.object : undefined;
}

export async function secretCreate(ctx: ApiContext, body: Uint8Array): Promise<Uint8Array> {
  const request = decode(keelapi.SecretCreateRequest, body, "secret create");
  const secret = newSecret({
    id: newObjectId(ctx.entropy),
    name: request.name,
    data: request.data,
    labels: labelsOf(request.labels),
  });
  const applied = await propose(ctx, [{ action: "create", kind: "secret", object: secret }]);
  ctx.log.debug("secret-created", { id: secret.id, name: secret.spec.name });
  // The store's event is the secret as created (its meta set): no lookup in a large table.
  return respond(createdSecret(applied) ?? secret);
}

export async function secretUpdate(ctx: ApiContext, body: Uint8Array): Promise<Uint8Array> {
  const request = decode(keelapi.SecretUpdateRequest, body, "secret update");
  await ctx.node.linearizableRead();
  const secret = findSecret(ctx, request.ref);
  const updated: Secret = { ...secret, spec: { ...secret.spec, labels: labelsOf(request.labels) } };
  await propose(ctx, [{ action: "update", kind: "secret", object: updated }]);
  return respond(ctx.node.store.get("secret", secret.id) ?? updated);
}

export async function secretRemove(ctx: ApiContext, body: Uint8Array): Promise<Uint8Array> {
  const request = decode(keelapi.ObjectRef, body, "secret ref");
  await ctx.node.linearizableRead();
  const secret = findSecret(ctx, request.ref);
  await propose(ctx, [{ action: "remove", kind: "secret", object: secret }]);
  ctx.log.debug("secret-removed", { id: secret.id, name: secret.spec.name });
  return respond(secret);
}

export async function secretGet(ctx: ApiContext, body: Uint8Array): Promise<Uint8Array> {
  const request = decode(keelapi.ObjectRef, body, "secret ref");
  await ctx.node.linearizableRead();
  return respond(findSecret(ctx, request.ref));
}

/** secretList answers one page (src/manager/api/page.ts); an empty body asks for the first. */
export async function secretList(ctx: ApiContext, body: Uint8Array): Promise<Uint8Array> {
  const request = decode(keelapi.ListRequest, body, "list request");
  await ctx.node.linearizableRead();
  const page = pageOf(
    ctx.node.store.list("secret"),
    request,
    secretView,
    (v) => keelapi.SecretView.encode(v).len,
  );
  return keelapi.SecretListResponse.encode({
    secrets: page.items,
    nextPageToken: page.nextPageToken,
  }).finish();
}
