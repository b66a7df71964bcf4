// Barrel of this folder; the package index re-exports it.
export {};
