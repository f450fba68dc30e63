/**
 * `mandat verify`: what a PDF's signatures prove. For each signature (found by its /ByteRange in the
 * file's bytes, so a damaged file is still read): the signer's certificate, the signing time, whether
 * the SHA-256 of the signed byte ranges is the message digest the signer signed and the RSA signature
 * over the signed attributes holds, and whether the ranges cover the whole file but the signature
 * itself (nothing added or changed after signing). The source revision comes from the PDF's XMP
 * metadata. Trust in the certificate is not judged here (pdfsig with an NSS database does that).
 */
import { createHash, createPublicKey, verify as verifySignature } from "node:crypto";
import { createRequire } from "node:module";

export interface SignatureReport {
  signer?: string;
  /** ISO time, from the signed attributes or else the signature dictionary's /M. */
  signingTime?: string;
  reason?: string;
  /** The digest and the signature check out. */
  intact: boolean;
  /** The byte ranges cover the whole file except the signature's own contents. */
  wholeDocument: boolean;
  /** Why it is not intact, in Swedish. */
  problem?: string;
}

export interface VerifyReport {
  signatures: SignatureReport[];
  /** From the XMP metadata: source path, commit and SHA-256. */
  source: { path?: string; commit?: string; sha256?: string; modified?: boolean };
  /** Signed, and every signature intact and covering the whole document. */
  ok: boolean;
}

type Forge = typeof import("node-forge");
const forge = (): Forge => createRequire(import.meta.url)("node-forge") as Forge;

const OID_MESSAGE_DIGEST = "1.2.840.113549.1.9.4";
const OID_SIGNING_TIME = "1.2.840.113549.1.9.5";
const OID_SHA256 = "2.16.840.1.101.3.4.2.1";

export function verifyPdf(bytes: Uint8Array): VerifyReport {
  const file = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = file.toString("latin1");
  const signatures: SignatureReport[] = [];
  for (const match of text.matchAll(/\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g)) {
    const [a, b, c, d] = match.slice(1, 5).map(Number) as [number, number, number, number];
    signatures.push(checkSignature(file, text, match.index!, [a, b, c, d]));
  }
  const source = sourceOf(text);
  return { signatures, source, ok: signatures.length > 0 && signatures.every((s) => s.intact && s.wholeDocument) };
}

function checkSignature(file: Buffer, text: string, at: number, [a, b, c, d]: [number, number, number, number]): SignatureReport {
  // The signature dictionary around its /Contents (which sits in the gap between the two ranges).
  const near = a + b <= c && c <= text.length ? text.slice(Math.max(0, at - 2000), a + b) + text.slice(c, c + 4000) : text.slice(Math.max(0, at - 2000), at + 2000);
  const reason = pdfStringAfter(near, "/Reason");
  const m = pdfStringAfter(near, "/M");
  const base: SignatureReport = { intact: false, wholeDocument: false, ...(reason !== undefined && { reason }), ...(m && { signingTime: pdfDate(m) }) };
  if (a !== 0 || a + b > c || c + d > file.length) return { ...base, problem: "Signaturens byteintervall passar inte filen." };
  const gap = text.slice(a + b, c);
  if (!/^<[0-9A-Fa-f]*>$/.test(gap)) return { ...base, problem: "Signaturens innehåll är skadat." };
  const wholeDocument = c + d === file.length;
  const digest = createHash("sha256").update(file.subarray(a, a + b)).update(file.subarray(c, c + d)).digest();
  try {
    // The placeholder is padded with zeros after the DER; the parser stops at its end.
    const cms = parseCms(Buffer.from(gap.slice(1, -1), "hex"));
    const report: SignatureReport = { ...base, wholeDocument, signer: cms.signer, ...(cms.signingTime && { signingTime: cms.signingTime }) };
    if (!cms.messageDigest || !cms.messageDigest.equals(digest)) return { ...report, problem: "Dokumentet har ändrats efter signeringen (kontrollsumman stämmer inte)." };
    if (!cms.signatureValid) return { ...report, problem: "Signaturen stämmer inte med certifikatets nyckel." };
    return { ...report, intact: true, ...(!wholeDocument && { problem: "Filen har ändrats eller fått tillägg efter signeringen." }) };
  } catch {
    return { ...base, wholeDocument, problem: "Signaturen går inte att läsa (skadad eller inte CMS)." };
  }
}

