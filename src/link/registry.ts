/** One index of everything documents may refer to, built once after all registry files are loaded. */
import type { Place } from "../diagnostics/diagnostic.js";
import type { DataPath } from "../parse/doc.js";
import type { RefKind } from "./kinds.js";
import type { Document as ExternalDocument, Group, Organisation, Person, Role } from "./registry.generated.js";

export type { ExternalDocument, Group, Organisation, Person, Role };

/** Where a registry entry is defined: any rule can point at it (a Location for ctx.report). */
export interface Origin {
  file: string;
  place?: Place;
  path: DataPath;
}

export interface Entry<T> {
  value: T;
  origin: Origin;
}

interface Entries {
  organisation: Organisation;
  role: Role;
  person: Person;
  group: Group;
  document: ExternalDocument;
}

type Named = { name?: string; title?: string; shortNames?: string[] };

export class Registry {
  readonly organisations = new Map<string, Entry<Organisation>>();
  readonly roles = new Map<string, Entry<Role>>();
  readonly people = new Map<string, Entry<Person>>();
  readonly groups = new Map<string, Entry<Group>>();
  readonly documents = new Map<string, Entry<ExternalDocument>>();
  /** Ids defined a second time (the first definition is the one kept). */
  readonly duplicates: { kind: RefKind; id: string; origin: Origin; first: Origin }[] = [];

  table<K extends RefKind>(kind: K): Map<string, Entry<Entries[K]>>;
  table(kind: RefKind): Map<string, Entry<Named>> {
    switch (kind) {
      case "organisation":
        return this.organisations;
      case "role":
        return this.roles;
      case "person":
        return this.people;
      case "group":
        return this.groups;
      case "document":
        return this.documents;
    }
  }

  has(kind: RefKind, id: string): boolean {
    return this.table(kind).has(id);
  }

  /** Where an entry is defined, for diagnostics that point at the registry. */
  origin(kind: RefKind, id: string): Origin | undefined {
    return this.table(kind).get(id)?.origin;
  }

  organisation(id: string): Organisation | undefined {
    return this.organisations.get(id)?.value;
  }
  role(id: string): Role | undefined {
    return this.roles.get(id)?.value;
  }
  person(id: string): Person | undefined {
    return this.people.get(id)?.value;
  }
  group(id: string): Group | undefined {
    return this.groups.get(id)?.value;
  }
  document(diarienummer: string): ExternalDocument | undefined {
    return this.documents.get(diarienummer)?.value;
  }

  /** Human name for an id of any kind, or the id itself when unknown. */
  nameOf(kind: RefKind, id: string): string {
    const entry = (this.table(kind) as Map<string, Entry<Named>>).get(id)?.value;
    return entry?.name ?? entry?.title ?? id;
  }
}
