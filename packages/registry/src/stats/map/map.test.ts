import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { provinces, regions } from "@madani/model/geo";
import { SvgPathDataSchema } from "@madani/report";
import { describe, expect, it } from "vitest";
import { PROVINCE_SHAPE_CODES, REGION_SHAPE_CODES } from "./codes.js";
import { shapesModule } from "./generate.js";
import { MAP_HEIGHT, MAP_WIDTH, PROVINCE_PATHS, REGION_PATHS } from "./shapes.js";
import { type Point, simplify, type Topology } from "./topology.js";

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const topology = (file: string) =>
  JSON.parse(readFileSync(require.resolve(`morocco-map/data/${file}`), "utf8")) as Topology;

/** The rings of path data written as `M x y l dx dy … z`. */
function rings(d: string): Point[][] {
  const out: Point[][] = [];
  for (const part of d.split("z").filter((p) => p !== "")) {
    const m = /^M(-?\d+) (-?\d+)l(.*)$/.exec(part);
    if (m === null) throw new Error(`unexpected path data ${part.slice(0, 40)}`);
    const steps = (m[3] ?? "").match(/-?\d+/g)?.map(Number) ?? [];
    let x = Number(m[1]);
    let y = Number(m[2]);
    const ring: Point[] = [[x, y]];
    for (let i = 0; i + 1 < steps.length; i += 2) {
      x += steps[i] ?? 0;
      y += steps[i + 1] ?? 0;
      ring.push([x, y]);
    }
    out.push(ring);
  }
  return out;
}

/** Even-odd point in polygon. */
function inside([px, py]: Point, polygon: readonly (readonly Point[])[]): boolean {
  let hit = false;
  for (const ring of polygon)
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i] as Point;
      const [xj, yj] = ring[j] as Point;
      if (yi > py !== yj > py && px < ((xj - xi) * (py - yi)) / (yj - yi) + xi) hit = !hit;
    }
  return hit;
}

/** A point well inside a polygon: the middle of the widest span of the horizontal line through its middle. */
function interiorPoint(polygon: readonly (readonly Point[])[]): Point {
  const ys = polygon.flat().map((p) => p[1]);
  const y = (Math.min(...ys) + Math.max(...ys)) / 2 + 0.25;
  const xs: number[] = [];
  for (const ring of polygon)
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i] as Point;
      const [xj, yj] = ring[j] as Point;
      if (yi > y !== yj > y) xs.push(((xj - xi) * (y - yi)) / (yj - yi) + xi);
    }
  xs.sort((a, b) => a - b);
  let best: Point = [xs[0] ?? 0, y];
  let width = -1;
  for (let i = 0; i + 1 < xs.length; i += 2) {
    const w = (xs[i + 1] ?? 0) - (xs[i] ?? 0);
    if (w > width) {
      width = w;
      best = [((xs[i] ?? 0) + (xs[i + 1] ?? 0)) / 2, y];
    }
  }
  return best;
}

describe("the map's shapes", () => {
  it("draw every HCP région and every province and prefecture, one shape each and nothing else", () => {
    expect(Object.keys(REGION_PATHS).sort()).toEqual(regions().map((r) => r.code));
    const drawn = provinces().filter((p) => p.type !== "prefecture_of_arrondissements");
    expect(drawn).toHaveLength(75);
    expect(Object.keys(PROVINCE_PATHS).sort()).toEqual(drawn.map((p) => p.code).sort());
    // The eight prefectures of arrondissements have no shape of their own: the statistics count them in
    // the prefecture of Casablanca (06.141), which has one.
    const arrondissements = provinces().filter((p) => p.type === "prefecture_of_arrondissements");
    expect(arrondissements.map((p) => p.prefectureCode)).toEqual(new Array(8).fill("06.141"));
    expect(PROVINCE_PATHS["06.141"]).toBeDefined();
    // The table is one to one.
    expect(new Set(Object.values(PROVINCE_SHAPE_CODES)).size).toBe(Object.keys(PROVINCE_SHAPE_CODES).length);
    expect(new Set(Object.values(REGION_SHAPE_CODES)).size).toBe(12);
  });

  it("put each province inside its own région, and in no other", () => {
    const regionPolygons = Object.entries(REGION_PATHS).map(([code, d]) => [code, rings(d)] as const);
    for (const [code, d] of Object.entries(PROVINCE_PATHS)) {
      const polygon = rings(d);
      const point = interiorPoint(polygon);
      expect(inside(point, polygon), `${code}: the test point is inside the province`).toBe(true);
      const containing = regionPolygons.filter(([, r]) => inside(point, r)).map(([c]) => c);
      expect(containing, code).toEqual([code.slice(0, 2)]);
    }
  });

  it("are valid, compact path data inside the map's box", () => {
    let regionBytes = 0;
    let provinceBytes = 0;
    for (const [table, add] of [
      [REGION_PATHS, (n: number) => (regionBytes += n)],
      [PROVINCE_PATHS, (n: number) => (provinceBytes += n)],
    ] as const) {
      for (const [code, d] of Object.entries(table)) {
        expect(SvgPathDataSchema.safeParse(d).success, code).toBe(true);
        add(d.length);
        for (const [x, y] of rings(d).flat()) {
          expect(x).toBeGreaterThanOrEqual(0);
          expect(y).toBeGreaterThanOrEqual(0);
          expect(x).toBeLessThanOrEqual(MAP_WIDTH);
          expect(y).toBeLessThanOrEqual(MAP_HEIGHT);
        }
      }
    }
    // Budgets of the generated outlines (measured: about 5.4 kB and 13.4 kB).
    expect(regionBytes).toBeLessThan(8_000);
    expect(provinceBytes).toBeLessThan(20_000);
  });

  it("are those the generator makes from morocco-map (run scripts/generate-map.ts after a change)", () => {
    const text = shapesModule(topology("regions.json"), topology("provinces.json"));
    expect(readFileSync(join(here, "shapes.ts"), "utf8")).toBe(text);
  });
});

describe("simplify", () => {
  it("keeps the ends and the points farther than the tolerance from the line", () => {
    const line: Point[] = [
      [0, 0],
      [1, 0.1],
      [2, 0],
      [3, 5],
      [4, 0],
    ];
    expect(simplify(line, 0.5)).toEqual([
      [0, 0],
      [2, 0],
      [3, 5],
      [4, 0],
    ]);
    expect(simplify(line, 10)).toEqual([
      [0, 0],
      [4, 0],
    ]);
  });
});
