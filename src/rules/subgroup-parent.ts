import type { Mandate } from "../doctypes/mandate/data.generated.js";
import { defineRule } from "../link/rule.js";

/** The registry's parent of a group and the parent mandate's subgroups.groups agree. */
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
  phrases: {
    parentMandate: { sv: "den övergripande gruppens uppdragshandling", en: "the parent's mandate" },
  },
  check(ctx) {
    const byGroup = new Map(ctx.ofType<Mandate>("uppdragshandling").map((m) => [m.data.group, m]));
    // Registry side: a child names a parent whose mandate does not list it.
    for (const { value: child, origin } of ctx.registry.groups.values()) {
      if (!child.parent) continue;
      const parent = byGroup.get(child.parent);
      if (!parent || parent.data.subgroups?.groups?.includes(child.id)) continue;
      ctx.report({
        ...ctx.entryField(origin, "parent"),
        messageId: "notListed",
        data: { child: child.name, childId: child.id, parent: ctx.registry.nameOf("group", child.parent), parentFile: parent.doc.path },
        // Where the child belongs: the subgroups of the parent's mandate, or its group when it has none.
        related: [
          parent.data.subgroups
            ? { doc: parent.doc, path: ["subgroups"], key: true, phrase: "parentMandate" }
            : { doc: parent.doc, path: ["group"], phrase: "parentMandate" },
        ],
      });
    }
    // Mandate side: a listed sub-group whose registry entry names another parent.
    for (const { doc, data } of byGroup.values()) {
      (data.subgroups?.groups ?? []).forEach((id, index) => {
        const parent = ctx.registry.group(id)?.parent;
        if (!parent || parent === data.group) return;
        ctx.report({
          doc,
          path: ["subgroups", "groups", index],
          messageId: "otherParent",
          data: { child: ctx.registry.nameOf("group", id), parent: ctx.registry.nameOf("group", parent) },
        });
      });
    }
  },
});

export default rule;
