/**
 * Whether a link or an e-mail address may appear: web links to an allowed domain (or a subdomain),
 * mailto: and bare e-mail addresses at an allowed domain, grupp: links and links within the site.
 * One verdict for the checker (rules/external-link-domain.ts) and the renderer (html/markdown.ts),
 * so that a link the checker rejects is never live on the site or in a PDF, suppressed or not.
 */
import { distance } from "fastest-levenshtein";
import type { Config } from "../config/types.js";
import { GROUP_SCHEME } from "./prose-refs.js";

export type LinkVerdict =
  | { ok: true }
  | { ok: false; kind: "scheme"; scheme: string }
  | { ok: false; kind: "invalid" }
  | { ok: false; kind: "host"; host: string; suggestion?: string }
  | { ok: false; kind: "mail"; address: string; host: string; suggestion?: string };

export const LINK_RULE_ID = "external-link-domain";

/** The allowed domains of a config (options.external-link-domain.allowedDomains), lower case. */
export function allowedDomainsOf(config: Pick<Config, "ruleOptions">): string[] {
  const domains = config.ruleOptions[LINK_RULE_ID]?.allowedDomains;
  return Array.isArray(domains) ? domains.filter((d): d is string => typeof d === "string").map((d) => d.toLowerCase()) : [];
}

/** An e-mail address written in text: local part, @, a domain with a dot. */
export const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@((?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+\p{L}{2,})(?![\p{L}\p{N}-])/gu;

function allowedHost(host: string, allowed: string[]): boolean {
  return allowed.some((d) => host === d || host.endsWith(`.${d}`));
}

/** The verdict on an e-mail address (a bare one, or a mailto: link's). */
export function emailVerdict(address: string, allowed: string[]): LinkVerdict {
  const at = address.lastIndexOf("@");
  const host = (at >= 0 ? address.slice(at + 1) : "").toLowerCase().replace(/\.$/, "");
  if (!host || !host.includes(".")) return { ok: false, kind: "invalid" };
  if (allowedHost(host, allowed)) return { ok: true };
  const suggestion = nearDomain(host, allowed);
  return { ok: false, kind: "mail", address, host, ...(suggestion && { suggestion }) };
}

/** The verdict on a link's URL as written in Markdown. */
export function linkVerdict(raw: string, allowed: string[]): LinkVerdict {
  // Browsers ignore tabs and line breaks inside a URL and leading spaces or control characters.
  const url = raw.replace(/[\t\n\r]/g, "").replace(/^[\u0000-\u0020]+/, "");
  const scheme = /^([a-z][a-z0-9+.-]*:)/i.exec(url)?.[1]?.toLowerCase();
  const web = scheme === "http:" || scheme === "https:" || url.startsWith("//") || url.startsWith("\\\\") || url.startsWith("/\\") || url.startsWith("\\/");
  if (scheme === "mailto:") {
    let addresses: string[];
    try {
      addresses = decodeURIComponent(url.slice("mailto:".length).split("?")[0]!).split(",").map((a) => a.trim());
    } catch {
      return { ok: false, kind: "invalid" };
    }
    if (addresses.length === 0 || addresses.every((a) => a === "")) return { ok: false, kind: "invalid" };
    for (const address of addresses) {
      const verdict = emailVerdict(address, allowed);
      if (!verdict.ok) return verdict;
    }
    return { ok: true };
  }
  if (!web) {
    // A relative link or a fragment stays on the site; grupp: is resolved by mandat; any other scheme is refused.
    if (scheme && scheme !== GROUP_SCHEME) return { ok: false, kind: "scheme", scheme };
    return { ok: true };
  }
  let host: string;
  try {
    host = new URL(url, "https://relative.invalid/").hostname.toLowerCase().replace(/\.$/, "");
  } catch {
    host = "";
  }
  if (!host) return { ok: false, kind: "invalid" };
  if (allowedHost(host, allowed)) return { ok: true };
  const suggestion = nearDomain(host, allowed);
  return { ok: false, kind: "host", host, ...(suggestion && { suggestion }) };
}

/**
 * An allowed domain that the host (or one of its parent domains) imitates: one or two edits away
 * (vregion.se → vgregion.se), or the allowed name with something glued on (vgregion-se.com,
 * vgregion.se.example.com, vgregion.com).
 */
export function nearDomain(host: string, allowed: string[]): string | undefined {
  const labels = host.split(".");
  let best: { d: number; domain: string } | undefined;
  for (let i = 0; i < labels.length - 1; i++) {
    const tail = labels.slice(i).join(".");
    for (const domain of allowed) {
      const d = distance(tail, domain);
      if (d >= 1 && d <= 2 && (!best || d < best.d)) best = { d, domain };
    }
  }
  if (best) return best.domain;
  for (const domain of allowed) {
    const name = domain.split(".")[0]!;
    if (name.length >= 4 && (host.includes(domain) || labels.some((l) => l === name || l.replace(/-/g, "") === domain.replace(/\./g, "")))) return domain;
  }
  return undefined;
}
