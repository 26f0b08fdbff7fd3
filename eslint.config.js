// @ts-check
import js from "@eslint/js";
import tseslint from "typescript-eslint";

const pureCoreRestrictions = {
  "no-restricted-globals": [
    "error",
    { name: "Date", message: "The core counts time in ticks; take time from a Clock at the edge." },
    { name: "setTimeout", message: "The core is synchronous; timers belong to the driver." },
    { name: "setInterval", message: "The core is synchronous; timers belong to the driver." },
    { name: "setImmediate", message: "The core is synchronous; timers belong to the driver." },
    { name: "performance", message: "The core counts time in ticks." },
    { name: "crypto", message: "Randomness comes from the injected prng." },
    { name: "process", message: "The core does no I/O." },
  ],
  "no-restricted-imports": ["error", { patterns: [{ group: ["node:*"], message: "The core does no I/O." }] }],
  "no-restricted-properties": [
    "error",
    { object: "Math", property: "random", message: "Randomness comes from the injected prng." },
  ],
};

export default tseslint.config(
  { ignores: ["node_modules/", "src/gen/", "dist/", "keel-data/", "coverage/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.ts"],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/switch-exhaustiveness-check": [
        "error",
        { considerDefaultExhaustiveForUnions: true },
      ],
      "@typescript-eslint/only-throw-error": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
    },
  },
  { files: ["src/raft/**/*.ts", "src/fsm/**/*.ts"], rules: pureCoreRestrictions },
  {
    files: ["**/*.js", "**/*.mjs"],
    languageOptions: { globals: { process: "readonly", console: "readonly" } },
  },
);
