#!/usr/bin/env node
// Checks that the package graph in the files matches the layers of docs/architecture.md.
//
//   node scripts/check-graph.mjs [workspace-root]
//
// For every workspace package (pnpm-workspace.yaml) it reads package.json and tsconfig.json and fails when
//   (a) the tsconfig `references` are not exactly the package's `@madani/*` dependencies;
//   (b) a `@madani/*` dependency points sideways or upwards in the layers below, or is not `workspace:^`;
//   (c) a source file imports a `@madani/*` package that is not among the package's dependencies
//       (files under src/ may use only dependencies and peerDependencies, not devDependencies);
// and when the root tsconfig.json does not reference every workspace package (so `tsc -b` checks them all).

import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

/**
 * The layers of docs/architecture.md: a package may depend only on packages of a lower layer, so siblings
 * (plan, events, registry) never depend on each other. `null` marks a package that may depend on
 * every other one and that nothing may depend on (the examples).
 */
const LAYERS = {
  "@madani/model": 0,
  "@madani/report": 1,
  "@madani/plan": 2,
  "@madani/events": 2,
  "@madani/registry": 2,
  "@madani/cli": 3,
  "@madani/examples": null,
};
const SCOPE = "@madani/";
const DEP_FIELDS = ["dependencies", "peerDependencies", "optionalDependencies", "devDependencies"];
const RUNTIME_DEP_FIELDS = ["dependencies", "peerDependencies", "optionalDependencies"];
const SOURCE_EXT = /\.(?:[cm]?ts|tsx|[cm]?js|jsx)$/;
const SKIP_DIRS = new Set(["node_modules", "dist", ".tsc", "coverage", ".bench"]);

const root = path.resolve(process.argv[2] ?? path.join(path.dirname(fileURLToPath(import.meta.url)), ".."));
const problems = [];
const rel = (p) => path.relative(root, p) || ".";

function readJson(file) {
  return JSON.parse(readFileSync(file, "utf8"));
}

/** tsconfig files are JSON with comments and trailing commas: parse them as TypeScript does. */
function readTsconfig(file) {
  const { config, error } = ts.readConfigFile(file, ts.sys.readFile);
  if (error) throw new Error(`${rel(file)}: ${ts.flattenDiagnosticMessageText(error.messageText, "\n")}`);
  return config;
}

/** The `packages:` globs of pnpm-workspace.yaml (only `dir`, `dir/*` forms are used here). */
function workspaceDirs() {
  const yaml = readFileSync(path.join(root, "pnpm-workspace.yaml"), "utf8");
  const globs = [];
  let inPackages = false;
  for (const line of yaml.split(/\r?\n/)) {
    if (/^packages\s*:/.test(line)) inPackages = true;
    else if (/^\S/.test(line)) inPackages = false;
    else if (inPackages) {
      const m = /^\s*-\s*["']?([^"'#]+?)["']?\s*(?:#.*)?$/.exec(line);
      if (m?.[1]) globs.push(m[1]);
    }
  }
  const dirs = [];
  for (const glob of globs) {
    if (glob.startsWith("!")) continue;
    if (glob.endsWith("/*")) {
      const parent = path.join(root, glob.slice(0, -2));
      if (!existsSync(parent)) continue;
      for (const name of readdirSync(parent).sort()) {
        const dir = path.join(parent, name);
        if (statSync(dir).isDirectory() && existsSync(path.join(dir, "package.json"))) dirs.push(dir);
      }
    } else if (glob.includes("*")) {
      problems.push(`pnpm-workspace.yaml: glob "${glob}" is not understood by scripts/check-graph.mjs`);
    } else if (existsSync(path.join(root, glob, "package.json"))) {
      dirs.push(path.join(root, glob));
    }
  }
  return dirs;
}

function* sourceFiles(dir) {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (SKIP_DIRS.has(entry.name)) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(full);
    else if (SOURCE_EXT.test(entry.name) && !entry.name.endsWith(".d.ts")) yield full;
  }
}

/** Package name of a module specifier, for `@madani/*` specifiers only. */
function madaniPackageOf(specifier) {
  if (!specifier.startsWith(SCOPE)) return undefined;
  return specifier.split("/").slice(0, 2).join("/");
}

/** Every module specifier of a file: static and dynamic imports, re-exports, require, import types. */
function importsOf(file) {
  const info = ts.preProcessFile(readFileSync(file, "utf8"), true, true);
  return info.importedFiles.map((f) => f.fileName);
}

const dirs = workspaceDirs();
const packages = dirs.map((dir) => {
  const manifest = readJson(path.join(dir, "package.json"));
  return { dir, name: manifest.name, manifest };
});
const byName = new Map(packages.map((p) => [p.name, p]));
const byDir = new Map(packages.map((p) => [p.dir, p]));

/** The package a tsconfig reference points at (a directory or a tsconfig file inside one). */
function referencedPackage(fromDir, refPath) {
  let target = path.resolve(fromDir, refPath);
  if (target.endsWith(".json")) target = path.dirname(target);
  return byDir.get(target);
}

