/** Unmarked text objects (page-margin boxes, the watermark) become artifacts; tagged content is untouched. */
import { inflateSync } from "node:zlib";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { build } from "../../src/build.js";
import { wrapUnmarkedText } from "../../src/pdf/artifacts.js";
import { BROWSER_TIMEOUT, REPO_ROOT, removeDir, tempDir } from "../helpers/repo.js";

describe("wrapUnmarkedText", () => {
  it("wraps a text object outside marked content, leaves tagged ones and paths alone", () => {
    const content = "q\nBT\n/F4 8 Tf\n<0036> Tj\nET\n/P <</MCID 0 >>BDC\nBT\n<0037> Tj\nET\nEMC\n0 0 1 1 re\nf\nQ\n";
    const out = wrapUnmarkedText(content)!;
    expect(out.count).toBe(1);
    expect(out.text).toBe("q\n/Artifact BMC\nBT\n/F4 8 Tf\n<0036> Tj\nET\nEMC\n/P <</MCID 0 >>BDC\nBT\n<0037> Tj\nET\nEMC\n0 0 1 1 re\nf\nQ\n");
  });

  it("reads strings with brackets and operator-like words without being fooled", () => {
    const content = "BT\n(EMC \\) BDC \\( ET) Tj\n<42444300> Tj\nET\n";
    expect(wrapUnmarkedText(content)).toEqual({ text: `/Artifact BMC\n${content.slice(0, -1)}\nEMC\n`, count: 1 });
  });

  it("leaves a stream it cannot be sure of unchanged: inline images, unbalanced marked content", () => {
    expect(wrapUnmarkedText("BI /W 1 /H 1 ID x EI\nBT <00> Tj ET")).toBeUndefined();
    expect(wrapUnmarkedText("/P <</MCID 0>> BDC\nBT <00> Tj ET\n")).toBeUndefined();
    expect(wrapUnmarkedText("EMC\n")).toBeUndefined();
    // A stray closing bracket is no word: the stream is left alone (the reader used to loop on it forever).
    expect(wrapUnmarkedText("BT <00> Tj ET\n) Tj\n")).toBeUndefined();
    expect(wrapUnmarkedText("BT <00> Tj ET\n> Tj\n")).toBeUndefined();
  });
});

describe("a real PDF", () => {
  let dir: string;
  let streams: string[];
  beforeAll(async () => {
    dir = await tempDir("artifacts");
    const result = await build({ root: REPO_ROOT, outDir: join(dir, "build"), cache: false });
    if (!result.ok) throw new Error("build failed");
    const pdf = (await readFile(join(dir, "build/pdf/samordningsrad-onkologi.pdf"))).toString("latin1");
    streams = [];
    for (const m of pdf.matchAll(/stream\r?\n/g)) {
      const start = m.index! + m[0].length;
      try {
        const text = inflateSync(Buffer.from(pdf.slice(start, pdf.indexOf("endstream", start)), "latin1")).toString("latin1");
        if (text.includes("BT")) streams.push(text);
      } catch {
        // not a deflated content stream
      }
    }
  }, BROWSER_TIMEOUT);
  afterAll(() => removeDir(dir));

  it("has every text object either tagged (MCID) or an artifact, on every page", () => {
    expect(streams.length).toBe(3);
    for (const s of streams) {
      expect(s).toContain("/Artifact BMC");
      expect(s).toMatch(/\/MCID \d+/);
      // No text object left at depth 0: re-running the marking finds nothing more to wrap.
      expect(wrapUnmarkedText(s)?.count).toBe(0);
    }
    // Page 2 has the running header (two boxes) besides the footer.
    expect(streams[1]!.match(/\/Artifact BMC/g)!.length).toBeGreaterThan(streams[0]!.match(/\/Artifact BMC/g)!.length);
  });
});
