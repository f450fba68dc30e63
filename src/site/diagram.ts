/**
 * Diagrams of the group structure as inline SVG: elkjs (the Eclipse layout kernel's layered
 * algorithm) places the boxes and routes the lines at build time; this module only draws what it
 * computed. The SVG is a group (role="group") named by its <title>: each group's box is a link to
 * its page (relative href, focusable, named by the group's full name); the page puts a text
 * alternative with the same relations, as links, next to it.
 */
import { createRequire } from "node:module";
import type { ELK as ElkApi, ElkExtendedEdge, ElkNode } from "elkjs/lib/elk-api.js";
import { hashOf, NO_STORE, type Store } from "../cache/store.js";
import type { RelationKind } from "./model.js";

export interface DiagramNode {
  id: string;
  label: string;
  /** The group the diagram is about (drawn highlighted). */
  focus?: boolean;
  /** Where the box links to (relative to the page); none: a plain box. */
  href?: string;
  /** Not a group (a role, or "deltagarnas ordinarie linjestruktur"): drawn dashed. */
  external?: boolean;
}

export interface DiagramEdge {
  kind: RelationKind;
  from: string;
  to: string;
}

// Loaded on the first layout that is not in the cache: elkjs takes some 0.3 s to load, which a build
// paid before its check began; now it loads while Chromium prints (and not at all when every layout is kept).
let engine: Promise<ElkApi> | undefined;
function elk(): Promise<ElkApi> {
  // A CommonJS module: its exports object is both the constructor and holds it as `default`.
  engine ??= import("elkjs/lib/elk.bundled.js").then((bundle) => new (bundle.default as unknown as { default: new () => ElkApi }).default());
  return engine;
}
const FONT = 13;
const LINE = 16;
const CHAR = 7.1; // average advance of Liberation Sans at 13 px, for box widths
const WRAP = 28;

/** Words into lines of at most WRAP characters (a longer word stays whole). */
function wrap(label: string): string[] {
  const lines: string[] = [];
  for (const word of label.split(/\s+/)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= WRAP) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** What the SVG is drawn from: the laid-out graph's size, edge routes and box places (ELK's output, trimmed). */
interface Laid {
  width?: number;
  height?: number;
  edges?: { sections?: { startPoint: Point; endPoint: Point; bendPoints?: Point[] }[] }[];
  children?: { x?: number; y?: number; width?: number; height?: number }[];
}

interface Point {
  x: number;
  y: number;
}

/** Version of the layout entries' key and layout: a change makes every kept layout a miss. */
const LAYOUT_FORMAT = "mandat-layout/1";
/** The store's kind for laid-out graphs. */
export const LAYOUT_KIND = "layout";

let elkVersion: string | undefined;
function layoutEngine(): string {
  return (elkVersion ??= `elkjs ${(createRequire(import.meta.url)("elkjs/package.json") as { version: string }).version}`);
}

/**
 * The layouts of one build. ELK takes tens of milliseconds even for a handful of boxes, and its
 * result depends on nothing but its input (the boxes' sizes and order, the edges, the options) and
 * its version: so every graph is laid out once per build, however many pages draw it (groups of
 * the same shape and label widths), and with a store (the build's cache) once until it changes.
 * The graph ELK sees names its boxes by position, so the names never enter the key.
 */
export class Layouts {
  private readonly made = new Map<string, Promise<Laid>>();

  constructor(private readonly store: Store = NO_STORE) {}

  layout(graph: ElkNode): Promise<Laid> {
    const key = hashOf(LAYOUT_FORMAT, layoutEngine(), JSON.stringify(graph));
    let laid = this.made.get(key);
    if (!laid) {
      laid = this.find(key, graph);
      this.made.set(key, laid);
    }
    return laid;
  }

  private async find(key: string, graph: ElkNode): Promise<Laid> {
    const kept = await this.store.get(LAYOUT_KIND, key);
    // An entry that is not a layout of this graph (torn, altered) is laid out again and rewritten below.
    const found = kept && readLaid(kept, graph);
    if (found) return found;
    const out = await (await elk()).layout(graph);
    const laid: Laid = {
      width: out.width,
      height: out.height,
      edges: (out.edges ?? []).map((e) => ({ sections: e.sections?.map((s) => ({ startPoint: s.startPoint, endPoint: s.endPoint, ...(s.bendPoints && { bendPoints: s.bendPoints }) })) })),
      // In the order of the graph's boxes (the drawing takes box i's place from child i).
      children: (graph.children ?? []).map((box) => {
        const c = out.children?.find((child) => child.id === box.id);
        return { x: c?.x, y: c?.y, width: c?.width, height: c?.height };
      }),
    };
    await this.store.put(LAYOUT_KIND, key, JSON.stringify(laid));
    return laid;
  }
}

