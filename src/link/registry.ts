/** One index of everything documents may refer to, built once after all registry files are loaded. */
import type {
  ExternalDocument,
  Group,
  Organisation,
  Person,
  RefKind,
  Role,
} from "../model/types.js";
import type { Place } from "../diagnostics/diagnostic.js";

/** Where a registry entry is defined, for "först definierad här". */
export interface Origin {
  file: string;
  place?: Place;
}

interface Entry<T> {
  value: T;
  origin: Origin;
}

export class Registry {
  readonly organisations = new Map<string, Entry<Organisation>>();
  readonly roles = new Map<string, Entry<Role>>();
  readonly people = new Map<string, Entry<Person>>();
  readonly groups = new Map<string, Entry<Group>>();
  readonly documents = new Map<string, Entry<ExternalDocument>>();

  table(kind: RefKind): Map<string, Entry<{ name?: string; title?: string; shortNames?: string[] }>> {
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
    const entry = this.table(kind).get(id)?.value;
    return entry?.name ?? entry?.title ?? id;
  }
}
