import { codeownersText } from "../link/codeowners.js";
import { defineRule } from "../link/rule.js";

/**
 * CODEOWNERS is what the register gives: when a chair, a decision maker or an account changes, the
 * reviewers GitHub asks for change with it. Only a check of the whole corpus compares (a check of a
 * few files does not know every document's owners).
 */
const rule = defineRule({
  id: "codeowners-stale",
  severity: "error",
  stage: "link",
  description: {
    sv: ".github/CODEOWNERS stämmer med registren (ordförandens och beslutsfattarens GitHub-konton); skapas med mandat codeowners.",
    en: ".github/CODEOWNERS matches the register (the chair's and decision maker's GitHub accounts); made by mandat codeowners.",
  },
  messages: {
    missing: {
      sv: "CODEOWNERS saknas, fast personregistret har GitHub-konton: ändringar i dokumenten granskas då inte av ordförande och beslutsfattare.",
      en: "CODEOWNERS is missing although the people register has GitHub accounts: changes to documents are then not reviewed by chair and decision maker.",
      note: { sv: "Kör mandat codeowners och checka in {{path}}.", en: "Run mandat codeowners and commit {{path}}." },
    },
    stale: {
      sv: "CODEOWNERS stämmer inte med registren: här ska det stå \"{{expected}}\".",
      en: "CODEOWNERS does not match the register: this line should read \"{{expected}}\".",
      note: { sv: "Kör mandat codeowners och checka in {{path}}; ändra inte filen för hand.", en: "Run mandat codeowners and commit {{path}}; do not edit the file by hand." },
    },
  },
  check(ctx) {
    const file = ctx.codeowners;
    if (!file) return;
    const expected = codeownersText(ctx.documents, ctx.registry, file.root);
    // Nobody in the register has an account: a CODEOWNERS kept for other reasons is not mandat's.
    if (expected === undefined) return;
    if (file.value === undefined) return ctx.report({ file: file.path, messageId: "missing", data: { path: file.path } });
    const want = expected.split("\n");
    const have = file.value.replace(/\r\n/g, "\n").split("\n");
    const line = want.findIndex((w, i) => w !== have[i]);
    const at = line >= 0 ? line : want.length < have.length ? want.length : -1;
    if (at < 0) return;
    ctx.report({
      file: file.path,
      place: { start: { line: at + 1, column: 1 } },
      messageId: "stale",
      data: { expected: want[at] ?? "", path: file.path },
    });
  },
});

export default rule;
