/** What a reference can point at, and where each kind of entry is kept and named. */
import type { Localised } from "../diagnostics/messages.js";
import type { DocRef } from "../parse/doc.js";
import type { RegistryName } from "../load/source.js";

export type RefKind = DocRef["kind"];

export interface KindInfo {
  /** Registry file (mandates/registry/<registry>.yaml). */
  registry: RegistryName;
  /** The field that identifies an entry. */
  idKey: "id" | "diarienummer";
  /** "Gruppen" / "The group", at the start of a sentence. */
  name: Localised;
}

export const KINDS: Record<RefKind, KindInfo> = {
  person: { registry: "people", idKey: "id", name: { sv: "Personen", en: "The person" } },
  role: { registry: "roles", idKey: "id", name: { sv: "Rollen", en: "The role" } },
  group: { registry: "groups", idKey: "id", name: { sv: "Gruppen", en: "The group" } },
  organisation: { registry: "organisations", idKey: "id", name: { sv: "Organisationen", en: "The organisation" } },
  document: { registry: "documents", idKey: "diarienummer", name: { sv: "Dokumentet", en: "The document" } },
};

/** The kind of entry a registry file holds. */
export function kindOfRegistry(name: RegistryName): RefKind {
  return (Object.keys(KINDS) as RefKind[]).find((k) => KINDS[k].registry === name)!;
}
