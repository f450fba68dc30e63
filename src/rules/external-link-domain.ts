import type { Location } from "../link/context.js";
import { EMAIL, emailVerdict, linkVerdict, type LinkVerdict } from "../link/link-verdict.js";
import { bodyLinks, frontmatterTexts } from "../link/prose.js";
import { defineRule } from "../link/rule.js";
import type { DataPath } from "../parse/doc.js";

// The verdict is shared with the renderer (link/link-verdict.ts): a link this rule rejects is never
// live on the site or in a PDF, even when its diagnostic is suppressed.

export default defineRule({
  id: "external-link-domain",
  severity: "error",
  stage: "link",
  // Looks at one document at a time (and the registry), so its findings are cached per document.
  scope: "document",
  description: {
    sv: "En webblänk i brödtexten går till en domän i options.external-link-domain.allowedDomains i mandat.config.json (eller en underdomän), en e-postadress (mailto: eller skriven i texten) har en sådan domän, och andra länkar är grupp:.",
    en: "A web link in the body goes to a domain in options.external-link-domain.allowedDomains of mandat.config.json (or a subdomain), an e-mail address (mailto: or written in the text) has such a domain, and other links are grupp:.",
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
    mail: {
      sv: "E-postadressen {{address}} går till {{host}}, som inte är en tillåten domän.",
      en: "The e-mail address {{address}} goes to {{host}}, which is not an allowed domain.",
      note: {
        sv: "Tillåtna domäner (options.external-link-domain.allowedDomains i mandat.config.json): {{domains}}. Rätta adressen eller lägg till domänen om den ska få förekomma.",
        en: "Allowed domains (options.external-link-domain.allowedDomains in mandat.config.json): {{domains}}. Correct the address or add the domain if it may be used.",
      },
    },
    mailSuggest: {
      sv: "E-postadressen {{address}} går till {{host}}, som inte är en tillåten domän.",
      en: "The e-mail address {{address}} goes to {{host}}, which is not an allowed domain.",
      note: {
        sv: "Tillåtna domäner (options.external-link-domain.allowedDomains i mandat.config.json): {{domains}}; {{host}} liknar en av dem.",
        en: "Allowed domains (options.external-link-domain.allowedDomains in mandat.config.json): {{domains}}; {{host}} looks like one of them.",
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
    const report = (verdict: Exclude<LinkVerdict, { ok: true }>, at: Location & { actual: string }, url: string) => {
      switch (verdict.kind) {
        case "scheme":
          return ctx.report({ ...at, messageId: "scheme", data: { scheme: verdict.scheme } });
        case "invalid":
          return ctx.report({ ...at, messageId: "invalid", data: { url } });
        case "host":
          return ctx.report({
            ...at,
            messageId: verdict.suggestion ? "notAllowedSuggest" : "notAllowed",
            data: { host: verdict.host, domains },
            ...(verdict.suggestion && { expected: [verdict.suggestion] }),
          });
        case "mail":
          return ctx.report({
            ...at,
            messageId: verdict.suggestion ? "mailSuggest" : "mail",
            data: { address: verdict.address, host: verdict.host, domains },
            ...(verdict.suggestion && { expected: [verdict.address.replace(/@[^@]*$/, `@${verdict.suggestion}`)] }),
          });
      }
    };
    for (const file of ctx.documents) {
      for (const link of bodyLinks(file)) {
        const verdict = linkVerdict(link.url, allowed);
        if (!verdict.ok) report(verdict, { file: link.file, place: link.place, actual: link.url }, link.url);
      }
      // E-mail addresses in the frontmatter: its e-mail fields, and addresses written in its free text.
      for (const { path, value } of emailFields(file.data)) {
        const verdict = emailVerdict(value, allowed);
        if (!verdict.ok) report(verdict, { doc: file, path, actual: value }, value);
      }
      for (const text of frontmatterTexts(file)) {
        for (const m of text.value.matchAll(EMAIL)) {
          const verdict = emailVerdict(m[0], allowed);
          if (!verdict.ok) report(verdict, { file: text.file, place: text.placeOf(m.index, m[0].length), ...(text.path && { path: text.path }), actual: m[0] }, m[0]);
        }
      }
    }
  },
});

/** Fields named email in a document's frontmatter, wherever they are. */
function emailFields(data: unknown, path: DataPath = []): { path: DataPath; value: string }[] {
  if (Array.isArray(data)) return data.flatMap((item, i) => emailFields(item, [...path, i]));
  if (typeof data !== "object" || data === null) return [];
  return Object.entries(data).flatMap(([key, value]) =>
    key === "email" && typeof value === "string" ? [{ path: [...path, key], value }] : emailFields(value, [...path, key]),
  );
}
