/**
 * Internal: turns a TopoJSON topology (the boundaries of `morocco-map`) into compact SVG path data:
 * arcs decoded, projected (equirectangular), simplified once per shared arc (Douglas–Peucker, so that
 * neighbouring areas keep one common border), rounded to a grid and written as relative path commands.
 * Used by `scripts/generate-map.ts` and by the test that checks the generated shapes are up to date;
 * nothing here runs when a report is built.
 *
 * @module
 */

/** The part of a TopoJSON topology this module reads. */
export interface Topology {
  readonly type: "Topology";
  readonly transform?: { readonly scale: readonly [number, number]; readonly translate: readonly [number, number] };
  readonly arcs: readonly (readonly (readonly [number, number])[])[];
  readonly objects: Readonly<Record<string, { readonly type: string; readonly geometries: readonly TopoGeometry[] }>>;
}

/** A polygon or multipolygon of a topology: rings of arc indexes (`~i` for arc `i` reversed). */
export interface TopoGeometry {
  readonly type: string;
  readonly id?: string | number;
  readonly arcs?: readonly (readonly number[])[] | readonly (readonly (readonly number[])[])[];
  readonly properties?: Readonly<Record<string, unknown>>;
}

/** A point in longitude and latitude (degrees), or in map units once projected. */
export type Point = readonly [number, number];

/**
 * The arcs of a topology in longitude and latitude: quantized arcs are delta-decoded and scaled by the
 * topology's transform.
 *
 * @param topology - the topology.
 * @returns one list of points per arc.
 */
export function decodeArcs(topology: Topology): Point[][] {
  const t = topology.transform;
  return topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]): Point => {
      if (t === undefined) return [dx, dy];
      x += dx;
      y += dy;
      return [x * t.scale[0] + t.translate[0], y * t.scale[1] + t.translate[1]];
    });
  });
}

/** An equirectangular projection onto a grid: x east, y south, one unit `1 / unitsPerDegree` degree of latitude. */
export interface Projection {
  readonly west: number;
  readonly north: number;
  /** Cosine of the reference latitude, which shortens degrees of longitude. */
  readonly cosine: number;
  readonly unitsPerDegree: number;
  /** Size of the projected bounding box, in units. */
  readonly width: number;
  readonly height: number;
}

/**
 * The equirectangular projection of a set of arcs, its reference latitude the middle of their extent.
 *
 * @param arcs - arcs in longitude and latitude.
 * @param unitsPerDegree - grid units per degree of latitude.
 * @returns the projection.
 */
export function equirectangular(arcs: readonly (readonly Point[])[], unitsPerDegree: number): Projection {
  let west = Number.POSITIVE_INFINITY;
  let east = Number.NEGATIVE_INFINITY;
  let south = Number.POSITIVE_INFINITY;
  let north = Number.NEGATIVE_INFINITY;
  for (const arc of arcs)
    for (const [lon, lat] of arc) {
      west = Math.min(west, lon);
      east = Math.max(east, lon);
      south = Math.min(south, lat);
      north = Math.max(north, lat);
    }
  const cosine = Math.cos((((south + north) / 2) * Math.PI) / 180);
  return {
    west,
    north,
    cosine,
    unitsPerDegree,
    width: Math.ceil((east - west) * cosine * unitsPerDegree),
    height: Math.ceil((north - south) * unitsPerDegree),
  };
}

/** Project a point (longitude, latitude) to map units. */
export function project(p: Projection, [lon, lat]: Point): Point {
  return [(lon - p.west) * p.cosine * p.unitsPerDegree, (p.north - lat) * p.unitsPerDegree];
}

function distanceToSegment([x, y]: Point, [ax, ay]: Point, [bx, by]: Point): number {
  const dx = bx - ax;
  const dy = by - ay;
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / length2));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

/**
 * Douglas–Peucker simplification: the points that stay within `tolerance` of the line are dropped; the
 * first and last points are always kept (they are where arcs meet).
 *
 * @param points - a line.
 * @param tolerance - the largest distance a dropped point may lie from the simplified line.
 * @returns the simplified line.
 */
export function simplify(points: readonly Point[], tolerance: number): Point[] {
  if (points.length <= 2) return [...points];
  const keep = new Uint8Array(points.length);
  keep[0] = 1;
  keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [from, to] = stack.pop() as [number, number];
    const a = points[from] as Point;
    const b = points[to] as Point;
    let far = -1;
    let farthest = tolerance;
    for (let i = from + 1; i < to; i++) {
      const d = distanceToSegment(points[i] as Point, a, b);
      if (d > farthest) {
        farthest = d;
        far = i;
      }
    }
    if (far >= 0) {
      keep[far] = 1;
      stack.push([from, far], [far, to]);
    }
  }
  return points.filter((_, i) => keep[i] === 1);
}

