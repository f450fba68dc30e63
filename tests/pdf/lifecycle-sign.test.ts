/**
 * The printed life of a document, read back with poppler: a draft prints UTKAST and no decision or
 * signature, a repealed mandate a banner naming its successor, notes an approval block or
 * "Preliminära". Then `build --sign` with a throwaway certificate made by openssl in this run:
 * pdfsig calls the signature valid and the whole document signed, `mandat verify` says so too and
 * exits 1 once a byte is flipped; builds of the same commit are byte-identical, signed ones too with a
 * fixed signing time. All on a copy of the fictional base repository committed to a temporary git repo.
 */
import { execFile, execFileSync } from "node:child_process";
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cli } from "../helpers/fixture.js";
import { pdfInfo, pdfText } from "../helpers/pdf.js";
import { edits, project, replace, type Project } from "../helpers/project.js";
import { BROWSER_TIMEOUT, removeDir, tempDir } from "../helpers/repo.js";

const run = promisify(execFile);
const MANDATE = "mandates/styrgrupp-alfa.md";
const DRAFT = "mandates/arbetsgrupp-beta.md";
const NOTES = "mandates/motesanteckningar/2026-02-01-styrgrupp-alfa.md";
// ASCII: node-forge reads an OpenSSL 3 P12 whose passphrase has å, ä or ö with the wrong bytes (see README).
const PASS = "test-passphrase-1";
const flat = (s: string) => s.replace(/\s+/g, " ").trim();

let p: Project;
let keys: string;
const env = { MANDAT_SIGN_PASSPHRASE: PASS, MANDAT_SIGN_TIME: "2026-11-30T10:00:00Z" };

function git(root: string, ...args: string[]): string {
  return execFileSync("git", args, {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, GIT_AUTHOR_NAME: "T", GIT_AUTHOR_EMAIL: "t@exempel.se", GIT_COMMITTER_NAME: "T", GIT_COMMITTER_EMAIL: "t@exempel.se", GIT_AUTHOR_DATE: "2026-11-01T12:00:00Z", GIT_COMMITTER_DATE: "2026-11-01T12:00:00Z" },
  });
}

/** A draft mandate for arbetsgrupp-beta: the base mandate without its decision, status utkast. */
const draft = (text: string) =>
  edits(
    replace("type: uppdragshandling\n", "type: uppdragshandling\nstatus: utkast\n"),
    replace("group: styrgrupp-alfa", "group: arbetsgrupp-beta"),
    replace("title: Uppdragshandling för styrgrupp alfa", "title: Uppdragshandling för arbetsgrupp beta"),
    replace("decision:\n  date: 2026-01-20\n  decidedBy:\n    person: rut-regin\n    role: regiondirektor\n", ""),
    replace("subgroups:\n  text: Styrgruppen har en arbetsgrupp.\n  groups: [arbetsgrupp-beta]\n", ""),
  )(text);

beforeAll(async () => {
  p = await project({
    [DRAFT]: { copyOf: MANDATE, edit: draft },
    // Approved notes: approver and date.
    [NOTES]: replace("approvedBy: ulla-utveckling\n", "approvedBy: ulla-utveckling\napprovedOn: 2026-02-08\n"),
  });
  git(p.root, "init", "-q", "-b", "main");
  git(p.root, "add", "-A");
  git(p.root, "commit", "-q", "-m", "Base");
  keys = await tempDir("keys");
  await run("openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", join(keys, "key.pem"), "-out", join(keys, "cert.pem"), "-days", "30", "-subj", "/CN=Mandat Testsignerare/O=Testorg/C=SE"]);
  await run("openssl", ["pkcs12", "-export", "-inkey", join(keys, "key.pem"), "-in", join(keys, "cert.pem"), "-out", join(keys, "test.p12"), "-passout", `pass:${PASS}`]);
}, BROWSER_TIMEOUT);
afterAll(async () => {
  await p?.remove();
  await removeDir(keys);
});

/** Pixels of page 1 (rendered grey at 30 dpi by pdftoppm) in the watermark's light grey. */
async function greyPixels(file: string): Promise<number> {
  const { stdout } = await run("pdftoppm", ["-r", "30", "-gray", "-f", "1", "-l", "1", file], { encoding: "buffer", maxBuffer: 16 << 20 });
  const pgm = stdout as unknown as Buffer;
  // Binary PGM: "P5\n<w> <h>\n255\n" then one byte per pixel.
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.subarray(0, 40).toString("latin1"))!;
  const pixels = pgm.subarray(header[0].length);
  let n = 0;
  for (const v of pixels) if (v >= 215 && v <= 240) n++;
  return n;
}

