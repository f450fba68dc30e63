/* Generated from schemas/mandate.schema.json by scripts/types.ts (npm run types). Do not edit: edit the schema. */

/**
 * Frontmatter för en uppdragshandling (mandat) för en koncernövergripande grupp eller ett samordningsråd. Brödtexten under rubrikerna står i Markdown efter frontmattern.
 */
export type Mandate = {
  /**
   * Sökväg till detta schema, för redigerare som kan validera medan man skriver.
   */
  $schema?: string;
  /**
   * Alltid uppdragshandling för ett mandat.
   */
  type: "uppdragshandling";
  /**
   * Var uppdragshandlingen står: utkast (ännu inte beslutad), fastställd (beslutad, gäller) eller upphävd (gäller inte längre). Utan värde gäller fastställd när beslut finns, annars utkast.
   */
  status?: "utkast" | "fastställd" | "upphävd";
  /**
   * Rubriken överst i brevet, till exempel Uppdragshandling för koncernövergripande grupp. Utan värde skrivs Uppdragshandling.
   */
  heading?: string;
  /**
   * Uppdragshandlingens titel som den står i originalet, oftast gruppens namn.
   */
  title: string;
  /**
   * Id för gruppen som uppdragshandlingen gäller, i registret groups.yaml.
   */
  group: string;
  /**
   * Dokumentets datum, som i brevhuvudet.
   */
  date: string;
  /**
   * Ärendets diarienummer, till exempel RS 2024-00784.
   */
  diarienummer: string;
  /**
   * Förvaltningen eller kontoret i brevhuvudet under Västra Götalandsregionen, till exempel koncernkontoret.
   */
  issuer: string;
  /**
   * Handläggaren som står i brevhuvudet, med de kontaktuppgifter som står där.
   */
  caseOfficer?: {
    /**
     * Id för en person i registret mandates/registry/people.yaml.
     */
    person: string;
    /**
     * Telefonnummer som det skrivs, till exempel 072-201 59 50.
     */
    phone?: string;
    /**
     * E-postadress, till exempel fornamn.efternamn@vgregion.se.
     */
    email?: string;
    asWritten?: AsWritten;
  };
  /**
   * Adressblocket längst ned på brevets första sida, där originalet har ett: post- och besöksadress, telefon, e-post och webbplats, rad för rad som i originalet.
   */
  letterFooter?: {
    /**
     * Postadressens rader.
     *
     * Items: En rad av postadressen.
     */
    postal?: string[];
    /**
     * Besöksadressens rader.
     *
     * Items: En rad av besöksadressen.
     */
    visiting?: string[];
    /**
     * Telefonnummer som det skrivs, till exempel 072-201 59 50.
     */
    phone?: string;
    /**
     * E-postadress, till exempel fornamn.efternamn@vgregion.se.
     */
    email?: string;
    /**
     * Webbplatsen som den står i originalet, till exempel www.vgregion.se.
     */
    web?: string;
  };
  /**
   * Text som den står i dokumentet.
   */
  area?: string;
  commissioner: Party;
  assignee?: Party1;
  responsibleUnit?: Party2;
  chair: Party3;
  contactPerson?: Party4;
  /**
   * Vilka som deltar i gruppen. En enda post skrivs ut som ett stycke, flera som en punktlista.
   */
  participants: {
    /**
     * Text som den står i dokumentet.
     */
    label?: string;
    /**
     * En post per grupp av deltagare.
     *
     * @minItems 1
     *
     * Items: En formulering om deltagare och de roller, personer och organisationer den nämner.
     */
    items: {
      /**
       * Text som den står i dokumentet.
       */
      text: string;
      /**
       * Id för en roll i registret mandates/registry/roles.yaml.
       */
      role?: string;
      /**
       * Id för en person i registret mandates/registry/people.yaml.
       */
      person?: string;
      organisations?: OrganisationIds;
      asWritten?: AsWritten;
    }[];
  };
  /**
   * Text som den står i dokumentet.
   */
  adjunct?: string;
  /**
   * Hur ofta gruppen möts, som intervall och som formuleringen i originalet.
   */
  meetingFrequency: {
    /**
     * Minsta antal möten per period.
     */
    min: number;
    /**
     * Högsta antal möten per period.
     */
    max: number;
    /**
     * Perioden som antalet gäller.
     */
    per: "år" | "halvår" | "månad" | "vecka";
    /**
     * Sant när originalet säger ca eller cirka.
     */
    approximate?: boolean;
    /**
     * Text som den står i dokumentet.
     */
    text: string;
  };
  /**
   * Vad som gäller för undergrupper, och de undergrupper som nämns.
   */
  subgroups?: {
    /**
     * Text som den står i dokumentet.
     */
    text: string;
    groups?: GroupIds;
    asWritten?: AsWritten;
  };
  related?: GroupIds1;
  /**
   * Roller, grupper eller organisationer som gruppen rapporterar till.
   *
   * @minItems 1
   */
  reportsTo: Party5[];
  /**
   * Hur beslut fattas och vart de eskaleras.
   */
  decisionMaking?: {
    /**
     * Sant när ordföranden kan fatta beslut inom sina mandat.
     */
    chairDecides?: boolean;
    /**
     * Sant när deltagarna beslutar genom sina mandat i hemmaförvaltningen.
     */
    membersDecideAtHome?: boolean;
    /**
     * Vart beslut eskaleras när mandat saknas.
     */
    escalateTo?: Party5[];
  };
  documents?: DocumentIds;
  /**
   * Dokumentets egna värden i en gemensam standardtext som brödtexten inkluderar med <!-- mandat:include mandates/standardtexter/namn.md -->. Platshållaren {{namn}} i standardtexten ersätts med värdet under namn, till exempel område: infektion. Värdet blir alltid ren text, aldrig Markdown eller HTML.
   */
  values?: {
    /**
     * Text som den står i dokumentet.
     */
    [k: string]: string;
  };
  /**
   * Ställen där originalet skiljer sig från den gemensamma standardtexten som brödtexten inkluderar: standard är stället som det står i standardtexten (exakt en gång), text är originalets lydelse, som skrivs ut i stället. check varnar för varje avvikelse (standard-text-deviation).
   *
   * @minItems 1
   *
   * Items: Ett ställe i standardtexten och originalets lydelse där.
   */
  deviations?: {
    /**
     * Stället som det står i standardtexten, med så många ord att det står där exakt en gång.
     */
    standard: string;
    /**
     * Text som den står i dokumentet.
     */
    text: string;
  }[];
  /**
   * Fastställandet: datum för beslut och beslutsfattaren.
   */
  decision?: {
    /**
     * Datum då uppdraget fastställdes.
     */
    date: string;
    /**
     * Text som den står i dokumentet.
     */
    statement?: string;
    decidedBy: Party6;
    /**
     * Diarienummer för ett dokument i registret mandates/registry/documents.yaml.
     */
    delegation?: string;
    asWritten?: AsWritten;
  };
  /**
   * När uppdragshandlingen upphävdes och, om det finns, gruppen vars uppdragshandling ersätter den.
   */
  repealed?: {
    /**
     * Datum då uppdragshandlingen upphävdes.
     */
    date: string;
    /**
     * Id för en grupp i registret mandates/registry/groups.yaml.
     */
    replacedBy?: string;
  };
  replaces?: GroupIds2;
  /**
   * Datum då uppdragshandlingen senast ska ses över (revidering).
   */
  reviewBy?: string;
  /**
   * Sändlistan, i originalets ordning.
   *
   * @minItems 1
   *
   * Items: En mottagare: vem (ur registren), kontaktuppgift och syfte, eller originalets formulering.
   */
  distribution: {
    /**
     * Id för en person i registret mandates/registry/people.yaml.
     */
    person?: string;
    /**
     * Id för en roll i registret mandates/registry/roles.yaml.
     */
    role?: string;
    /**
     * Id för en grupp i registret mandates/registry/groups.yaml.
     */
    group?: string;
    /**
     * E-postadress, till exempel fornamn.efternamn@vgregion.se.
     */
    email?: string;
    /**
     * Id för en person i registret mandates/registry/people.yaml.
     */
    via?: string;
    /**
     * Text som den står i dokumentet.
     */
    purpose?: string;
    /**
     * Text som den står i dokumentet.
     */
    text?: string;
    asWritten?: AsWritten;
  }[];
  asWritten?: AsWritten;
};
/**
 * Lista med id för organisationer i registret.
 *
 * Items: Id för en förvaltning, stab eller annan organisation i registret mandates/registry/organisations.yaml.
 */
