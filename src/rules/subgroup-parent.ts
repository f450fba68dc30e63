import { mandates, placeIn, type LinkContext } from "../link/compat.js";
import { defineRule } from "../link/rule.js";

const rule = defineRule({
  id: "subgroup-parent",
  severity: "error",
  stage: "link",
  description: {
    sv: "En undergrupp och dess övergripande grupp anger varandra: registrets parent och uppdragshandlingens subgroups.groups stämmer.",
    en: "A sub-group and its parent name each other: the registry's parent and the mandate's subgroups.groups agree.",
  },
  messages: {
    notListed: {
      sv: "{{child}} har {{parent}} som övergripande grupp, men uppdragshandlingen för {{parent}} listar den inte under undergrupper.",
      en: "{{child}} has {{parent}} as its parent, but the mandate of {{parent}} does not list it under sub-groups.",
      note: { sv: "Lägg till {{childId}} under subgroups.groups i {{parentFile}}, eller rätta parent.", en: "Add {{childId}} under subgroups.groups in {{parentFile}}, or correct parent." },
    },
    otherParent: {
      sv: "{{child}} står som undergrupp här, men registret anger {{parent}} som dess övergripande grupp.",
      en: "{{child}} is listed as a sub-group here, but the registry gives {{parent}} as its parent.",
      note: { sv: "Rätta parent i mandates/registry/groups.yaml eller ta bort undergruppen här.", en: "Correct parent in mandates/registry/groups.yaml or remove the sub-group here." },
    },
  },
  check(ctx) {
    const byGroup = new Map(mandates(ctx).map((m) => [m.data.group, m]));
    const groupsFile = ctx.registryFiles.find((f) => f.source.registry === "groups");
    // Registry side: a child names a parent whose mandate does not list it.
    ctx.registry.groups.forEach(({ value: child }) => {
      if (!child.parent) return;
      const parent = byGroup.get(child.parent);
      if (!parent || parent.data.subgroups?.groups?.includes(child.id)) return;
      const index = Array.isArray(groupsFile?.data) ? (groupsFile.data as { id?: string }[]).findIndex((g) => g.id === child.id) : -1;
      const path = [index, "parent"];
      ctx.report(rule, {
        file: groupsFile?.path ?? "mandates/registry/groups.yaml",
        place: groupsFile && index >= 0 ? placeIn(groupsFile, path) : undefined,
        path,
        messageId: "notListed",
        data: { child: child.name, childId: child.id, parent: ctx.registry.nameOf("group", child.parent), parentFile: parent.file.path },
        related: [{ file: parent.file.path, place: placeIn(parent.file, ["subgroups"], true) ?? placeIn(parent.file, ["group"]), message: ctx.lang === "sv" ? "den övergripande gruppens uppdragshandling" : "the parent's mandate" }],
      });
    });
    // Mandate side: a listed sub-group whose registry entry names another parent.
    for (const { file, data } of byGroup.values()) {
      (data.subgroups?.groups ?? []).forEach((id, index) => {
        const parent = ctx.registry.group(id)?.parent;
        if (!parent || parent === data.group) return;
        const path = ["subgroups", "groups", index];
        ctx.report(rule, {
          file: file.path,
          place: placeIn(file, path),
          path,
          messageId: "otherParent",
          data: { child: ctx.registry.nameOf("group", id), parent: ctx.registry.nameOf("group", parent) },
        });
      });
    }
  },
});

export default rule;