async function buildTo(out: string, args: string[] = [], extra: NodeJS.ProcessEnv = {}): Promise<string> {
  const r = await cli(["build", "--out", out, "--no-cache", ...args], p.root, extra);
  expect(r.code, r.stderr + r.stdout).toBe(0);
  return join(p.root, out, "pdf");
}

describe("lifecycle in the PDF", () => {
  let pdf: string;
  beforeAll(async () => {
    pdf = await buildTo("plain");
  }, BROWSER_TIMEOUT);

  it("a draft shows UTKAST (status line and watermark) and has no decision block or signature", async () => {
    const text = flat(await pdfText(join(pdf, "arbetsgrupp-beta.pdf")));
    expect(text).toContain("UTKAST – INTE FASTSTÄLLT");
    expect(text).not.toContain("Datum för beslut");
    // Rut Regin commissions the mandate (Uppdragsgivare) but, undecided, has signed nothing.
    expect(text.match(/Rut Regin/g)).toHaveLength(1);
    // The watermark is drawn: rendered, the draft's page has far more light-grey pixels than the adopted one's.
    expect(await greyPixels(join(pdf, "arbetsgrupp-beta.pdf"))).toBeGreaterThan((await greyPixels(join(pdf, "styrgrupp-alfa.pdf"))) + 1500);
    const info = await pdfInfo(join(pdf, "arbetsgrupp-beta.pdf"));
    expect(info["Tagged"]).toBe("yes");
    expect((await pdfInfo(join(pdf, "arbetsgrupp-beta.pdf")))["Custom Metadata"]).toBe("yes");
    const { stdout } = await run("pdfinfo", ["-custom", join(pdf, "arbetsgrupp-beta.pdf")]);
    expect(stdout).toMatch(/Status:\s+utkast/);
  });

  it("the adopted mandate has its decision block and provenance in metadata and footer", async () => {
    const file = join(pdf, "styrgrupp-alfa.pdf");
    const text = flat(await pdfText(file));
    expect(text).toContain("Datum för beslut: 2026-01-20");
    expect(text).not.toContain("UTKAST");
    const commit = git(p.root, "rev-parse", "HEAD").trim();
    const sha = (await import("node:crypto")).createHash("sha256").update(await readFile(join(p.root, MANDATE))).digest("hex");
    expect(text).toContain(`Källa: ${MANDATE} · commit ${commit.slice(0, 10)} · SHA-256 ${sha.slice(0, 16)}`);
    const { stdout } = await run("pdfinfo", ["-custom", "-enc", "UTF-8", file]);
    for (const line of [`Diarienummer:\\s+RS 2026-00001`, `GroupId:\\s+styrgrupp-alfa`, `SourcePath:\\s+${MANDATE}`, `SourceCommit:\\s+${commit}`, `SourceSHA256:\\s+${sha}`, "Status:\\s+fastställd", "Author:\\s+Västra Götalandsregionen"]) {
      expect(stdout).toMatch(new RegExp(line));
    }
    const info = await pdfInfo(file);
    expect(info["Metadata Stream"]).toBe("yes");
    const { stdout: xmp } = await run("pdfinfo", ["-meta", file]);
    expect(xmp).toContain("<dc:language><rdf:Bag><rdf:li>sv-SE</rdf:li></rdf:Bag></dc:language>");
    expect(xmp).toMatch(/<xmpMM:DocumentID>uuid:[0-9a-f-]{36}<\/xmpMM:DocumentID>/);
    expect(xmp).toContain(`<mandat:SourceCommit>${commit}</mandat:SourceCommit>`);
    const fonts = (await run("pdffonts", [file])).stdout.split("\n").slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThanOrEqual(2);
    for (const line of fonts) expect(line).toMatch(/Arimo-\w+\s+CID TrueType\s+Identity-H\s+yes yes yes/);
  });

  it("approved notes print the approval (justering) block; preliminary ones say Preliminära", async () => {
    const approved = flat(await pdfText(join(pdf, "2026-02-01-styrgrupp-alfa.pdf")));
    expect(approved).toContain("Justerade: 2026-02-08 Ulla Utveckling");
    expect(approved).not.toContain("Preliminära");
    await writeFile(join(p.root, NOTES), (await readFile(join(p.root, NOTES), "utf8")).replace("approvedOn: 2026-02-08\n", ""));
    try {
      const again = await buildTo("notes");
      const preliminary = flat(await pdfText(join(again, "2026-02-01-styrgrupp-alfa.pdf")));
      expect(preliminary).toContain("PRELIMINÄRA – ÄNNU INTE JUSTERADE");
      expect(preliminary).toContain("Preliminära anteckningar: ännu inte justerade. Justeras av: Ulla Utveckling");
      expect(preliminary).not.toContain("Justerade:");
    } finally {
      git(p.root, "checkout", "--", NOTES);
    }
  }, BROWSER_TIMEOUT);

  it("a repealed mandate prints a banner naming the date and its successor", async () => {
    const file = join(p.root, MANDATE);
    const before = await readFile(file, "utf8");
    await writeFile(file, before.replace("type: uppdragshandling\n", "type: uppdragshandling\nstatus: upphävd\n").replace("distribution:\n", "repealed:\n  date: 2026-09-01\n  replacedBy: ledningsgruppen\ndistribution:\n"));
    try {
      const out = await buildTo("repealed");
      const text = flat(await pdfText(join(out, "styrgrupp-alfa.pdf")));
      expect(text).toContain("Upphävd 2026-09-01. Ersätts av uppdragshandlingen för Ledningsgruppen. Denna uppdragshandling gäller inte längre.");
    } finally {
      await writeFile(file, before);
    }
  }, BROWSER_TIMEOUT);
});

