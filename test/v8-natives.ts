// V8's natives syntax, enabled at run time, for tests that the write path stays in optimised
// code: a function is warmed in the interpreter, compiled by TurboFan for its next call, and
// asked whether the optimised code still stands after a few more calls.
import { setFlagsFromString } from "node:v8";

setFlagsFromString("--allow-natives-syntax");
type Natives = (f: unknown) => unknown;
const native = (call: string): Natives => new Function("f", `return %${call}(f)`) as Natives;
const prepare = native("PrepareFunctionForOptimization");
const optimiseOnNextCall = native("OptimizeFunctionOnNextCall");
const status = native("GetOptimizationStatus");
const holey = native("HasHoleyElements");
// V8's OptimizationStatus: bit 4 is "optimised", bit 6 "TurboFan".
const optimisedBits = (1 << 4) | (1 << 6);

export const isOptimised = (f: unknown): boolean => ((status(f) as number) & optimisedBits) === optimisedBits;

/** Whether an array's elements kind is HOLEY (TurboFan's inlined map makes one; the builtin does not). */
export const isHoley = (array: readonly unknown[]): boolean => holey(array) === true;

/** warmThenOptimise calls `run` in the interpreter, then once compiled by TurboFan, then a few times more. */
export function warmThenOptimise(functions: readonly unknown[], run: (i: number) => void): void {
  let i = 0;
  for (const f of functions) prepare(f);
  for (; i < 20; i++) run(i);
  for (const f of functions) optimiseOnNextCall(f);
  for (const end = i + 5; i < end; i++) run(i);
}
