// Barrel of this folder; the package index re-exports it.
export type {
  GenerateRegistryOptions,
  SyntheticErrorKind,
  SyntheticRecord,
  SyntheticRegistry,
} from "./generate.js";
export { generateRegistry, SyntheticOptionsError } from "./generate.js";
