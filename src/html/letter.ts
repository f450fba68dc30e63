/** Pieces every letter's view shares: names of parties and recipients, the issuing office. */
import type { Party } from "../link/common.generated.js";
import type { Registry } from "../link/registry.js";
import type { RecipientView } from "./types.js";

/** The region itself is not printed under "Västra Götalandsregionen" as its own office. */
const REGION_ID = "vgr";

/** "Rut Regin, Regiondirektör", a group or organisation name, or the party's own text. */
export function partyText(party: Party, registry: Registry): string {
  if (party.text) return party.text;
  const names = [
    party.person && registry.nameOf("person", party.person),
    party.role && registry.nameOf("role", party.role),
  ].filter((name): name is string => Boolean(name));
  if (names.length > 0) return names.join(", ");
  if (party.group) return registry.nameOf("group", party.group);
  if (party.organisation) return registry.nameOf("organisation", party.organisation);
  return "";
}

export interface RecipientLike {
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
    (recipient.person && registry.nameOf("person", recipient.person)) ??
    (recipient.group && registry.nameOf("group", recipient.group)) ??
    (recipient.role && registry.nameOf("role", recipient.role)) ??
    "";
  return { text, ...(recipient.email && { email: recipient.email }), ...(recipient.purpose && { purpose: recipient.purpose }) };
}

/** The office under "Västra Götalandsregionen" in the letterhead; none for the region itself. */
export function issuerName(issuer: string, registry: Registry): string | undefined {
  return issuer === REGION_ID ? undefined : registry.nameOf("organisation", issuer);
}
