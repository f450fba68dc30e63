/**
 * CODEOWNERS from the register: a change to a document asks for review by the people responsible for
 * it, the group's chair and the one who decides (the decision's signatory, or for a draft the
 * commissioner who will adopt it); meeting notes by the group's chair. A party that is a role means
 * every person in the people register who holds it. Accounts are the people register's `github`.
 */
import { relative, sep } from "node:path";
import type { Mandate } from "../doctypes/mandate/data.generated.js";
import type { MeetingNotes } from "../doctypes/meeting-notes/data.generated.js";
import { hasValidData, type Doc } from "../parse/doc.js";
import type { Registry } from "./registry.js";

/** Where GitHub reads it; the rule codeowners-stale compares this file with what the register gives. */
export const CODEOWNERS_PATH = ".github/CODEOWNERS";

export const CODEOWNERS_HEADER = [
  "# Skapad av `mandat codeowners` ur registren: ordförandens och beslutsfattarens GitHub-konton",
  "# (github i mandates/registry/people.yaml). Ändra inte för hand: ändra registret eller dokumentet",
  "# och kör mandat codeowners igen; mandat check säger till när filen inte stämmer.",
];

type Party = { person?: string; role?: string };

/** A party's accounts; a role's holders are looked up once per role. */
function accountsFinder(registry: Registry): (party: Party | undefined) => string[] {
  const byRole = new Map<string, string[]>();
  for (const p of registry.people.values()) {
    if (p.value.role && p.value.github) byRole.set(p.value.role, [...(byRole.get(p.value.role) ?? []), p.value.github]);
  }
  return (party) => {
    if (party?.person) {
      const account = registry.people.get(party.person)?.value.github;
      return account ? [account] : [];
    }
    return party?.role ? (byRole.get(party.role) ?? []) : [];
  };
}

/** The owners of each document, by its path from the repository root. */
export function ownersByDocument(documents: readonly Doc[], registry: Registry, root: string): Map<string, string[]> {
  const accountsOf = accountsFinder(registry);
  const chairOf = new Map<string, Party>();
  for (const d of documents) if (d.type === "uppdragshandling" && hasValidData(d)) chairOf.set((d.data as Mandate).group, (d.data as Mandate).chair as Party);
  const out = new Map<string, string[]>();
  for (const d of documents) {
    if (!hasValidData(d)) continue;
    const path = relative(root, d.source.absolute).split(sep).join("/");
    let accounts: string[] = [];
    if (d.type === "uppdragshandling") {
      const m = d.data as Mandate;
      const decides = (m.decision?.decidedBy ?? m.commissioner) as Party;
      accounts = [...accountsOf(m.chair as Party), ...accountsOf(decides)];
    } else if (d.type === "motesanteckning") {
      accounts = accountsOf(chairOf.get((d.data as MeetingNotes).group));
    }
    out.set(path, [...new Set(accounts)].sort());
  }
  return new Map([...out].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** The CODEOWNERS text; undefined when nobody in the register has an account (then no file is needed). */
export function codeownersText(documents: readonly Doc[], registry: Registry, root: string): string | undefined {
  if (![...registry.people.values()].some((p) => p.value.github)) return undefined;
  const owners = ownersByDocument(documents, registry, root);
  if (![...owners.values()].some((a) => a.length > 0)) return undefined;
  const lines = [...CODEOWNERS_HEADER, ""];
  for (const [path, accounts] of owners) {
    // GitHub reads spaces in a path as separators: escape them.
    const pattern = `/${path.replace(/ /g, "\\ ")}`;
    lines.push(accounts.length > 0 ? `${pattern} ${accounts.map((a) => `@${a}`).join(" ")}` : `# ${pattern}: ingen ordförande eller beslutsfattare med GitHub-konto i registret`);
  }
  return lines.join("\n") + "\n";
}
