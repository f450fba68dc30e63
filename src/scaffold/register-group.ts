/**
 * Adding a group to mandates/registry/groups.yaml. The new entry is made with yaml's Document API
 * and appended as text, so every existing comment, blank line and flow list stays byte for byte.
 */
import { readFile, writeFile } from "node:fs/promises";
import { Document, isSeq, parseDocument } from "yaml";

export const GROUP_KINDS = ["koncernövergripande grupp", "samordningsråd", "ledningsgrupp", "funktionsgrupp", "nätverk", "råd", "processteam", "grupp"] as const;

export interface NewGroup {
  id: string;
  name: string;
  kind: string;
  parent?: string;
}

/** The registry text with `group` appended; throws when the file is not a list or already has the id. */
export function appendGroup(text: string, group: NewGroup): string {
  const doc = parseDocument(text);
  if (doc.errors.length > 0 || !(isSeq(doc.contents) || doc.contents === null)) throw new Error("groups.yaml är inte en lista; rätta den först (mandat check visar var).");
  const ids = (doc.toJS() as { id?: unknown }[] | null ?? []).map((g) => g?.id);
  if (ids.includes(group.id)) throw new Error(`Gruppen ${group.id} finns redan i groups.yaml.`);
  const entry = new Document([{ id: group.id, name: group.name, kind: group.kind, ...(group.parent && { parent: group.parent }) }]);
  const separator = text === "" || text.endsWith("\n") ? "" : "\n";
  return text + separator + entry.toString({ lineWidth: 0 });
}

export async function registerGroup(path: string, group: NewGroup): Promise<void> {
  await writeFile(path, appendGroup(await readFile(path, "utf8"), group));
}
