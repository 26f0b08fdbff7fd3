// Staging of one proposal: every action is checked against the tables as changed by the
// actions before it, without touching the tables. Only a fully staged proposal is committed,
// so a rejected one changes nothing, identically on every manager.
import { StoreError } from "./errors.js";
import type { Meta, ObjectKind, Proposal, StoreAction, StoreObject } from "./objects.js";
import type { Tables } from "./tables.js";
import { uniqueName, validateAction } from "./validate.js";

/** Change is one staged action with the object as it will be (or was, for a removal) stored. */
export interface Change {
  readonly action: StoreAction["action"];
  readonly kind: ObjectKind;
  readonly object: StoreObject;
}

function withMeta<T extends StoreObject>(object: T, meta: Meta): T {
  return { ...object, meta };
}

/** Overlay is the tables as changed by the actions staged so far; its maps are made at the first change. */
class Overlay {
  // Most proposals carry one action, which needs no overlay: nothing is allocated for them.
  private objects: Map<string, StoreObject | null> | null = null;
  private names: Map<string, string | null> | null = null;

  constructor(private readonly tables: Tables) {}

  get(kind: ObjectKind, id: string): StoreObject | undefined {
    const staged = this.objects?.get(`${kind}\0${id}`);
    if (staged !== undefined) return staged ?? undefined;
    return this.tables.get(kind, id);
  }

  nameOwner(kind: ObjectKind, name: string): string | undefined {
    const staged = this.names?.get(`${kind}\0${name}`);
    if (staged !== undefined) return staged ?? undefined;
    return this.tables.nameOwner(kind, name);
  }

  set(kind: ObjectKind, id: string, object: StoreObject | null): void {
    (this.objects ??= new Map()).set(`${kind}\0${id}`, object);
  }

  setName(kind: ObjectKind, name: string, id: string | null): void {
    (this.names ??= new Map()).set(`${kind}\0${name}`, id);
  }
}

function checkNameFree(overlay: Overlay, kind: ObjectKind, name: string | null, id: string): void {
  if (name === null) return;
  const owner = overlay.nameOwner(kind, name);
  if (owner !== undefined && owner !== id) {
    throw new StoreError({ code: "NAME_CONFLICT", kind, name, existingId: owner });
  }
}

function checkVersion(kind: ObjectKind, given: StoreObject, stored: StoreObject): void {
  if (given.meta.version !== stored.meta.version) {
    const { id } = given;
    throw new StoreError({
      code: "VERSION_CONFLICT",
      kind,
      id,
      expected: given.meta.version,
      actual: stored.meta.version,
    });
  }
}

function stageAction(
  overlay: Overlay,
  a: StoreAction,
  index: number,
  timestampMs: number,
  seenLater: boolean,
): Change {
  validateAction(a);
  const { kind, object } = a;
  const stored = overlay.get(kind, object.id);
  switch (a.action) {
    case "create": {
      if (stored !== undefined) throw new StoreError({ code: "ALREADY_EXISTS", kind, id: object.id });
      const name = uniqueName(kind, object);
      checkNameFree(overlay, kind, name, object.id);
      const created = withMeta(object, {
        version: index,
        createdAtMs: timestampMs,
        updatedAtMs: timestampMs,
      });
      if (seenLater) {
        overlay.set(kind, object.id, created);
        if (name !== null) overlay.setName(kind, name, object.id);
      }
      return { action: "create", kind, object: created };
    }
    case "update": {
      if (stored === undefined) throw new StoreError({ code: "NOT_FOUND", kind, id: object.id });
      checkVersion(kind, object, stored);
      const name = uniqueName(kind, object);
      checkNameFree(overlay, kind, name, object.id);
      const meta = { version: index, createdAtMs: stored.meta.createdAtMs, updatedAtMs: timestampMs };
      const updated = withMeta(object, meta);
      if (seenLater) {
        const oldName = uniqueName(kind, stored);
        if (oldName !== null) overlay.setName(kind, oldName, null);
        if (name !== null) overlay.setName(kind, name, object.id);
        overlay.set(kind, object.id, updated);
      }
      return { action: "update", kind, object: updated };
    }
    case "remove": {
      if (stored === undefined) throw new StoreError({ code: "NOT_FOUND", kind, id: object.id });
      checkVersion(kind, object, stored);
      if (seenLater) {
        const oldName = uniqueName(kind, stored);
        if (oldName !== null) overlay.setName(kind, oldName, null);
        overlay.set(kind, object.id, null);
      }
      return { action: "remove", kind, object: stored };
    }
  }
}

/**
 * stageProposal checks every action of a proposal and returns the changes to commit, in order.
 * It throws StoreError for the first action that cannot be applied and never mutates tables.
 */
export function stageProposal(tables: Tables, proposal: Proposal, index: number): Change[] {
  const overlay = new Overlay(tables);
  const changes: Change[] = [];
  const last = proposal.actions.length - 1;
  for (let i = 0; i <= last; i++) {
    // The last action's changes are seen by no later one: they are not staged in the overlay.
    changes.push(stageAction(overlay, proposal.actions[i]!, index, proposal.timestampMs, i < last));
  }
  return changes;
}

/** commitChanges applies staged changes, in order, to the tables they were staged against. */
export function commitChanges(tables: Tables, changes: readonly Change[]): void {
  for (const change of changes) {
    if (change.action === "remove") tables.remove(change.kind, change.object.id);
    else tables.put(change.kind, change.object);
  }
}
