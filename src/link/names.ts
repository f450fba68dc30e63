/** Names of registry entries for messages: "Rut Regin (regiondirektör)". */
import type { Party } from "./common.generated.js";
import { lowerFirst } from "../util/text.js";
import type { Registry } from "./registry.js";

export function partyName(party: Party, registry: Registry): string {
  const person = party.person && registry.nameOf("person", party.person);
  const role = party.role && lowerFirst(registry.nameOf("role", party.role));
  if (person && role) return `${person} (${role})`;
  return person || role || (party.group && registry.nameOf("group", party.group)) || (party.organisation && registry.nameOf("organisation", party.organisation)) || party.text || "?";
}
