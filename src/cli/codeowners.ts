/** `mandat codeowners`: writes .github/CODEOWNERS from the register (see link/codeowners.ts). */
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { check } from "../check.js";
import type { Config } from "../config/types.js";
import { CODEOWNERS_PATH, codeownersText, ownersByDocument } from "../link/codeowners.js";
import { EXIT, type Io } from "./io.js";

export async function runCodeowners(o: { root: string; io: Io; config: Config }): Promise<number> {
  const result = await check({ root: o.root, cwd: o.root, config: o.config });
  const text = codeownersText(result.documents, result.registry, o.root);
  if (text === undefined) {
    o.io.stdout.write("Ingen i mandates/registry/people.yaml har ett GitHub-konto (github); ingen CODEOWNERS skrevs.\n");
    return EXIT.ok;
  }
  const file = join(o.root, CODEOWNERS_PATH);
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, text);
  const owners = ownersByDocument(result.documents, result.registry, o.root);
  const without = [...owners].filter(([, a]) => a.length === 0).map(([p]) => p);
  o.io.stdout.write(
    `Skrev ${CODEOWNERS_PATH}: ${owners.size - without.length} av ${owners.size} dokument har granskare.\n` +
      (without.length > 0 ? `Utan granskare (lägg till github för ordförande eller beslutsfattare i people.yaml): ${without.join(", ")}\n` : ""),
  );
  return EXIT.ok;
}
