import { distance } from "fastest-levenshtein";
import { GROUP_SCHEME } from "../link/prose-refs.js";
import { bodyLinks } from "../link/prose.js";
import { defineRule } from "../link/rule.js";

/** Schemes a body link may use besides http(s). */
const OTHER_SCHEMES = new Set(["mailto:", GROUP_SCHEME]);

export default defineRule({
  id: "external-link-domain",
  severity: "error",
  stage: "link",
  // Looks at one document at a time (and the registry), so its findings are cached per document.
  scope: "document",
  description: {
    sv: "En webblänk i brödtexten går till en domän i options.external-link-domain.allowedDomains i mandat.config.json (eller en underdomän), och andra länkar är mailto: eller grupp:.",
    en: "A web link in the body goes to a domain in options.external-link-domain.allowedDomains of mandat.config.json (or a subdomain), and other links are mailto: or grupp:.",
  },
  messages: {
    notAllowed: {
      sv: "Länken går till {{host}}, som inte är en tillåten domän.",
      en: "The link goes to {{host}}, which is not an allowed domain.",
      note: {
        sv: "Tillåtna domäner (options.external-link-domain.allowedDomains i mandat.config.json): {{domains}}. Rätta länken eller lägg till domänen om den ska få förekomma.",
        en: "Allowed domains (options.external-link-domain.allowedDomains in mandat.config.json): {{domains}}. Correct the link or add the domain if it may be used.",
      },
    },
    notAllowedSuggest: {
      sv: "Länken går till {{host}}, som inte är en tillåten domän.",
      en: "The link goes to {{host}}, which is not an allowed domain.",
      note: {
        sv: "Tillåtna domäner (options.external-link-domain.allowedDomains i mandat.config.json): {{domains}}.",
        en: "Allowed domains (options.external-link-domain.allowedDomains in mandat.config.json): {{domains}}.",
      },
    },
    scheme: {
      sv: "Länkar med {{scheme}} är inte tillåtna.",
      en: "Links with {{scheme}} are not allowed.",
      note: {
        sv: "Länka med https: till en tillåten domän, mailto: till en e-postadress eller grupp: till en grupp i registret.",
        en: "Link with https: to an allowed domain, mailto: to an e-mail address or grupp: to a group of the registry.",
      },
    },
    invalid: {
      sv: "Länken {{url}} är ingen giltig webbadress.",
      en: "The link {{url}} is not a valid web address.",
      note: { sv: "Skriv hela adressen, till exempel https://www.vgregion.se/.", en: "Write the whole address, for example https://www.vgregion.se/." },
    },
  },
  phrases: {
    none: { sv: "inga", en: "none" },
  },
  options: {
    schema: {
      title: "external-link-domain",
      description: "Domäner som webblänkar i brödtexten får gå till (underdomäner ingår).",
      type: "object",
      additionalProperties: false,
      properties: {
        allowedDomains: {
          title: "Tillåtna domäner",
          description: "Domännamn, till exempel vgregion.se.",
          type: "array",
          items: { title: "Domännamn", description: "Ett domännamn utan https:// och snedstreck, till exempel vgregion.se.", type: "string", pattern: "^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\.)+[a-z]{2,}$" },
          uniqueItems: true,
        },
      },
    },
    defaults: { allowedDomains: [] },
  },
  check(ctx) {
    const allowed = (ctx.options.allowedDomains as string[]).map((d) => d.toLowerCase());
    const domains = allowed.length > 0 ? allowed.join(", ") : ctx.phrase("none");
    for (const file of ctx.documents) {
      for (const link of bodyLinks(file)) {
        // Browsers ignore tabs and line breaks inside a URL and leading spaces or control characters.
        const url = link.url.replace(/[\t\n\r]/g, "").replace(/^[\u0000-\u0020]+/, "");
        const at = { file: link.file, place: link.place, actual: link.url } as const;
        const scheme = /^([a-z][a-z0-9+.-]*:)/i.exec(url)?.[1]?.toLowerCase();
        const web = scheme === "http:" || scheme === "https:" || url.startsWith("//");
        if (!web) {
          // A relative link or a fragment stays on the site; any other scheme is refused.
          if (scheme && !OTHER_SCHEMES.has(scheme)) ctx.report({ ...at, messageId: "scheme", data: { scheme } });
          continue;
        }
        let host: string;
        try {
          host = new URL(url, "https://relative.invalid/").hostname.toLowerCase().replace(/\.$/, "");
        } catch {
          host = "";
        }
        if (!host) {
          ctx.report({ ...at, messageId: "invalid", data: { url: link.url } });
          continue;
        }
        if (allowed.some((d) => host === d || host.endsWith(`.${d}`))) continue;
        const suggestion = nearDomain(host, allowed);
        ctx.report({
          ...at,
          messageId: suggestion ? "notAllowedSuggest" : "notAllowed",
          data: { host, domains },
          ...(suggestion && { expected: [suggestion] }),
        });
      }
    }
  },
});

/** An allowed domain one or two edits from the host or from one of its parent domains: vregion.se → vgregion.se. */
function nearDomain(host: string, allowed: string[]): string | undefined {
  const labels = host.split(".");
  let best: { d: number; domain: string } | undefined;
  for (let i = 0; i < labels.length - 1; i++) {
    const tail = labels.slice(i).join(".");
    for (const domain of allowed) {
      const d = distance(tail, domain);
      if (d >= 1 && d <= 2 && (!best || d < best.d)) best = { d, domain };
    }
  }
  return best?.domain;
}

