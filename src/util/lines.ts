/** Offset ↔ line/column of one source text, 1-based like vfile (vfile-location does the arithmetic). */
import { location } from "vfile-location";
import type { Point } from "../diagnostics/diagnostic.js";

export class LineIndex {
  private readonly place: ReturnType<typeof location>;
  private lines?: string[];

  constructor(readonly text: string) {
    this.place = location(text);
  }

  /** The point of an offset; offsets outside the text are clamped to it. */
  point(offset: number): Point {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const p = this.place.toPoint(clamped);
    // vfile-location has no point for the very end of a text that ends in a line break.
    if (!p) {
      const before = this.text.slice(0, clamped);
      const line = before.split("\n").length;
      return { line, column: clamped - before.lastIndexOf("\n"), offset: clamped };
    }
    return { line: p.line, column: p.column, offset: clamped };
  }

  /** The offset of a 1-based point, or undefined outside the text. */
  offset(point: { line: number; column: number }): number | undefined {
    const offset = this.place.toOffset(point);
    return offset === undefined || offset < 0 ? undefined : offset;
  }

  /** The text of a 1-based line, without its line break. */
  line(line: number): string {
    this.lines ??= this.text.split(/\r?\n/);
    return this.lines[line - 1] ?? "";
  }

  get lineCount(): number {
    this.lines ??= this.text.split(/\r?\n/);
    return this.lines.length;
  }
}
