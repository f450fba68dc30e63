/**
 * The message catalogue's shapes and the words every part of mandat shares (joiners, "Menade du …?",
 * severities). Rules keep their own sentences in their metadata; nothing outside a catalogue
 * chooses between languages.
 */

export type Lang = "sv" | "en";
export const LANGS: readonly Lang[] = ["sv", "en"];

/** A text in every language mandat speaks. */
export interface Localised {
  sv: string;
  en: string;
}

export interface MessageSpec extends Localised {
  /** How to fix it, shown under the message. */
  note?: Localised;
}

/** A placeholder value: plain text, a number, or a text that depends on the language (a phrase). */
export type MessageValue = string | number | Localised;

export function isLocalised(value: unknown): value is Localised {
  return typeof value === "object" && value !== null && "sv" in value && "en" in value;
}

export function localise(value: MessageValue, lang: Lang): string {
  return isLocalised(value) ? value[lang] : String(value);
}

/** Replace {{name}} with data.name; unknown placeholders stay visible so a missing value is noticed. */
export function interpolate(template: string, data: Record<string, MessageValue> = {}, lang: Lang = "sv"): string {
  const parts = partsOf(template);
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const value = data[parts[i]!];
    out += (value === undefined ? `{{${parts[i]}}}` : localise(value, lang)) + parts[i + 1]!;
  }
  return out;
}

/** Templates split once into text and placeholder names (text, name, text, …): a large corpus fills the same few thousands of times. */
const split = new Map<string, string[]>();

function partsOf(template: string): string[] {
  let parts = split.get(template);
  if (!parts) {
    // Filled phrases can be templates too: the map stays small however many there are.
    if (split.size >= 2000) split.clear();
    split.set(template, (parts = template.split(/\{\{(\w+)\}\}/)));
  }
  return parts;
}

/** Words shared by every message. */
export const common = {
  /** "Menade du X?" / "Menade du X eller Y?" after a message with `expected` candidates. */
  didYouMean: { sv: "Menade du {{candidates}}?", en: "Did you mean {{candidates}}?" },
  or: { sv: " eller ", en: " or " },
  and: { sv: " och ", en: " and " },
  firstDefined: { sv: "först definierad här", en: "first defined here" },
  /** A field path in a message: " i participants.items[0]". */
  inField: { sv: " i {{field}}", en: " in {{field}}" },
  severity: {
    error: { sv: "fel", en: "error" },
    warning: { sv: "varning", en: "warning" },
    info: { sv: "info", en: "info" },
    off: { sv: "av", en: "off" },
  },
} as const;

/** "a, b eller c" in the language. */
export function joinOr(items: readonly string[], lang: Lang): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")}${common.or[lang]}${items.at(-1)}`;
}

/** A catalogue text with its placeholders filled, still in every language (a phrase for a message). */
export function fill(text: Localised, data: Record<string, MessageValue>): Localised {
  return { sv: interpolate(text.sv, data, "sv"), en: interpolate(text.en, data, "en") };
}
