/** Offset ↔ line/column of one source text, 1-based like vfile (vfile-location does the arithmetic). */
import { location } from "vfile-location";
import type { Point } from "../diagnostics/diagnostic.js";

export class LineIndex {
  // Made on the first question: most documents of a run are never asked for a place.
  private place?: ReturnType<typeof location>;

  constructor(readonly text: string) {}

  /** The point of an offset; offsets outside the text are clamped to it. */
  point(offset: number): Point {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    // Within [0, length] vfile-location always has a point (the end of the text included).
    this.place ??= location(this.text);
    const p = this.place.toPoint(clamped)!;
    return { line: p.line, column: p.column, offset: clamped };
  }
}