describe("build --sign and mandat verify", () => {
  let signed: string;
  beforeAll(async () => {
    signed = await buildTo("signed", ["--sign", join(keys, "test.p12")], env);
  }, BROWSER_TIMEOUT);

  it("pdfsig: the adopted mandate's signature is valid and covers the whole document, with the decision as reason", async () => {
    const { stdout } = await run("pdfsig", [join(signed, "styrgrupp-alfa.pdf")]);
    expect(stdout).toContain("Signature is Valid.");
    expect(stdout).toContain("Total document signed");
    expect(stdout).toContain("Signature Type: ETSI.CAdES.detached");
    expect(stdout).toContain("Signer Certificate Common Name: Mandat Testsignerare");
    expect(stdout).toContain("Signing Time: Nov 30 2026 10:00:00");
  });

  it("signs only the adopted mandate: the draft and the notes stay unsigned", async () => {
    for (const name of ["arbetsgrupp-beta.pdf", "2026-02-01-styrgrupp-alfa.pdf"]) {
      const { stdout } = await run("pdfsig", [join(signed, name)]).catch((e: { stdout: string }) => ({ stdout: e.stdout }));
      expect(stdout).toContain("does not contain any signatures");
    }
  });

  it("mandat verify reports signer, time, reason, coverage and source revision; exit 0", async () => {
    const r = await cli(["verify", join(signed, "styrgrupp-alfa.pdf"), join(signed, "arbetsgrupp-beta.pdf")], p.root);
    expect(r.code).toBe(0);
    const commit = git(p.root, "rev-parse", "HEAD").trim();
    expect(r.stdout).toContain("Signerad, giltig");
    expect(r.stdout).toContain("Signerad av: Mandat Testsignerare");
    expect(r.stdout).toContain("Signeringstid: 2026-11-30T10:00:00.000Z");
    expect(r.stdout).toContain("Skäl: Fastställd 2026-01-20 av Rut Regin, Regiondirektör, diarienummer RS 2026-00001");
    expect(r.stdout).toContain("Hela dokumentet täckt och oförändrat: ja");
    expect(r.stdout).toContain(`Källa: ${MANDATE}, commit ${commit}`);
    expect(r.stdout).toMatch(/arbetsgrupp-beta\.pdf\n {2}Inte signerad\./);
  });

  it("one flipped byte: pdfsig no longer calls it valid and verify exits 1", async () => {
    const bytes = await readFile(join(signed, "styrgrupp-alfa.pdf"));
    // A byte of page content inside the signed range, well before the signature.
    const at = bytes.indexOf("stream") + 40;
    bytes[at] = bytes[at]! ^ 0x01;
    const tampered = join(signed, "tampered.pdf");
    await writeFile(tampered, bytes);
    const { stdout } = await run("pdfsig", [tampered]);
    expect(stdout).not.toContain("Signature is Valid.");
    const r = await cli(["verify", tampered], p.root);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("Signerad, TRASIG");
    expect(r.stdout).toContain("Problem: Dokumentet har ändrats efter signeringen");
  });

  it("bytes appended after signing: not the whole document, verify exits 1", async () => {
    const bytes = await readFile(join(signed, "styrgrupp-alfa.pdf"));
    const appended = join(signed, "appended.pdf");
    await writeFile(appended, Buffer.concat([bytes, Buffer.from("\n% tillägg\n")]));
    const { stdout } = await run("pdfsig", [appended]);
    expect(stdout).not.toContain("Total document signed");
    const r = await cli(["verify", appended], p.root);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("Hela dokumentet täckt och oförändrat: nej");
  });

  it("signing keeps the PDF cache: a signed build reuses the unsigned PDFs and signs them after", async () => {
    const first = await cli(["build", "--out", "cached-a"], p.root);
    expect(first.code, first.stderr).toBe(0);
    const second = await cli(["build", "--out", "cached-b", "--sign", join(keys, "test.p12")], p.root, env);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stderr).toContain("PDF mandates/styrgrupp-alfa.md (återanvänd) (signerad)");
    expect(second.stderr).toMatch(/3 PDF:er \(3 återanvända, 0 utskrivna\)/);
    expect(second.stderr).toContain("Signerade: 1 fastställd uppdragshandling.");
    const { stdout } = await run("pdfsig", [join(p.root, "cached-b/pdf/styrgrupp-alfa.pdf")]);
    expect(stdout).toContain("Signature is Valid.");
    // The cache still holds the unsigned PDF: a build without --sign gives it back unsigned.
    const third = await cli(["build", "--out", "cached-c"], p.root);
    expect(third.stderr).toMatch(/3 återanvända, 0 utskrivna/);
    expect((await readFile(join(p.root, "cached-c/pdf/styrgrupp-alfa.pdf"))).equals(await readFile(join(p.root, "cached-a/pdf/styrgrupp-alfa.pdf")))).toBe(true);
  }, BROWSER_TIMEOUT * 2);

  it("one signer signs many PDFs (the real build signs four mandates)", async () => {
    const { openSigner } = await import("../../src/pdf/sign.js");
    const { verifyPdf } = await import("../../src/pdf/verify.js");
    const signer = await openSigner({ p12: await readFile(join(keys, "test.p12")), passphrase: PASS, time: new Date(env.MANDAT_SIGN_TIME) });
    const unsigned = await readFile(join(p.root, "plain/pdf/styrgrupp-alfa.pdf"));
    const [a, b, c] = await Promise.all([signer.sign(unsigned, "Första"), signer.sign(unsigned, "Andra"), signer.sign(unsigned, "Tredje")]);
    for (const [pdf, reason] of [[a, "Första"], [b, "Andra"], [c, "Tredje"]] as const) {
      const report = verifyPdf(pdf!);
      expect(report.ok).toBe(true);
      expect(report.signatures[0]).toMatchObject({ signer: "Mandat Testsignerare", reason, intact: true, wholeDocument: true });
    }
  });

  it("a wrong passphrase or none is a usage error (exit 2) before anything is built", async () => {
    const wrong = await cli(["build", "--out", "wrong", "--sign", join(keys, "test.p12")], p.root, { MANDAT_SIGN_PASSPHRASE: "fel" });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain("Signeringsnyckeln går inte att öppna: fel lösenfras (MANDAT_SIGN_PASSPHRASE)");
    const none = await cli(["build", "--out", "wrong", "--sign", join(keys, "test.p12")], p.root, {});
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("MANDAT_SIGN_PASSPHRASE saknas");
  }, BROWSER_TIMEOUT);
});

