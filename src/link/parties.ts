/** What a party (a person, role, group or organisation reference) means once the registry is known. */
import type { Party } from "./common.generated.js";
import type { Registry } from "./registry.js";

/** The organisation a party belongs to: its own, its person's, else its role's; undefined when unknown. */
export function organisationOf(party: Party | undefined, registry: Registry): string | undefined {
  if (!party) return undefined;
  return party.organisation ?? (party.person && registry.person(party.person)?.organisation) ?? (party.role && registry.role(party.role)?.organisation) ?? undefined;
}

/** The people a party can stand for: the named person, else everyone in the registry with its role. */
export function peopleOf(party: Party | undefined, registry: Registry): string[] {
  if (!party) return [];
  if (party.person) return [party.person];
  if (!party.role) return [];
  return [...registry.people.values()].filter((e) => e.value.role === party.role).map((e) => e.value.id);
}

/** The same function: the same person, or the same role with no person named on either side. */
export function sameParty(a: Party, b: Party, registry: Registry): boolean {
  if (a.person && b.person) return a.person === b.person;
  const roleA = a.role ?? (a.person && registry.person(a.person)?.role);
  const roleB = b.role ?? (b.person && registry.person(b.person)?.role);
  return Boolean(roleA && roleA === roleB);
}
