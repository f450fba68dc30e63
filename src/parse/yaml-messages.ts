/** Swedish and English wording for the yaml library's error codes (its own messages are English). */
import type { Localised } from "../diagnostics/messages.js";

const details: Record<string, Localised> = {
  BAD_INDENT: { sv: "fel indrag", en: "bad indentation" },
  TAB_AS_INDENT: { sv: "tabb används som indrag; använd mellanslag", en: "a tab is used for indentation; use spaces" },
  BLOCK_AS_IMPLICIT_KEY: {
    sv: "ett värde innehåller kolon följt av mellanslag eller fel indrag",
    en: "a value contains a colon followed by a space, or the indentation is wrong",
  },
  MULTILINE_IMPLICIT_KEY: {
    sv: "en nyckel sträcker sig över flera rader; saknas ett kolon eller ett citattecken?",
    en: "a key spans several lines; is a colon or a quote missing?",
  },
  MISSING_CHAR: { sv: "ett avslutande tecken saknas (citattecken eller hakparentes)", en: "a closing character is missing (quote or bracket)" },
  BAD_SCALAR_START: { sv: "värdet börjar med ett tecken som kräver citattecken runt värdet", en: "the value starts with a character that needs quotes around the value" },
  UNEXPECTED_TOKEN: { sv: "oväntat tecken", en: "unexpected token" },
  BAD_DQ_ESCAPE: { sv: "ogiltig escape-sekvens inom dubbla citattecken", en: "invalid escape sequence in double quotes" },
  MULTIPLE_DOCS: { sv: "flera YAML-dokument i samma frontmatter", en: "several YAML documents in one frontmatter" },
  BAD_ALIAS: { sv: "ogiltig referens (*alias)", en: "invalid alias" },
  RESOURCE_EXHAUSTION: { sv: "för många alias; frontmattern expanderar för mycket", en: "too many aliases; the frontmatter expands too much" },
  KEY_OVER_1024_CHARS: { sv: "en nyckel är längre än 1024 tecken", en: "a key is longer than 1024 characters" },
};

const unknownCode: Localised = { sv: "YAML-fel {{code}}", en: "YAML error {{code}}" };

/** The wording of a yaml error code, as a phrase the reporter puts in the reader's language. */
export function yamlDetail(code: string): Localised {
  return details[code] ?? { sv: unknownCode.sv.replace("{{code}}", code), en: unknownCode.en.replace("{{code}}", code) };
}
