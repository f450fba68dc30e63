import rule from "../../src/rules/external-link-domain.js";
import { copyOf, edits, replace } from "../helpers/project.js";
import { ruleTester } from "../helpers/rule-tester.js";

const MANDATE = "mandates/styrgrupp-alfa.md";
const SHARED = "mandates/standardtexter/gemensamt.md";
const CONFIG = "mandat.config.json";
const SENTENCE = "Anteckningar publiceras på [intranätet](https://intra.exempel.se/styrgrupp).";
/** Markdown after the Kommunikation sentence of the mandate. */
const links = (...lines: string[]) => ({ [MANDATE]: replace(SENTENCE, `${SENTENCE}\n\n${lines.join("\n")}`) });
/** mandat.config.json with these allowed domains. */
const allow = (...domains: string[]) => JSON.stringify({ options: { "external-link-domain": { allowedDomains: domains } } });
const NOTE = "Tillåtna domäner (options.external-link-domain.allowedDomains i mandat.config.json): exempel.se. Rätta länken eller lägg till domänen om den ska få förekomma.";

ruleTester(rule, {
  valid: [
    { name: "the base repository (its mandat.config.json allows exempel.se)" },
    {
      name: "allowed domains and their subdomains, mailto:, grupp:, fragments, relative links and definitions",
      files: links(
        "[Rutin](https://www.exempel.se/styrning/) och [start](http://EXEMPEL.se) och <https://intra.exempel.se/x>",
        "och www.exempel.se och [mejla](mailto:a@exempel.se) och a@exempel.se och [gruppen](grupp:arbetsgrupp-beta)",
        "och [ovan](#syfte-med-uppdraget) och [bild](bilaga.pdf) och [ref][r] och [rotad](//www.exempel.se/a).",
        "",
        "[r]: https://www.exempel.se/r",
      ),
    },
    {
      name: "a domain the tests' mandat.config.json adds to the allowed ones",
      files: { [CONFIG]: allow("exempel.se", "exempel.org"), ...links("Se [portalen](https://portal.exempel.org/).") },
    },
  ],
  invalid: [
    {
      name: "a mailto: address on a look-alike domain, with the address as it should be",
      files: links("Frågor till [Ulla](mailto:ulla.utveckling@exempell.se)."),
      errors: [
        {
          messageId: "mailSuggest",
          file: MANDATE,
          at: "[Ulla](mailto:ulla.utveckling@exempell.se)",
          data: { address: "ulla.utveckling@exempell.se", host: "exempell.se" },
          message: "E-postadressen ulla.utveckling@exempell.se går till exempell.se, som inte är en tillåten domän. Menade du ulla.utveckling@exempel.se?",
          expected: ["ulla.utveckling@exempel.se"],
        },
      ],
    },
    {
      name: "a bare e-mail address in the body (an autolink) on another domain",
      files: links("Skriv till ulla@gmail.com om du vill."),
      errors: [
        {
          messageId: "mail",
          file: MANDATE,
          at: "ulla@gmail.com",
          message: "E-postadressen ulla@gmail.com går till gmail.com, som inte är en tillåten domän.",
          note: "Tillåtna domäner (options.external-link-domain.allowedDomains i mandat.config.json): exempel.se. Rätta adressen eller lägg till domänen om den ska få förekomma.",
        },
      ],
    },
    {
      name: "an e-mail field of the frontmatter and an address in its free text, on look-alikes of the allowed domain",
      files: {
        [MANDATE]: edits(
          replace("distribution:\n  - person: ulla-utveckling", "distribution:\n  - person: ulla-utveckling\n    email: ulla.utveckling@exempel-se.com"),
          replace("text: 4 till 6 gånger per år.", "text: 4 till 6 gånger per år, kallelse från sam@exemple.se."),
        ),
      },
      errors: [
        { messageId: "mailSuggest", file: MANDATE, at: "sam@exemple.se", expected: ["sam@exempel.se"] },
        { messageId: "mailSuggest", file: MANDATE, at: "ulla.utveckling@exempel-se.com", expected: ["ulla.utveckling@exempel.se"] },
      ],
    },
    {
      name: "a host one letter from an allowed domain, at the link, with a suggestion",
      files: links("Se [rutinen](https://www.exempl.se/rutin)."),
      errors: [
        {
          messageId: "notAllowedSuggest",
          file: MANDATE,
          at: "[rutinen](https://www.exempl.se/rutin)",
          data: { host: "www.exempl.se", domains: "exempel.se" },
          message: "Länken går till www.exempl.se, som inte är en tillåten domän. Menade du exempel.se?",
          note: "Tillåtna domäner (options.external-link-domain.allowedDomains i mandat.config.json): exempel.se.",
          expected: ["exempel.se"],
        },
      ],
    },
    {
      name: "other hosts, look-alikes, bare URLs, autolinks, images and definitions",
      files: links(
        "Se [a](https://example.com/x) och <https://exempel.se.evil.example/>",
        "och www.example.org och ![bild](http://tracker.example/p.png) och [b][d].",
        "",
        "[d]: https://evilexempel.se/",
      ),
      errors: [
        { messageId: "notAllowed", file: MANDATE, at: "[a](https://example.com/x)", message: "Länken går till example.com, som inte är en tillåten domän.", note: NOTE },
        // The allowed name with something glued on is a look-alike too.
        { messageId: "notAllowedSuggest", file: MANDATE, at: "<https://exempel.se.evil.example/>", data: { host: "exempel.se.evil.example" }, expected: ["exempel.se"] },
        { messageId: "notAllowed", file: MANDATE, at: "www.example.org", data: { host: "www.example.org" } },
        { messageId: "notAllowed", file: MANDATE, at: "![bild](http://tracker.example/p.png)", data: { host: "tracker.example" } },
        { messageId: "notAllowedSuggest", file: MANDATE, at: "[d]: https://evilexempel.se/", data: { host: "evilexempel.se" }, expected: ["exempel.se"] },
      ],
    },
    {
      name: "javascript:, file: and other schemes are refused",
      files: links("[a](javascript:alert(1)) och [b](file:///etc/passwd) och [c](JavaScript:x) och [d](data:text/html,x)"),
      errors: [
        {
          messageId: "scheme",
          file: MANDATE,
          at: "[a](javascript:alert(1))",
          data: { scheme: "javascript:" },
          message: "Länkar med javascript: är inte tillåtna.",
          note: "Länka med https: till en tillåten domän, mailto: till en e-postadress eller grupp: till en grupp i registret.",
        },
        { messageId: "scheme", file: MANDATE, at: "[b](file:///etc/passwd)", message: "Länkar med file: är inte tillåtna." },
        { messageId: "scheme", file: MANDATE, at: "[c](JavaScript:x)", data: { scheme: "javascript:" } },
        { messageId: "scheme", file: MANDATE, at: "[d](data:text/html,x)", data: { scheme: "data:" } },
      ],
    },
    {
      name: "a web link without a host",
      files: links("Se [sidan](https://)."),
      errors: [{ messageId: "invalid", file: MANDATE, at: "[sidan](https://)", message: "Länken https:// är ingen giltig webbadress.", data: { url: "https://" } }],
    },
    {
      name: "a link in a shared text, reported once at its place however many mandates include it",
      files: {
        [SHARED]: "Se [rutinen](https://example.com/rutin).\n",
        [MANDATE]: replace("Inga.", `<!-- mandat:include ${SHARED} -->`),
        "mandates/arbetsgrupp-beta.md": copyOf(MANDATE, edits(replace("group: styrgrupp-alfa", "group: arbetsgrupp-beta"), replace("Inga.", `<!-- mandat:include ${SHARED} -->`))),
      },
      errors: [{ messageId: "notAllowed", file: SHARED, at: "[rutinen](https://example.com/rutin)", data: { host: "example.com" } }],
    },
    {
      name: "without allowed domains in the tests' mandat.config.json every web link is reported",
      files: { [CONFIG]: "{}" },
      errors: [
        {
          messageId: "notAllowed",
          file: MANDATE,
          at: "[intranätet](https://intra.exempel.se/styrgrupp)",
          data: { host: "intra.exempel.se", domains: "inga" },
          message: "Länken går till intra.exempel.se, som inte är en tillåten domän.",
          note: "Tillåtna domäner (options.external-link-domain.allowedDomains i mandat.config.json): inga. Rätta länken eller lägg till domänen om den ska få förekomma.",
        },
      ],
    },
    {
      name: "another allowed domain in the tests' mandat.config.json: the base's link is now refused, the list named",
      files: { [CONFIG]: allow("exempel.org") },
      errors: [
        {
          // Same name, other top-level domain: a look-alike of the allowed one.
          messageId: "notAllowedSuggest",
          file: MANDATE,
          at: "[intranätet](https://intra.exempel.se/styrgrupp)",
          data: { domains: "exempel.org" },
          note: "Tillåtna domäner (options.external-link-domain.allowedDomains i mandat.config.json): exempel.org.",
          expected: ["exempel.org"],
        },
      ],
    },
    {
      name: "English with lang en",
      lang: "en",
      files: links("[a](https://exempl.se)"),
      errors: [
        {
          messageId: "notAllowedSuggest",
          file: MANDATE,
          at: "[a](https://exempl.se)",
          message: "The link goes to exempl.se, which is not an allowed domain. Did you mean exempel.se?",
          note: "Allowed domains (options.external-link-domain.allowedDomains in mandat.config.json): exempel.se.",
        },
      ],
    },
  ],
});