/** The parts of a detached CMS SignedData that verification needs, and the RSA check over the signed attributes. */
function parseCms(der: Buffer): { signer?: string; signingTime?: string; messageDigest?: Buffer; signatureValid: boolean } {
  const f = forge();
  const asn1 = f.asn1.fromDer(f.util.createBuffer(der.toString("binary")), { parseAllBytes: false } as never);
  // forge's SignedData validator captures the first SignerInfo's fields (serial, digestAlgorithm,
  // authenticatedAttributes, signature) directly; it does not verify them itself.
  const msg = f.pkcs7.messageFromAsn1(asn1) as unknown as { certificates: import("node-forge").pki.Certificate[]; rawCapture: Record<string, unknown> };
  const capture = msg.rawCapture;
  if (typeof capture.signature !== "string" || typeof capture.serial !== "string") throw new Error("no signer");
  const serial = f.util.createBuffer(capture.serial as string).toHex();
  const cert = msg.certificates.find((x) => x.serialNumber === serial) ?? msg.certificates[0];
  if (!cert) throw new Error("no certificate");
  const attrs = (capture.authenticatedAttributes as import("node-forge").asn1.Asn1[] | undefined) ?? [];
  let messageDigest: Buffer | undefined;
  let signingTime: string | undefined;
  for (const attr of attrs) {
    const [oid, values] = attr.value as import("node-forge").asn1.Asn1[];
    const id = f.asn1.derToOid(oid!.value as string);
    const first = (values!.value as import("node-forge").asn1.Asn1[])[0]!;
    if (id === OID_MESSAGE_DIGEST) messageDigest = Buffer.from(first.value as string, "binary");
    if (id === OID_SIGNING_TIME) {
      const when = first.type === f.asn1.Type.UTCTIME ? f.asn1.utcTimeToDate(first.value as string) : f.asn1.generalizedTimeToDate(first.value as string);
      signingTime = when.toISOString();
    }
  }
  const digestOid = f.asn1.derToOid(capture.digestAlgorithm as string);
  // The signature is over the DER of the signed attributes as a SET (their [0] tag replaced).
  const signed = Buffer.from(f.asn1.toDer(f.asn1.create(f.asn1.Class.UNIVERSAL, f.asn1.Type.SET, true, attrs)).getBytes(), "binary");
  const key = createPublicKey(f.pki.publicKeyToPem(cert.publicKey));
  const algorithm = digestOid === OID_SHA256 ? "sha256" : digestOid === "2.16.840.1.101.3.4.2.3" ? "sha512" : digestOid === "2.16.840.1.101.3.4.2.2" ? "sha384" : "sha1";
  const signatureValid = attrs.length > 0 && verifySignature(algorithm, signed, key, Buffer.from(capture.signature as string, "binary"));
  const cn = cert.subject.getField("CN")?.value as string | undefined;
  return { signer: cn, signingTime, messageDigest, signatureValid };
}

/** A PDF string (literal or hex, UTF-16 with BOM or PDFDocEncoding as Latin-1) after `key` in `text`. */
function pdfStringAfter(text: string, key: string): string | undefined {
  const at = new RegExp(`${key.replace("/", "\\/")}\\s*([(<])`).exec(text);
  if (!at) return undefined;
  const start = at.index + at[0].length;
  let raw: Buffer;
  if (at[1] === "<") {
    const end = text.indexOf(">", start);
    raw = Buffer.from(text.slice(start, end).replace(/\s+/g, ""), "hex");
  } else {
    let out = "";
    let depth = 1;
    for (let i = start; i < text.length; i++) {
      const ch = text[i]!;
      if (ch === "\\") {
        const next = text[++i]!;
        const octal = /^[0-7]{1,3}/.exec(text.slice(i, i + 3))?.[0];
        if (octal) {
          out += String.fromCharCode(parseInt(octal, 8));
          i += octal.length - 1;
        } else out += ({ n: "\n", r: "\r", t: "\t", b: "\b", f: "\f" } as Record<string, string>)[next] ?? next;
        continue;
      }
      if (ch === "(") depth++;
      if (ch === ")" && --depth === 0) break;
      out += ch;
    }
    raw = Buffer.from(out, "latin1");
  }
  if (raw[0] === 0xfe && raw[1] === 0xff) return raw.subarray(2).swap16().toString("utf16le");
  return raw.toString("latin1");
}

/** "D:20250101000000Z" or "D:20250101000000+01'00'" → ISO. */
function pdfDate(value: string): string | undefined {
  const m = /^D:(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(Z|[+-]\d{2}'?\d{2}'?)?/.exec(value);
  if (!m) return undefined;
  const zone = !m[7] || m[7] === "Z" ? "Z" : `${m[7].slice(0, 3)}:${m[7].replace(/'/g, "").slice(3, 5)}`;
  const when = new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}${zone}`);
  return Number.isNaN(when.getTime()) ? undefined : when.toISOString();
}

/** The provenance entries of the XMP packet (mandat writes it uncompressed). */
function sourceOf(text: string): VerifyReport["source"] {
  const field = (name: string) => {
    const value = new RegExp(`<mandat:${name}>([^<]*)</mandat:${name}>`).exec(text)?.[1];
    return value === undefined ? undefined : Buffer.from(value, "latin1").toString("utf8").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&amp;/g, "&");
  };
  const path = field("SourcePath");
  const commit = field("SourceCommit");
  const sha256 = field("SourceSHA256");
  const modified = field("SourceModified");
  return { ...(path && { path }), ...(commit && { commit }), ...(sha256 && { sha256 }), ...(modified && { modified: modified === "ja" }) };
}
