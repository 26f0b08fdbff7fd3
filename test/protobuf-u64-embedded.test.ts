// keel as a library leaves protobufjs as it found it: an embedding program may decode its own
// uint64 fields as Longs, and importing keel must not turn them into numbers (only the keel
// process calls decodeShortU64AsNumbers; test/protobuf-u64.test.ts covers that reader).
import $protobuf from "protobufjs/minimal.js";
import { expect, test } from "vitest";
import * as keel from "../src/index.js";

test("importing keel's package entry does not change how protobufjs decodes a uint64", () => {
  expect(Object.keys(keel).length).toBeGreaterThan(0);
  const reader = $protobuf.Reader.create($protobuf.Writer.create().uint64(5).finish());
  const decoded = reader.uint64() as unknown;
  expect(typeof decoded).toBe("object");
  expect((decoded as { toNumber(): number }).toNumber()).toBe(5);
});
