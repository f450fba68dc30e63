/** Offset ↔ line/column of one source text, 1-based like vfile (vfile-location does the arithmetic). */
import { location } from "vfile-location";
import type { Point } from "../diagnostics/diagnostic.js";

export class LineIndex {
  private readonly place: ReturnType<typeof location>;

  constructor(readonly text: string) {
    this.place = location(text);
  }

  /** The point of an offset; offsets outside the text are clamped to it. */
  point(offset: number): Point {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    // Within [0, length] vfile-location always has a point (the end of the text included).
    const p = this.place.toPoint(clamped)!;
    return { line: p.line, column: p.column, offset: clamped };
  }
}