/** Twice the signed area of a ring (positive when it turns clockwise on screen, y downwards). */
function ringArea(ring: readonly Point[]): number {
  let area = 0;
  for (let i = 0; i < ring.length; i++) {
    const [x1, y1] = ring[i] as Point;
    const [x2, y2] = ring[(i + 1) % ring.length] as Point;
    area += x1 * y2 - x2 * y1;
  }
  return area;
}

/** Options of {@link topologyPaths}. */
export interface PathOptions {
  /** Grid units per degree of latitude (coordinates are written as integers of this grid). */
  readonly unitsPerDegree: number;
  /** Douglas–Peucker tolerance, in grid units. */
  readonly tolerance: number;
  /** Rings smaller than this many square units are dropped (islets), except a geometry's largest ring. */
  readonly minArea: number;
  /** The projection to use, to draw several topologies in one coordinate system; default that of these arcs. */
  readonly projection?: Projection | undefined;
}

/** The SVG outlines of a topology's geometries, in one coordinate system. */
export interface TopologyPaths {
  readonly projection: Projection;
  /** Path data by geometry id. */
  readonly paths: ReadonlyMap<string, string>;
}

/**
 * SVG path data of every polygon and multipolygon of a topology's first object, by geometry id.
 *
 * @param topology - the topology.
 * @param options - grid, tolerance, smallest ring kept, projection.
 * @returns the projection and the paths: an absolute move to each ring's first point, then relative line
 * commands on the integer grid, each ring closed.
 */
export function topologyPaths(topology: Topology, options: PathOptions): TopologyPaths {
  const lonLat = decodeArcs(topology);
  const projection = options.projection ?? equirectangular(lonLat, options.unitsPerDegree);
  const arcs = lonLat.map((arc) =>
    simplify(
      arc.map((p) => project(projection, p)),
      options.tolerance,
    ).map(([x, y]): Point => [Math.round(x), Math.round(y)]),
  );
  const object = Object.values(topology.objects)[0];
  const paths = new Map<string, string>();
  for (const g of object?.geometries ?? []) {
    if (g.id === undefined || g.arcs === undefined) continue;
    const polygons = (g.type === "Polygon" ? [g.arcs] : g.arcs) as readonly (readonly (readonly number[])[])[];
    const rings: Point[][] = [];
    for (const polygon of polygons)
      for (const ringArcs of polygon) {
        const ring: Point[] = [];
        for (const index of ringArcs) {
          const arc = index >= 0 ? (arcs[index] ?? []) : [...(arcs[~index] ?? [])].reverse();
          for (const [i, point] of arc.entries()) {
            const last = ring[ring.length - 1];
            // Consecutive arcs share their meeting point, and rounding may repeat a point.
            if (i === 0 && ring.length > 0) continue;
            if (last !== undefined && last[0] === point[0] && last[1] === point[1]) continue;
            ring.push(point);
          }
        }
        const first = ring[0];
        const end = ring[ring.length - 1];
        if (first !== undefined && end !== undefined && first[0] === end[0] && first[1] === end[1]) ring.pop();
        if (ring.length >= 3) rings.push(ring);
      }
    const largest = rings.reduce((m, r) => Math.max(m, Math.abs(ringArea(r))), 0);
    const kept = rings.filter((r) => Math.abs(ringArea(r)) / 2 >= options.minArea || Math.abs(ringArea(r)) === largest);
    paths.set(String(g.id), kept.map(ringPath).join(""));
  }
  return { projection, paths };
}

/** A ring as path data: `M x y`, then `l dx dy` steps, then `z`. */
function ringPath(ring: readonly Point[]): string {
  const [x0, y0] = ring[0] as Point;
  let out = `M${x0} ${y0}l`;
  for (let i = 1; i < ring.length; i++) {
    const [x, y] = ring[i] as Point;
    const [px, py] = ring[i - 1] as Point;
    const dx = x - px;
    const dy = y - py;
    // A minus sign separates numbers by itself.
    out += `${i === 1 || dx < 0 ? "" : " "}${dx}${dy < 0 ? "" : " "}${dy}`;
  }
  return `${out}z`;
}
