/**
 * Signing an adopted mandate's PDF (`build --sign`): a PAdES-compatible signature (SubFilter
 * ETSI.CAdES.detached, SHA-256, the signer's certificate embedded) over the whole file, made with
 * the @signpdf packages and node-forge after the PDF is printed (the PDF cache keeps unsigned PDFs).
 * With a fixed signing time the signed bytes are the same on every build (RSA PKCS#1 v1.5 is
 * deterministic, and the placeholder takes no clock of its own).
 */
import { createRequire } from "node:module";

export interface SignOptions {
  /** The PKCS#12 file's bytes (key and certificate). */
  p12: Uint8Array;
  passphrase: string;
  /** The signing time written into the signature; default the time of signing. */
  time?: Date;
}

export interface PdfSigner {
  /** The certificate's common name, as the signature's /Name. */
  readonly name: string;
  sign(pdf: Uint8Array, reason: string): Promise<Uint8Array>;
}

/** A P12 that cannot be opened (wrong passphrase, not a P12, no key): a usage error, in Swedish. */
export class SignKeyError extends Error {
  constructor(detail: string) {
    super(`Signeringsnyckeln går inte att öppna: ${detail}`);
    this.name = "SignKeyError";
  }
}

/** Room for the CMS signature (certificate chain included), in bytes. */
const SIGNATURE_LENGTH = 16384;
const LOCATION = "Västra Götalandsregionen";

export async function openSigner(options: SignOptions): Promise<PdfSigner> {
  const name = commonNameOf(options.p12, options.passphrase);
  const [{ PDFDocument }, { pdflibAddPlaceholder }, { P12Signer }, { SignPdf }, { SUBFILTER_ETSI_CADES_DETACHED }] = await Promise.all([
    import("pdf-lib"),
    import("@signpdf/placeholder-pdf-lib"),
    import("@signpdf/signer-p12"),
    import("@signpdf/signpdf"),
    import("@signpdf/utils"),
  ]);
  return {
    name,
    async sign(pdf, reason) {
      const time = options.time ?? new Date();
      // updateMetadata: false keeps the information dictionary (dates, producer) as printed.
      const doc = await PDFDocument.load(pdf, { updateMetadata: false });
      pdflibAddPlaceholder({
        pdfDoc: doc,
        reason,
        contactInfo: "",
        name,
        location: LOCATION,
        signingTime: time,
        subFilter: SUBFILTER_ETSI_CADES_DETACHED,
        signatureLength: SIGNATURE_LENGTH,
        appName: "mandat",
      });
      const prepared = Buffer.from(await doc.save({ useObjectStreams: false }));
      // A P12Signer reads its key from a buffer that its first signature consumes: one per PDF.
      const signer = new P12Signer(Buffer.from(options.p12), { passphrase: options.passphrase });
      return new Uint8Array(await new SignPdf().sign(prepared, signer, time));
    },
  };
}

/** The certificate's CN; throws SignKeyError when the P12 or its passphrase is wrong. */
function commonNameOf(p12: Uint8Array, passphrase: string): string {
  const forge = createRequire(import.meta.url)("node-forge") as typeof import("node-forge");
  try {
    const asn1 = forge.asn1.fromDer(forge.util.createBuffer(Buffer.from(p12).toString("binary")));
    const store = forge.pkcs12.pkcs12FromAsn1(asn1, passphrase);
    const certs = store.getBags({ bagType: forge.pki.oids.certBag! })[forge.pki.oids.certBag!] ?? [];
    const keys = [
      ...(store.getBags({ bagType: forge.pki.oids.pkcs8ShroudedKeyBag! })[forge.pki.oids.pkcs8ShroudedKeyBag!] ?? []),
      ...(store.getBags({ bagType: forge.pki.oids.keyBag! })[forge.pki.oids.keyBag!] ?? []),
    ];
    const cert = certs[0]?.cert;
    if (!cert || keys.length === 0) throw new SignKeyError("filen har ingen nyckel eller inget certifikat.");
    return String(cert.subject.getField("CN")?.value ?? "okänd");
  } catch (error) {
    if (error instanceof SignKeyError) throw error;
    throw new SignKeyError("fel lösenfras (MANDAT_SIGN_PASSPHRASE) eller inte en PKCS#12-fil.");
  }
}

/**
 * The signing time from the environment, for reproducible signed PDFs: MANDAT_SIGN_TIME (an ISO date
 * and time) or else SOURCE_DATE_EPOCH (seconds); undefined when neither is set. A value that is not a
 * time is an error.
 */
export function signingTimeFromEnv(env: NodeJS.ProcessEnv = process.env): Date | undefined {
  const iso = env.MANDAT_SIGN_TIME?.trim();
  if (iso) {
    const time = new Date(iso);
    if (Number.isNaN(time.getTime())) throw new SignKeyError(`MANDAT_SIGN_TIME är inte en tidpunkt: ${iso}`);
    return time;
  }
  const epoch = env.SOURCE_DATE_EPOCH?.trim();
  if (epoch) {
    if (!/^\d+$/.test(epoch)) throw new SignKeyError(`SOURCE_DATE_EPOCH är inte ett antal sekunder: ${epoch}`);
    return new Date(Number(epoch) * 1000);
  }
  return undefined;
}
