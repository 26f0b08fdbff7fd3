// One error class for the linearizability checker: a history or option it cannot read. A
// history it can read but that is not linearizable is a verdict, never an error.

export type LinearizabilityErrorType =
  | { code: "DUPLICATE_ID"; id: number }
  /** A time is not a finite number, or an answer came before its call. */
  | { code: "INVALID_TIMES"; id: number; invokeMs: number; returnMs: number | null }
  /** An operation has an answer but no return time. */
  | { code: "OUTCOME_MISMATCH"; id: number }
  /** An input or answer does not have a shape the model knows. */
  | { code: "MALFORMED_OPERATION"; id: number; reason: string }
  | { code: "INVALID_OPTION"; option: string; reason: string };

export type LinearizabilityErrorCode = LinearizabilityErrorType["code"];

function describe(type: LinearizabilityErrorType): string {
  switch (type.code) {
    case "DUPLICATE_ID":
      return `two operations have id ${type.id}; each needs its own`;
    case "INVALID_TIMES":
      return `operation ${type.id} was invoked at ${type.invokeMs} ms and returned at ${type.returnMs} ms: times must be finite and it cannot return before it was invoked`;
    case "OUTCOME_MISMATCH":
      return `operation ${type.id} has an answer but no return time; an answer comes at a known time`;
    case "MALFORMED_OPERATION":
      return `operation ${type.id} is malformed: ${type.reason}`;
    case "INVALID_OPTION":
      return `invalid option ${type.option}: ${type.reason}`;
  }
}

export class LinearizabilityError extends Error {
  readonly type: LinearizabilityErrorType;

  constructor(type: LinearizabilityErrorType) {
    super(describe(type));
    this.name = "LinearizabilityError";
    this.type = type;
  }

  get code(): LinearizabilityErrorCode {
    return this.type.code;
  }
}
