/** TEMPORARY during the move to ctx.report({ doc, path }): the old helpers. Deleted when no rule imports it. */
import type { Doc, DataPath } from "../parse/doc.js";
import { hasValidData } from "../parse/doc.js";
import { placeOfPath } from "../parse/place.js";
import type { RuleContext } from "./context.js";
import type { Mandate } from "../doctypes/mandate/data.generated.js";
import type { MeetingNotes } from "../doctypes/meeting-notes/data.generated.js";
export type LinkContext = RuleContext & { lang: "sv" | "en" };
export type Lang = "sv" | "en";
export function placeIn(file: Doc, path: DataPath, preferKey = false) { return placeOfPath(file, path, preferKey); }
export function mandates(ctx: RuleContext): { file: Doc; data: Mandate }[] {
  return ctx.documents.filter((f) => hasValidData(f) && f.type === "uppdragshandling").map((file) => ({ file, data: file.data as Mandate }));
}
export function meetingNotes(ctx: RuleContext): { file: Doc; data: MeetingNotes }[] {
  return ctx.documents.filter((f) => hasValidData(f) && f.type === "motesanteckning").map((file) => ({ file, data: file.data as MeetingNotes }));
}
export { placeOfNode, headings, bodyStart, type HeadingInfo } from "../util/mdast.js";
export function fileOfNode(node: { data?: unknown }, documentPath: string): string {
  const source = (node.data as { source?: unknown } | undefined)?.source;
  return typeof source === "string" ? source : documentPath;
}
