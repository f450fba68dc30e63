/* Generated from schemas/common.schema.json by scripts/types.ts (npm run types). Do not edit: edit the schema. */

/**
 * Id för en person i registret mandates/registry/people.yaml.
 */
export type PersonId = string;
/**
 * Id för en roll i registret mandates/registry/roles.yaml.
 */
export type RoleId = string;
/**
 * Id för en grupp i registret mandates/registry/groups.yaml.
 */
export type GroupId = string;
/**
 * Id för en förvaltning, stab eller annan organisation i registret mandates/registry/organisations.yaml.
 */
export type OrganisationId = string;

/**
 * Byggstenar som uppdragshandlingar, mötesanteckningar och register delar.
 */
export interface CommonDefinitions {
  Party: Party;
}
/**
 * Vem något gäller: en person, en roll, en grupp och/eller en organisation ur registren. Med text skrivs exakt den formuleringen ut; utan text bildas den av registrens namn.
 */
export interface Party {
  person?: PersonId;
  role?: RoleId;
  group?: GroupId;
  organisation?: OrganisationId;
  /**
   * Formuleringen som skrivs ut, om den inte ska bildas av registrens namn.
   */
  text?: string;
}
