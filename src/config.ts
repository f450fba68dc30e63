/** Optional mandat.config.json at the repository root: per-rule severities, the message language, link domains. */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Lang, RuleSeverity } from "./rules/define.js";
import { rules } from "./rules/index.js";

export const CONFIG_FILE = "mandat.config.json";

export interface Config {
  lang?: Lang;
  rules: Record<string, RuleSeverity>;
  /** Domains that http(s) links in document bodies may point to (subdomains included). */
  links?: { allowedDomains: string[] };
}

/** A config file that cannot be used: bad usage, reported with exit code 2. */
export class ConfigError extends Error {}

const SEVERITIES = new Set(["error", "warning", "off"]);

export async function loadConfig(root: string): Promise<Config> {
  const path = join(root, CONFIG_FILE);
  const text = await readFile(path, "utf8").catch(() => undefined);
  if (text === undefined) return { rules: {} };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new ConfigError(`${CONFIG_FILE} är inte giltig JSON: ${(e as Error).message}`);
  }
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) throw new ConfigError(`${CONFIG_FILE} ska innehålla ett JSON-objekt.`);
  const { lang, rules: severities = {}, links, ...rest } = raw as Record<string, unknown>;
  const unknownKeys = Object.keys(rest);
  if (unknownKeys.length) throw new ConfigError(`${CONFIG_FILE}: okänt fält ${unknownKeys.join(", ")}; tillåtna fält är lang, rules och links.`);
  if (lang !== undefined && lang !== "sv" && lang !== "en") throw new ConfigError(`${CONFIG_FILE}: lang ska vara "sv" eller "en".`);
  if (typeof severities !== "object" || severities === null) throw new ConfigError(`${CONFIG_FILE}: rules ska vara ett objekt { "regel-id": "error" | "warning" | "off" }.`);
  const ids = new Set(rules.map((r) => r.id));
  // A file that does not parse cannot be checked at all; hiding that would hide every other problem in it.
  const fixed = new Set(rules.filter((r) => r.stage === "parse").map((r) => r.id));
  for (const [id, severity] of Object.entries(severities)) {
    if (!ids.has(id)) throw new ConfigError(`${CONFIG_FILE}: okänd regel ${id}. Regler: ${[...ids].join(", ")}.`);
    if (fixed.has(id)) throw new ConfigError(`${CONFIG_FILE}: regeln ${id} kan inte ändras; ett dokument som inte går att läsa är alltid fel.`);
    if (!SEVERITIES.has(severity as string)) throw new ConfigError(`${CONFIG_FILE}: regeln ${id} har nivån ${JSON.stringify(severity)}; använd "error", "warning" eller "off".`);
  }
  return {
    ...(lang ? { lang: lang as Lang } : {}),
    rules: severities as Record<string, RuleSeverity>,
    ...(links !== undefined ? { links: linksConfig(links) } : {}),
  };
}

const DOMAIN = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/;

function linksConfig(links: unknown): { allowedDomains: string[] } {
  const usage = `${CONFIG_FILE}: links ska vara { "allowedDomains": ["vgregion.se", …] }.`;
  if (typeof links !== "object" || links === null || Array.isArray(links)) throw new ConfigError(usage);
  const { allowedDomains = [], ...rest } = links as Record<string, unknown>;
  if (Object.keys(rest).length) throw new ConfigError(`${CONFIG_FILE}: okänt fält links.${Object.keys(rest).join(", links.")}; tillåtet fält är links.allowedDomains.`);
  if (!Array.isArray(allowedDomains)) throw new ConfigError(usage);
  for (const domain of allowedDomains) {
    if (typeof domain !== "string" || !DOMAIN.test(domain)) {
      throw new ConfigError(`${CONFIG_FILE}: links.allowedDomains har ${JSON.stringify(domain)}, som inte är ett domännamn som vgregion.se (små bokstäver, utan https:// och /).`);
    }
  }
  return { allowedDomains: allowedDomains as string[] };
}
