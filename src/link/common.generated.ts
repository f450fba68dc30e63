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
 * Text som den står i dokumentet.
 */
export type Text = string;

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
  asWritten?: AsWritten;
}
/**
 * Originalets formulering för fält bredvid som anger ett id, ett diarienummer, ett datum eller en tid: fältets namn och texten som originalet skriver, till exempel organisation: Rehabilitering & Hälsa. För en lista med id: en formulering per id, till exempel responsible: { susanne-gustavsson: Susanne G }. Formuleringen skrivs ut i stället för registrets namn, och check jämför den med registret (as-written).
 */
export interface AsWritten {
  /**
   * Texten som originalet skriver för fältet, eller för en lista en text per id.
   */
  [k: string]:
    | Text
    | {
        [k: string]: Text;
      };
}
