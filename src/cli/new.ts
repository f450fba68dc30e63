/**
 * `mandat new mandat|samordningsråd|mötesanteckning <id>`: writes a draft that passes `mandat check`.
 * Values come from flags, else from prompts when a person is at the terminal, else the command says
 * which flags are missing. It never overwrites: an existing file, document or group id is refused.
 */
import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join, relative, sep } from "node:path";
import { check } from "../check.js";
import type { Config } from "../config/types.js";
import type { Lang } from "../diagnostics/messages.js";
import type { Registry } from "../link/registry.js";
import { REGISTRY_DIR } from "../load/index.js";
import type { Doc } from "../parse/doc.js";
import { mandateDraft, notesDraft, partyOf, type Attendee, type Party } from "../scaffold/drafts.js";
import { GROUP_KINDS, registerGroup } from "../scaffold/register-group.js";
import { swedishToday } from "../util/date.js";
import { EXIT, UsageError, type Io } from "./io.js";

export type DraftKind = "mandat" | "samordningsråd" | "mötesanteckning";

const KIND_NAMES: Record<string, DraftKind> = {
  mandat: "mandat",
  uppdragshandling: "mandat",
  samordningsråd: "samordningsråd",
  samordningsrad: "samordningsråd",
  mötesanteckning: "mötesanteckning",
  motesanteckning: "mötesanteckning",
  mötesanteckningar: "mötesanteckning",
};

export interface NewFlags {
  name?: string;
  register?: boolean;
  kind?: string;
  parent?: string;
  chair?: string;
  commissioner?: string;
  diarienummer?: string;
  issuer?: string;
  date?: string;
  attendee?: string[];
}