describe("reproducible builds of one commit", () => {
  it("two builds give byte-identical unsigned PDFs, and byte-identical signed ones with a fixed signing time", async () => {
    const a = await buildTo("repro-a");
    const b = await buildTo("repro-b");
    const names = (await readdir(a)).sort();
    expect(names).toEqual(["2026-02-01-styrgrupp-alfa.pdf", "arbetsgrupp-beta.pdf", "styrgrupp-alfa.pdf"]);
    for (const name of names) expect((await readFile(join(a, name))).equals(await readFile(join(b, name))), name).toBe(true);
    const s1 = await buildTo("repro-s1", ["--sign", join(keys, "test.p12")], env);
    const s2 = await buildTo("repro-s2", ["--sign", join(keys, "test.p12")], { MANDAT_SIGN_PASSPHRASE: PASS, SOURCE_DATE_EPOCH: String(Date.parse(env.MANDAT_SIGN_TIME) / 1000) });
    for (const name of names) expect((await readFile(join(s1, name))).equals(await readFile(join(s2, name))), name).toBe(true);
    // The signed PDF differs from the unsigned one only by being signed.
    expect((await readFile(join(s1, "styrgrupp-alfa.pdf"))).equals(await readFile(join(a, "styrgrupp-alfa.pdf")))).toBe(false);
  }, BROWSER_TIMEOUT * 3);
});
