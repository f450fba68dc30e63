/* Generated from schemas/meeting-notes.schema.json by scripts/types.ts (npm run types). Do not edit: edit the schema. */

/**
 * Frontmatter för en gruppens mötesanteckning. Anteckningarna för varje mötespunkt står i brödtexten under rubriken ## N. Punktens titel.
 */
export type MeetingNotes = {
  /**
   * Sökväg till detta schema, för redigerare som kan validera medan man skriver.
   */
  $schema?: string;
  /**
   * Alltid motesanteckning för mötesanteckningar.
   */
  type: "motesanteckning";
  /**
   * Preliminära anteckningar är ännu inte justerade; justerade anteckningar är godkända av ordföranden eller den som utsetts (approvedBy, approvedOn). Utan värde gäller justerad när approvedBy och approvedOn finns, annars preliminär.
   */
  status?: "preliminär" | "justerad";
  /**
   * Text som den står i dokumentet.
   */
  title: string;
  /**
   * Id för en grupp i registret mandates/registry/groups.yaml.
   */
  group: string;
  /**
   * Datum i formen ÅÅÅÅ-MM-DD.
   */
  date: string;
  /**
   * Id för en förvaltning, stab eller annan organisation i registret mandates/registry/organisations.yaml.
   */
  issuer: string;
  /**
   * När mötet började, TT:MM.
   */
  start?: string;
  /**
   * När mötet slutade, TT:MM.
   */
  end?: string;
  /**
   * Text som den står i dokumentet.
   */
  place?: string;
  /**
   * Deltagarlistan i originalets ordning.
   *
   * @minItems 1
   */
  attendees: Attendee[];
  /**
   * Gäster och de punkter de deltog i.
   */
  guests?: Guest[];
  /**
   * Mötespunkterna i ordning. Anteckningen till punkt N står i brödtexten under ## N. Titel.
   *
   * @minItems 1
   *
   * Items: En punkt på dagordningen och vem som ansvarar för den.
   */
  agenda: {
    /**
     * Punktens nummer.
     */
    number: number;
    /**
     * Text som den står i dokumentet.
     */
    title: string;
    /**
     * Personer som ansvarar för punkten.
     *
     * Items: Id för en person i registret mandates/registry/people.yaml.
     */
    responsible?: string[];
    asWritten?: AsWritten;
  }[];
  /**
   * Kommande mötestider.
   */
  nextMeetings?: MeetingTime[];
  /**
   * Id för en person i registret mandates/registry/people.yaml.
   */
  approvedBy?: string;
  /**
   * Datum i formen ÅÅÅÅ-MM-DD.
   */
  approvedOn?: string;
  asWritten?: AsWritten;
};
/**
 * Grupper som mötet hålls tillsammans med.
 *
 * Items: Id för en grupp i registret mandates/registry/groups.yaml.
 */
export type GroupIds = string[];

/**
 * En person på deltagarlistan.
 */
export interface Attendee {
  /**
   * Id för en person i registret mandates/registry/people.yaml.
   */
  person: string;
  /**
   * Id för en förvaltning, stab eller annan organisation i registret mandates/registry/organisations.yaml.
   */
  organisation?: string;
  /**
   * Id för en roll i registret mandates/registry/roles.yaml.
   */
  role?: string;
  /**
   * Funktion i just detta möte.
   */
  function?: "ordförande" | "sekreterare" | "justerare";
  /**
   * Falskt när personen var frånvarande (överstruken i originalet). Utan värde: närvarande.
   */
  present?: boolean;
  /**
   * Till exempel anmält förhinder.
   */
  note?: string;
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
    | string
    | {
        /**
         * Text som den står i dokumentet.
         */
        [k: string]: string;
      };
}
/**
 * En gäst, med de mötespunkter hen deltog i.
 */
export interface Guest {
  /**
   * Id för en person i registret mandates/registry/people.yaml.
   */
  person: string;
  /**
   * Id för en förvaltning, stab eller annan organisation i registret mandates/registry/organisations.yaml.
   */
  organisation?: string;
  /**
   * Numren på de mötespunkter gästen deltog i, som i originalet.
   *
   * Items: Numret på en dagordningspunkt.
   */
  items?: number[];
  asWritten?: AsWritten;
}
/**
 * Datum och tid för ett möte.
 */
export interface MeetingTime {
  /**
   * Datum i formen ÅÅÅÅ-MM-DD.
   */
  date: string;
  /**
   * När mötet börjar, TT:MM.
   */
  start?: string;
  /**
   * När mötet slutar, TT:MM.
   */
  end?: string;
  /**
   * Text som den står i dokumentet.
   */
  note?: string;
  with?: GroupIds;
  asWritten?: AsWritten;
}
