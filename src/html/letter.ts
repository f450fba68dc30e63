/** Pieces every letter's view shares: names of parties and recipients, the issuing office. */
import type { Party } from "../link/common.generated.js";
import { wordingOf } from "../link/as-written.js";
import type { Registry } from "../link/registry.js";
import type { RecipientView } from "./types.js";

/** The region itself is not printed under "Västra Götalandsregionen" as its own office. */
const REGION_ID = "vgr";

/** "Rut Regin, Regiondirektör", a group or organisation name, or the party's own text. */
export function partyText(party: Party, registry: Registry): string {
  if (party.text) return party.text;
  const name = (kind: "person" | "role" | "group" | "organisation") => {
    const id = party[kind];
    return id && (wordingOf(party, kind) ?? registry.nameOf(kind, id));
  };
  const names = [name("person"), name("role")].filter((n): n is string => Boolean(n));
  if (names.length > 0) return names.join(", ");
  return name("group") || name("organisation") || "";
}

/** The name of an id as the document prints it: the original's wording (asWritten) if given, else the registry's. */
export function nameAsWritten(
  owner: { asWritten?: Record<string, unknown> } | undefined,
  field: string,
  kind: "person" | "role" | "group" | "organisation",
  id: string,
  registry: Registry,
  inList = false,
): string {
  return wordingOf(owner, field, inList ? id : undefined) ?? registry.nameOf(kind, id);
}

export interface RecipientLike {
  asWritten?: Record<string, unknown>;
  person?: string;
  role?: string;
  group?: string;
  email?: string;
  purpose?: string;
  text?: string;
}

/** A line of the distribution list. */
export function recipientView(recipient: RecipientLike, registry: Registry): RecipientView {
  const text =
    recipient.text ??
    (recipient.person && nameAsWritten(recipient, "person", "person", recipient.person, registry)) ??
    (recipient.group && nameAsWritten(recipient, "group", "group", recipient.group, registry)) ??
    (recipient.role && nameAsWritten(recipient, "role", "role", recipient.role, registry)) ??
    "";
  return { text, ...(recipient.email && { email: recipient.email }), ...(recipient.purpose && { purpose: recipient.purpose }) };
}

/** The office under "Västra Götalandsregionen" in the letterhead; none for the region itself. */
export function issuerName(issuer: string, registry: Registry, wording?: string): string | undefined {
  return issuer === REGION_ID ? undefined : (wording ?? registry.nameOf("organisation", issuer));
}
