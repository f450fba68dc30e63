import { mandates, placeIn, type LinkContext } from "../link/compat.js";
import { defineRule } from "../link/rule.js";

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
  check(ctx) {
    const byGroup = new Map(mandates(ctx).map((m) => [m.data.group, m]));
    for (const { file, data } of byGroup.values()) {
      (data.related ?? []).forEach((other, index) => {
        const target = byGroup.get(other);
        // A group without a mandate here cannot say anything back; nothing to compare.
        if (!target || target.data.group === data.group || (target.data.related ?? []).includes(data.group)) return;
        const path = ["related", index];
        ctx.report(rule, {
          file: file.path,
          place: placeIn(file, path),
          path,
          messageId: "oneSided",
          data: {
            group: ctx.registry.nameOf("group", data.group),
            other: ctx.registry.nameOf("group", other),
            id: data.group,
            otherFile: target.file.path,
          },
          related: [{ file: target.file.path, place: placeIn(target.file, ["related"], true) ?? placeIn(target.file, ["group"]), message: ctx.lang === "sv" ? "uppdragshandlingen som saknar sambandet" : "the mandate without the relation" }],
        });
      });
    }
  },
});

export default rule;