/** A kept layout, if it is one for `graph`: a place for every box, a route list for every edge. */
function readLaid(bytes: Buffer, graph: ElkNode): Laid | undefined {
  let laid: Laid;
  try {
    laid = JSON.parse(bytes.toString("utf8")) as Laid;
  } catch {
    return undefined;
  }
  const number = (n: unknown) => typeof n === "number" && Number.isFinite(n);
  const boxes = laid?.children;
  const routes = laid?.edges;
  if (!Array.isArray(boxes) || boxes.length !== (graph.children ?? []).length || !boxes.every((b) => number(b?.x) && number(b?.y))) return undefined;
  if (!Array.isArray(routes) || routes.length !== (graph.edges ?? []).length || !number(laid.width) || !number(laid.height)) return undefined;
  return laid;
}

/**
 * An SVG of the nodes and edges. Layout direction: whom a group reports to and a parent group
 * above, reporting groups and sub-groups below; related groups are joined by a dotted line.
 * `idPrefix` keeps element ids unique on the page; `title` names the image; `layouts` the build's
 * layouts (default: this diagram's own).
 */
export async function renderDiagram(nodes: readonly DiagramNode[], edges: readonly DiagramEdge[], options: { idPrefix: string; title: string; layouts?: Layouts }): Promise<string> {
  const lines = new Map(nodes.map((n) => [n.id, wrap(n.label)]));
  // Boxes are named by position for ELK (its layout does not depend on the names; the key then does not either).
  const index = new Map(nodes.map((n, i) => [n.id, `n${i}`]));
  const graph: ElkNode = {
    id: "root",
    layoutOptions: {
      "elk.algorithm": "layered",
      "elk.direction": "DOWN",
      "elk.spacing.nodeNode": "24",
      "elk.layered.spacing.nodeNodeBetweenLayers": "48",
      "elk.edgeRouting": "ORTHOGONAL",
      "elk.layered.nodePlacement.strategy": "BRANDES_KOEPF",
      "elk.padding": "[top=12,left=12,bottom=12,right=12]",
    },
    children: nodes.map((n) => {
      const text = lines.get(n.id)!;
      return { id: index.get(n.id)!, width: Math.ceil(Math.max(...text.map((l) => l.length)) * CHAR + 24), height: text.length * LINE + 16 };
    }),
    // The upper end of every edge first, so the layered layout puts it above.
    edges: edges.map((e, i): ElkExtendedEdge => {
      const [upper, lower] = e.kind === "reportsTo" ? [e.to, e.from] : [e.from, e.to];
      return { id: `e${i}`, sources: [index.get(upper) ?? upper], targets: [index.get(lower) ?? lower] };
    }),
  };
  const laid = await (options.layouts ?? new Layouts()).layout(graph);
  const width = Math.ceil(laid.width ?? 0);
  const height = Math.ceil(laid.height ?? 0);
  const p = options.idPrefix;
  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" class="diagram" role="group" aria-labelledby="${p}-title" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">`);
  out.push(`<title id="${p}-title">${escapeXml(options.title)}</title>`);
  out.push(`<defs><marker id="${p}-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#333"/></marker></defs>`);
  for (const [i, edge] of (laid.edges ?? []).entries()) {
    const kind = edges[i]!.kind;
    for (const section of edge.sections ?? []) {
      const points = [section.startPoint, ...(section.bendPoints ?? []), section.endPoint];
      const d = points.map((pt, j) => `${j === 0 ? "M" : "L"}${round(pt.x)},${round(pt.y)}`).join(" ");
      // A reporting line points up, at whom the group reports to (the edge's source end).
      const marker = kind === "reportsTo" ? ` marker-start="url(#${p}-arrow)"` : "";
      out.push(`<path class="edge edge-${kind}" d="${d}"${marker}/>`);
    }
  }
  for (const [i, child] of (laid.children ?? []).entries()) {
    const node = nodes[i]!;
    const x = round(child.x ?? 0);
    const y = round(child.y ?? 0);
    const text = lines.get(node.id)!;
    const classes = `node${node.focus ? " node-focus" : ""}${node.external ? " node-external" : ""}`;
    // A link's name is the whole label (its <text> lines would be read without spaces between them).
    if (node.href) out.push(`<a class="node-link" href="${escapeXml(node.href)}" aria-label="${escapeXml(node.label)}">`);
    out.push(`<g class="${classes}">`);
    out.push(`<rect x="${x}" y="${y}" width="${child.width}" height="${child.height}" rx="4"/>`);
    const cx = x + (child.width ?? 0) / 2;
    text.forEach((line, j) => {
      out.push(`<text x="${round(cx)}" y="${round(y + 8 + FONT + j * LINE - 2)}" text-anchor="middle">${escapeXml(line)}</text>`);
    });
    out.push("</g>");
    if (node.href) out.push("</a>");
  }
  out.push("</svg>");
  return out.join("\n");
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
