/* Generated from schemas/registry.schema.json by scripts/types.ts (npm run types). Do not edit: edit the schema. */

/**
 * Kortformer och andra skrivningar som används i dokumenten, till exempel SU eller NU-sjukvården.
 *
 * Items: Text som den står i dokumentet.
 */
export type Names = string[];

/**
 * Definitioner av registerposter. Varje registerfil i mandates/registry/ är en lista av sådana poster; filens schema pekar ut rätt slag.
 */
export interface RegistryEntries {
  Organisation: Organisation;
  Role: Role;
  Person: Person;
  Group: Group;
  ExternalDocument: Document;
}
/**
 * En förvaltning, nämnd, koncernstab eller extern organisation.
 */
export interface Organisation {
  /**
   * Stabil, läsbar identitet: gemener a–z, siffror och bindestreck, till exempel samordningsrad-infektion.
   */
  id: string;
  /**
   * Text som den står i dokumentet.
   */
  name: string;
  shortNames?: Names;
  /**
   * Vad slags organisation det är.
   */
  kind: "region" | "nämnd" | "förvaltning" | "koncernkontor" | "enhet" | "koncernstab" | "extern";
  /**
   * Organisationen som denna ingår i.
   */
  partOf?: string;
}
/**
 * En befattning eller funktion, till exempel Regiondirektör.
 */
export interface Role {
  /**
   * Stabil, läsbar identitet: gemener a–z, siffror och bindestreck, till exempel samordningsrad-infektion.
   */
  id: string;
  /**
   * Text som den står i dokumentet.
   */
  name: string;
  shortNames?: Names;
  /**
   * Id för en förvaltning, stab eller annan organisation i registret mandates/registry/organisations.yaml.
   */
  organisation?: string;
}
/**
 * En person som dokumenten nämner.
 */
export interface Person {
  /**
   * Stabil, läsbar identitet: gemener a–z, siffror och bindestreck, till exempel samordningsrad-infektion.
   */
  id: string;
  /**
   * Text som den står i dokumentet.
   */
  name: string;
  shortNames?: Names;
  /**
   * Id för en roll i registret mandates/registry/roles.yaml.
   */
  role?: string;
  /**
   * Id för en förvaltning, stab eller annan organisation i registret mandates/registry/organisations.yaml.
   */
  organisation?: string;
  /**
   * E-postadress, till exempel fornamn.efternamn@vgregion.se.
   */
  email?: string;
  /**
   * Telefonnummer som det skrivs, till exempel 072-201 59 50.
   */
  phone?: string;
  /**
   * Personens användarnamn på GitHub, utan @. mandat codeowners gör ordförandens och beslutsfattarens konton till granskare av gruppens dokument (CODEOWNERS).
   */
  github?: string;
}
/**
 * En koncernövergripande grupp, ett samordningsråd, en ledningsgrupp eller ett nätverk, med eller utan uppdragshandling i förrådet.
 */
export interface Group {
  /**
   * Stabil, läsbar identitet: gemener a–z, siffror och bindestreck, till exempel samordningsrad-infektion.
   */
  id: string;
  /**
   * Text som den står i dokumentet.
   */
  name: string;
  shortNames?: Names;
  /**
   * Vad slags grupp det är.
   */
  kind:
    | "koncernövergripande grupp"
    | "samordningsråd"
    | "ledningsgrupp"
    | "funktionsgrupp"
    | "nätverk"
    | "råd"
    | "processteam"
    | "grupp";
  /**
   * Gruppen som denna är undergrupp till.
   */
  parent?: string;
}
/**
 * Ett externt beslut eller dokument som uppdragshandlingar hänvisar till, med diarienummer eller, för ett dokument utan diarienummer (till exempel en rutin på intranätet), bara med titel; check hittar det i texten på titeln.
 */
export interface Document {
  /**
   * Dokumentets diarienummer; utelämnas för ett dokument som inte har något.
   */
  diarienummer?: string;
  /**
   * Text som den står i dokumentet.
   */
  title: string;
  /**
   * Första dag dokumentet gäller.
   */
  validFrom?: string;
  /**
   * Sista dag dokumentet gäller.
   */
  validUntil?: string;
}
