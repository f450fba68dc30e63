/** Index the registry files into one Registry, reporting ids defined twice. */
import duplicateId from "../rules/duplicate-id.js";
import type { Lang, Report, RuleMeta } from "../rules/define.js";
import type { ValidatedFile } from "../validate/index.js";
import { placeIn } from "./context.js";
import { Registry } from "./registry.js";

const KEY: Record<string, "organisations" | "roles" | "people" | "groups" | "documents"> = {
  organisations: "organisations",
  roles: "roles",
  people: "people",
  groups: "groups",
  documents: "documents",
};

export function buildRegistry(files: ValidatedFile[], report: (rule: RuleMeta, r: Report) => void, lang: Lang = "sv"): Registry {
  const registry = new Registry();
  for (const file of files) {
    const name = file.file.registry;
    if (file.fatal || !Array.isArray(file.data) || !name) continue;
    const table = registry[KEY[name]!] as Map<string, { value: unknown; origin: { file: string; place?: ReturnType<typeof placeIn> } }>;
    const idKey = name === "documents" ? "diarienummer" : "id";
    file.data.forEach((entry: unknown, index: number) => {
      if (typeof entry !== "object" || entry === null) return;
      const id = (entry as Record<string, unknown>)[idKey];
      if (typeof id !== "string") return;
      const place = placeIn(file, [index, idKey]);
      const first = table.get(id);
      if (first) {
        report(duplicateId, {
          file: file.file.path,
          place,
          path: [index, idKey],
          messageId: "registry",
          data: { id },
          related: [{ file: first.origin.file, place: first.origin.place, message: lang === "sv" ? "först definierad här" : "first defined here" }],
        });
        return;
      }
      table.set(id, { value: entry, origin: { file: file.file.path, place } });
    });
  }
  return registry;
}