export type OrganisationIds = string[];
/**
 * Lista med id för grupper i registret.
 *
 * Items: Id för en grupp i registret mandates/registry/groups.yaml.
 */
export type GroupIds = string[];
/**
 * Lista med id för grupper i registret.
 *
 * Items: Id för en grupp i registret mandates/registry/groups.yaml.
 */
export type GroupIds1 = string[];
/**
 * Diarienummer för de dokument som uppdragshandlingen hänvisar till.
 *
 * Items: Diarienummer för ett dokument i registret mandates/registry/documents.yaml.
 */
export type DocumentIds = string[];
/**
 * Lista med id för grupper i registret.
 *
 * Items: Id för en grupp i registret mandates/registry/groups.yaml.
 */
export type GroupIds2 = string[];

/**
 * Originalets formulering för fält bredvid som anger ett id, ett diarienummer, ett datum eller en tid: fältets namn och texten som originalet skriver, till exempel organisation: Rehabilitering & Hälsa. För en lista med id: en formulering per id, till exempel responsible: { susanne-gustavsson: Susanne G }. Formuleringen skrivs ut i stället för registrets namn, och check jämför den med registret (as-written).
 */
export interface AsWritten {
  /**
   * Texten som originalet skriver för fältet, eller för en lista en text per id.
   */
  [k: string]:
    | string
    | {
        /**
         * Text som den står i dokumentet.
         */
        [k: string]: string;
      };
}
/**
 * Den som ger uppdraget: en roll och gärna personen som har den.
 */
