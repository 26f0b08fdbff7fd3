// resolveRef: exact id, then name, then id prefix — and a prefix (a scan of the whole table)
// only when the name finds nothing.
import { describe, expect, test } from "vitest";
import { resolveRef } from "../../src/manager/api/context.js";
import { ManagerError } from "../../src/manager/errors.js";

interface Obj {
  readonly id: string;
  readonly name: string;
}

function lookupsOver(objects: readonly Obj[]) {
  const calls = { byPrefix: 0 };
  return {
    calls,
    lookups: {
      byId: (id: string) => objects.find((o) => o.id === id),
      byName: (name: string) => objects.filter((o) => o.name === name),
      byPrefix: (prefix: string) => {
        calls.byPrefix++;
        return objects.filter((o) => o.id.startsWith(prefix));
      },
    },
  };
}

const objects: Obj[] = [
  { id: "abc123", name: "alpha" },
  { id: "abd456", name: "beta" },
];

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    if (e instanceof ManagerError) return e.code;
    throw e;
  }
  return undefined;
}

describe("resolveRef", () => {
  test("a name that is found never scans by prefix", () => {
    const { lookups, calls } = lookupsOver(objects);
    expect(resolveRef("secret", "beta", lookups).id).toBe("abd456");
    expect(resolveRef("secret", "abc123", lookups).name).toBe("alpha");
    expect(calls.byPrefix).toBe(0);
  });

  test("an id prefix is found when no name matches; an ambiguous one or none is refused", () => {
    const { lookups, calls } = lookupsOver(objects);
    expect(resolveRef("secret", "abc", lookups).name).toBe("alpha");
    expect(calls.byPrefix).toBe(1);
    expect(codeOf(() => resolveRef("secret", "ab", lookups))).toBe("AMBIGUOUS");
    expect(codeOf(() => resolveRef("secret", "zz", lookups))).toBe("NOT_FOUND");
    expect(codeOf(() => resolveRef("secret", "", lookups))).toBe("INVALID_ARGUMENT");
  });
});