export interface NewOptions {
  root: string;
  cwd: string;
  lang: Lang;
  config: Config;
  io: Io;
  kind: string;
  id: string;
  flags: NewFlags;
  /** Asks a person at the terminal; undefined when nobody is there (CI, tests, a pipe). */
  ask?: (question: string) => Promise<string>;
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DIARIENUMMER = /^[A-ZÅÄÖ]{2,6} [0-9]{4}-[0-9]{5}(?:-[0-9]{1,4})?$/;

/** The schema reference for the editor, relative to the new file: the repository's schemas/ or the installed package's. */
export function schemaRef(root: string, file: string, schema: string): string {
  const candidates = [join(root, "schemas"), join(root, "node_modules", "mandat", "schemas")];
  const dir = candidates.find((c) => existsSync(join(c, schema))) ?? candidates[0]!;
  return relative(dirname(file), join(dir, schema)).split(sep).join("/");
}

export async function runNew(o: NewOptions): Promise<number> {
  const kind = KIND_NAMES[o.kind.toLowerCase()];
  if (!kind) throw new UsageError(`Okänd dokumenttyp ${o.kind}. Välj mandat, samordningsråd eller mötesanteckning.`);
  if (!ID.test(o.id)) throw new UsageError(`${o.id} är inget giltigt id: använd gemener a–z, siffror och bindestreck, till exempel samordningsrad-hjarta.`);
  const date = o.flags.date ?? swedishToday();
  if (!DATE.test(date)) throw new UsageError(`Datumet ${date} ska skrivas ÅÅÅÅ-MM-DD.`);
  const { registry, documents } = await check({ root: o.root, cwd: o.root, lang: o.lang, config: o.config });
  const written = kind === "mötesanteckning" ? await newNotes(o, date, registry, documents) : await newMandate(o, kind, date, registry, documents);
  o.io.stdout.write(written);
  return EXIT.ok;
}

/** A value from its flag, else asked for, else a usage error naming the flag. */
async function value(o: NewOptions, given: string | undefined, flag: string, question: string, valid: (v: string) => string | undefined): Promise<string> {
  let v = given?.trim();
  while (v === undefined || v === "") {
    if (!o.ask) throw new UsageError(`Ange ${flag} (${question.charAt(0).toLowerCase()}${question.slice(1)}).`);
    v = (await o.ask(`${question}: `)).trim();
    if (v === "") continue;
    const problem = valid(v);
    if (problem) {
      o.io.stderr.write(`${problem}\n`);
      v = undefined;
    }
  }
  const problem = valid(v);
  if (problem) throw new UsageError(problem);
  return v;
}

function partyProblem(registry: Registry, what: string) {
  return (id: string) => (partyOf(id, registry) ? undefined : `${id} finns inte i registren (personer, roller, grupper, organisationer); ange ${what} med ett id därifrån.`);
}

async function newMandate(o: NewOptions, kind: DraftKind, date: string, registry: Registry, documents: Doc[]): Promise<string> {
  const rel = `mandates/${o.id}.md`;
  const file = join(o.root, rel);
  if (existsSync(file)) throw new UsageError(`Filen ${rel} finns redan. Öppna den och revidera den i stället, eller välj ett annat id.`);
  const existing = documents.find((d) => d.type === "uppdragshandling" && (d.data as { group?: unknown }).group === o.id);
  if (existing) throw new UsageError(`Gruppen ${o.id} har redan en uppdragshandling: ${existing.path}.`);
  const known = registry.groups.get(o.id)?.value;
  if (o.flags.register && known) throw new UsageError(`Gruppen ${o.id} finns redan i ${REGISTRY_DIR}/groups.yaml; ta bort --register.`);
  if (!known && !o.flags.register) throw new UsageError(`Gruppen ${o.id} finns inte i ${REGISTRY_DIR}/groups.yaml. Lägg till den med --register --name "Gruppens namn".`);
  const groupKind = o.flags.kind ?? (kind === "samordningsråd" ? "samordningsråd" : "koncernövergripande grupp");
  if (!(GROUP_KINDS as readonly string[]).includes(groupKind)) throw new UsageError(`Okänt slag av grupp: ${groupKind}. Välj ett av: ${GROUP_KINDS.join(", ")}.`);
  const name = known?.name ?? (await value(o, o.flags.name, "--name", "Gruppens namn", (v) => (v.length < 3 ? "Namnet behöver minst tre tecken." : undefined)));
  const diarienummer = await value(o, o.flags.diarienummer, "--diarienummer", "Diarienummer, till exempel RS 2026-01234", (v) =>
    DIARIENUMMER.test(v) ? undefined : `Diarienumret ${v} ska ha formen RS 2026-01234.`,
  );
  const commissioner = await value(o, o.flags.commissioner, "--commissioner", "Uppdragsgivare (id för person eller roll)", partyProblem(registry, "uppdragsgivaren"));
  const chair = await value(o, o.flags.chair, "--chair", "Ordförande (id för person, roll eller grupp som utser)", partyProblem(registry, "ordföranden"));
  const issuer = o.flags.issuer ?? defaultIssuer(registry);
  if (!registry.organisations.has(issuer)) throw new UsageError(`Organisationen ${issuer} finns inte i ${REGISTRY_DIR}/organisations.yaml; ange --issuer.`);
  const shared = "mandates/standardtexter/samordningsrad.md";
  const include = kind === "samordningsråd" && existsSync(join(o.root, shared)) ? shared : undefined;
  if (o.flags.register) await registerGroup(join(o.root, REGISTRY_DIR, "groups.yaml"), { id: o.id, name, kind: groupKind, ...(o.flags.parent && { parent: o.flags.parent }) });
  const text = mandateDraft(
    { group: o.id, groupName: name, date, diarienummer, issuer, commissioner: partyOf(commissioner, registry)!, chair: partyOf(chair, registry)!, include, samordningsrad: kind === "samordningsråd" },
    schemaRef(o.root, file, "mandate.schema.json"),
  );
  await writeFile(file, text, { flag: "wx" });
  return (
    (o.flags.register ? `Lade till gruppen ${o.id} (${name}) i ${REGISTRY_DIR}/groups.yaml.\n` : "") +
    `Skrev ${rel} (utkast, ${date}).\n` +
    `Nästa steg: skriv texten under rubrikerna, komplettera deltagare och mötesfrekvens, och kör mandat check ${rel}.\n`
  );
}

function defaultIssuer(registry: Registry): string {
  return registry.organisations.has("koncernkontoret") ? "koncernkontoret" : ([...registry.organisations.keys()][0] ?? "koncernkontoret");
}

async function newNotes(o: NewOptions, date: string, registry: Registry, documents: Doc[]): Promise<string> {
  const group = registry.groups.get(o.id)?.value;
  if (!group) throw new UsageError(`Gruppen ${o.id} finns inte i ${REGISTRY_DIR}/groups.yaml; mötesanteckningar hör till en grupp i registret.`);
  const rel = `mandates/motesanteckningar/${date}-${o.id}.md`;
  const file = join(o.root, rel);
  if (existsSync(file)) throw new UsageError(`Filen ${rel} finns redan: det finns redan anteckningar från det mötet.`);
  const mandate = documents.find((d) => d.type === "uppdragshandling" && (d.data as { group?: unknown }).group === o.id)?.data as
    | { chair?: Party; participants?: { items?: Party[] }; issuer?: string }
    | undefined;
  const lastNotes = documents
    .filter((d) => d.type === "motesanteckning" && (d.data as { group?: unknown }).group === o.id)
    .map((d) => d.data as { date: string; attendees?: (Attendee & { present?: boolean; note?: string })[] })
    .sort((a, b) => (a.date < b.date ? 1 : -1))[0];
  const attendees = attendanceOf(mandate, lastNotes?.attendees ?? [], o.flags.attendee ?? [], registry);
  if (attendees.length === 0) {
    if (!o.ask) throw new UsageError(`Registret känner inga deltagare i ${o.id}; ange dem med --attendee <person-id> (en gång per person).`);
    const answer = await o.ask("Deltagare (person-id, åtskilda med komma): ");
    attendees.push(...attendanceOf(undefined, [], answer.split(",").map((s) => s.trim()).filter(Boolean), registry));
    if (attendees.length === 0) throw new UsageError("Minst en deltagare ur personregistret behövs.");
  }
  const chair = attendees.find((a) => a.function === "ordförande")?.person;
  const issuer = o.flags.issuer ?? mandate?.issuer ?? defaultIssuer(registry);
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, notesDraft({ group: o.id, groupName: group.name, date, issuer, attendees, chair }, schemaRef(o.root, file, "meeting-notes.schema.json")), { flag: "wx" });
  return `Skrev ${rel} (preliminär, ${attendees.length} deltagare, ${4} punkter på dagordningen).\nNästa steg: justera deltagarlistan och dagordningen, skriv anteckningarna och kör mandat check ${rel}.\n`;
}

