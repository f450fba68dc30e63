import type { Mandate } from "../doctypes/mandate/data.generated.js";
import { defineRule } from "../link/rule.js";

/** A relation between two groups with mandates is written in both. */
const rule = defineRule({
  id: "related-symmetric",
  severity: "warning",
  stage: "link",
  description: {
    sv: "Grupper med samband nämner varandra: står B under related i A:s uppdragshandling, står A i B:s.",
    en: "Related groups name each other: if A's mandate lists B under related, B's lists A.",
  },
  messages: {
    oneSided: {
      sv: "{{group}} anger samband med {{other}}, men uppdragshandlingen för {{other}} nämner inte {{group}}.",
      en: "{{group}} names {{other}} as related, but the mandate of {{other}} does not name {{group}}.",
      note: { sv: "Lägg till {{id}} under related i {{otherFile}}, eller ta bort sambandet.", en: "Add {{id}} under related in {{otherFile}}, or remove the relation." },
    },
  },
  phrases: {
    otherMandate: { sv: "uppdragshandlingen som saknar sambandet", en: "the mandate without the relation" },
  },
  check(ctx) {
    const byGroup = new Map(ctx.ofType<Mandate>("uppdragshandling").map((m) => [m.data.group, m]));
    for (const { doc, data } of byGroup.values()) {
      (data.related ?? []).forEach((other, index) => {
        const target = byGroup.get(other);
        // A group without a mandate here cannot say anything back; nothing to compare.
        if (!target || target.data.group === data.group || (target.data.related ?? []).includes(data.group)) return;
        ctx.report({
          doc,
          path: ["related", index],
          messageId: "oneSided",
          data: {
            group: ctx.registry.nameOf("group", data.group),
            other: ctx.registry.nameOf("group", other),
            id: data.group,
            otherFile: target.doc.path,
          },
          // Where the missing id belongs: its related list, or the group when it has none.
          related: [
            target.data.related
              ? { doc: target.doc, path: ["related"], key: true, phrase: "otherMandate" }
              : { doc: target.doc, path: ["group"], phrase: "otherMandate" },
          ],
        });
      });
    }
  },
});

export default rule;