export interface Party {
  /**
   * Id för en person i registret mandates/registry/people.yaml.
   */
  person?: string;
  /**
   * Id för en roll i registret mandates/registry/roles.yaml.
   */
  role?: string;
  /**
   * Id för en grupp i registret mandates/registry/groups.yaml.
   */
  group?: string;
  /**
   * Id för en förvaltning, stab eller annan organisation i registret mandates/registry/organisations.yaml.
   */
  organisation?: string;
  /**
   * Text som den står i dokumentet.
   */
  text?: string;
  asWritten?: AsWritten;
}
/**
 * Den som tar emot uppdraget.
 */
export interface Party1 {
  /**
   * Id för en person i registret mandates/registry/people.yaml.
   */
  person?: string;
  /**
   * Id för en roll i registret mandates/registry/roles.yaml.
   */
  role?: string;
  /**
   * Id för en grupp i registret mandates/registry/groups.yaml.
   */
  group?: string;
  /**
   * Id för en förvaltning, stab eller annan organisation i registret mandates/registry/organisations.yaml.
   */
  organisation?: string;
  /**
   * Text som den står i dokumentet.
   */
  text?: string;
  asWritten?: AsWritten;
}
/**
 * Den stab eller avdelning som ansvarar för gruppen.
 */
export interface Party2 {
  /**
   * Id för en person i registret mandates/registry/people.yaml.
   */
  person?: string;
  /**
   * Id för en roll i registret mandates/registry/roles.yaml.
   */
  role?: string;
  /**
   * Id för en grupp i registret mandates/registry/groups.yaml.
   */
  group?: string;
  /**
   * Id för en förvaltning, stab eller annan organisation i registret mandates/registry/organisations.yaml.
   */
  organisation?: string;
  /**
   * Text som den står i dokumentet.
   */
  text?: string;
  asWritten?: AsWritten;
}
/**
 * Gruppens ordförande: en roll, en person eller den grupp som utser ordföranden, och formuleringen i originalet.
 */
export interface Party3 {
  /**
   * Id för en person i registret mandates/registry/people.yaml.
   */
  person?: string;
  /**
   * Id för en roll i registret mandates/registry/roles.yaml.
   */
  role?: string;
  /**
   * Id för en grupp i registret mandates/registry/groups.yaml.
   */
  group?: string;
  /**
   * Id för en förvaltning, stab eller annan organisation i registret mandates/registry/organisations.yaml.
   */
  organisation?: string;
  /**
   * Text som den står i dokumentet.
   */
  text?: string;
  asWritten?: AsWritten;
}
/**
 * Samordningsrådets kontaktperson i koncernledning hälso- och sjukvård, eller gruppen den utses ur. Raden Kontaktperson skrivs ut under Arbetsorganisation bara när text anger originalets formulering.
 */
export interface Party4 {
  /**
   * Id för en person i registret mandates/registry/people.yaml.
   */
  person?: string;
  /**
   * Id för en roll i registret mandates/registry/roles.yaml.
   */
  role?: string;
  /**
   * Id för en grupp i registret mandates/registry/groups.yaml.
   */
  group?: string;
  /**
   * Id för en förvaltning, stab eller annan organisation i registret mandates/registry/organisations.yaml.
   */
  organisation?: string;
  /**
   * Text som den står i dokumentet.
   */
  text?: string;
  asWritten?: AsWritten;
}
/**
 * Vem något gäller: en person, en roll, en grupp och/eller en organisation ur registren. Med text skrivs exakt den formuleringen ut; utan text bildas den av registrens namn.
 */
export interface Party5 {
  /**
   * Id för en person i registret mandates/registry/people.yaml.
   */
  person?: string;
  /**
   * Id för en roll i registret mandates/registry/roles.yaml.
   */
  role?: string;
  /**
   * Id för en grupp i registret mandates/registry/groups.yaml.
   */
  group?: string;
  /**
   * Id för en förvaltning, stab eller annan organisation i registret mandates/registry/organisations.yaml.
   */
  organisation?: string;
  /**
   * Text som den står i dokumentet.
   */
  text?: string;
  asWritten?: AsWritten;
}
/**
 * Vem något gäller: en person, en roll, en grupp och/eller en organisation ur registren. Med text skrivs exakt den formuleringen ut; utan text bildas den av registrens namn.
 */
export interface Party6 {
  /**
   * Id för en person i registret mandates/registry/people.yaml.
   */
  person?: string;
  /**
   * Id för en roll i registret mandates/registry/roles.yaml.
   */
  role?: string;
  /**
   * Id för en grupp i registret mandates/registry/groups.yaml.
   */
  group?: string;
  /**
   * Id för en förvaltning, stab eller annan organisation i registret mandates/registry/organisations.yaml.
   */
  organisation?: string;
  /**
   * Text som den står i dokumentet.
   */
  text?: string;
  asWritten?: AsWritten;
}