/**
 * The attendance list: the mandate's chair (when a person), the persons among its participants, the
 * last meeting's attendees (without that meeting's absences and notes), and any named with --attendee.
 */
function attendanceOf(
  mandate: { chair?: Party; participants?: { items?: Party[] } } | undefined,
  last: (Attendee & { present?: boolean; note?: string })[],
  named: string[],
  registry: Registry,
): Attendee[] {
  const out = new Map<string, Attendee>();
  const add = (person: string, extra: Partial<Attendee> = {}) => {
    const p = registry.people.get(person)?.value;
    if (!p) throw new UsageError(`Personen ${person} finns inte i ${REGISTRY_DIR}/people.yaml.`);
    const prior = out.get(person);
    out.set(person, { person, ...(p.organisation && { organisation: p.organisation }), ...prior, ...extra });
  };
  if (mandate?.chair?.person) add(mandate.chair.person, { function: "ordförande" });
  for (const item of mandate?.participants?.items ?? []) if (item.person) add(item.person);
  for (const a of last) {
    const { present: _present, note: _note, ...rest } = a;
    if (registry.people.has(a.person)) add(a.person, rest);
  }
  for (const person of named) add(person);
  return [...out.values()];
}

/** Prompts on the terminal (node:readline/promises) when both ends are a terminal; else none. */
export function terminalAsk(io: Io): ((question: string) => Promise<string>) | undefined {
  if (!process.stdin.isTTY || !io.stdout.isTTY || io.env.CI) return undefined;
  return async (question) => {
    const { createInterface } = await import("node:readline/promises");
    const rl = createInterface({ input: process.stdin, output: process.stdout });
    try {
      return await rl.question(question);
    } finally {
      rl.close();
    }
  };
}