for (const pkg of packages) {
  const where = rel(path.join(pkg.dir, "package.json"));
  if (typeof pkg.name !== "string") {
    problems.push(`${where}: has no "name"`);
    continue;
  }
  if (pkg.name.startsWith(SCOPE) && !(pkg.name in LAYERS)) {
    problems.push(
      `${where}: ${pkg.name} is not in the package layers of docs/architecture.md; add it to LAYERS in scripts/check-graph.mjs (and to docs/architecture.md)`,
    );
  }

  const deps = new Map(); // name -> field
  for (const field of DEP_FIELDS) {
    for (const [name, range] of Object.entries(pkg.manifest[field] ?? {})) {
      if (!name.startsWith(SCOPE)) continue;
      if (!deps.has(name)) deps.set(name, field);
      if (byName.has(name) && !String(range).startsWith("workspace:")) {
        problems.push(`${where}: ${field}.${name} is "${range}"; internal dependencies must be "workspace:^"`);
      }
    }
  }

  // (b) direction of the dependencies.
  const layer = LAYERS[pkg.name];
  for (const dep of deps.keys()) {
    if (!byName.has(dep)) {
      problems.push(`${where}: depends on ${dep}, which is not a workspace package`);
      continue;
    }
    if (dep === pkg.name) {
      problems.push(`${where}: depends on itself`);
      continue;
    }
    const depLayer = LAYERS[dep];
    if (depLayer === null) {
      problems.push(`${where}: depends on ${dep}; nothing may depend on ${dep}`);
    } else if (layer === undefined || layer === null || depLayer === undefined) {
      // examples may depend on anything; unknown packages are reported above.
    } else if (depLayer === layer) {
      problems.push(
        `${where}: ${pkg.name} depends on its sibling ${dep}; sibling packages may not import each other (docs/architecture.md), move what they share to a lower package`,
      );
    } else if (depLayer > layer) {
      problems.push(
        `${where}: ${pkg.name} depends on ${dep}, which sits above it in docs/architecture.md (model <- report <- plan/events/registry <- cli); nothing imports upward`,
      );
    }
  }

  // (a) tsconfig references == @madani/* dependencies.
  const tsconfigFile = path.join(pkg.dir, "tsconfig.json");
  if (!existsSync(tsconfigFile)) {
    problems.push(`${rel(pkg.dir)}: has no tsconfig.json`);
  } else {
    const tsconfig = readTsconfig(tsconfigFile);
    const referenced = new Set();
    for (const ref of tsconfig.references ?? []) {
      const target = referencedPackage(pkg.dir, ref.path);
      if (!target) problems.push(`${rel(tsconfigFile)}: reference "${ref.path}" is not a workspace package`);
      else referenced.add(target.name);
    }
    for (const dep of deps.keys()) {
      if (byName.has(dep) && !referenced.has(dep)) {
        const refPath = path.relative(pkg.dir, byName.get(dep).dir);
        problems.push(
          `${rel(tsconfigFile)}: ${pkg.name} depends on ${dep} but has no reference to it; add { "path": "${refPath}" } to "references"`,
        );
      }
    }
    for (const name of referenced) {
      if (!deps.has(name)) {
        problems.push(
          `${rel(tsconfigFile)}: references ${name}, which is not among the dependencies of ${pkg.name}; remove the reference or add the dependency`,
        );
      }
    }
  }

  // (c) imports of @madani/* packages by the files of the package.
  const runtimeDeps = new Set([...deps].filter(([, field]) => RUNTIME_DEP_FIELDS.includes(field)).map(([n]) => n));
  const isExamples = LAYERS[pkg.name] === null;
  const areas = isExamples ? [{ dir: pkg.dir, src: false }] : [{ dir: path.join(pkg.dir, "src"), src: true }];
  if (!isExamples) {
    for (const d of ["test", "bench", "scripts"]) areas.push({ dir: path.join(pkg.dir, d), src: false });
  }
  for (const area of areas) {
    for (const file of sourceFiles(area.dir)) {
      for (const specifier of importsOf(file)) {
        const target = madaniPackageOf(specifier);
        if (target === undefined) continue;
        if (target === pkg.name) {
          if (area.src) problems.push(`${rel(file)}: imports its own package "${specifier}"; use a relative import`);
        } else if (!deps.has(target)) {
          problems.push(`${rel(file)}: imports "${specifier}" but ${target} is not a dependency of ${pkg.name}`);
        } else if (area.src && !runtimeDeps.has(target)) {
          problems.push(
            `${rel(file)}: imports "${specifier}" but ${target} is only a devDependency of ${pkg.name}; code under src/ ships`,
          );
        }
      }
    }
  }
}

// The root tsconfig.json references every workspace package, so that `tsc -b` checks them all.
const rootTsconfigFile = path.join(root, "tsconfig.json");
if (existsSync(rootTsconfigFile)) {
  const refs = new Set(
    (readTsconfig(rootTsconfigFile).references ?? []).map((r) => referencedPackage(root, r.path)?.name),
  );
  for (const pkg of packages) {
    if (!refs.has(pkg.name)) {
      problems.push(
        `tsconfig.json: does not reference ${rel(pkg.dir)}; add { "path": "${rel(pkg.dir)}" } to "references"`,
      );
    }
  }
}

if (problems.length > 0) {
  console.error(`check-graph: ${problems.length} problem(s) in the package graph:`);
  for (const p of problems) console.error(`  - ${p}`);
  process.exit(1);
}
console.log(
  `check-graph: ${packages.length} workspace packages, references, layers and imports agree with docs/architecture.md (${packages.map((p) => p.name).join(", ")})`,
);
