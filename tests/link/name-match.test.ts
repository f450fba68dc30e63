/**
 * The name matcher looks only where a name could start (an index by word stems and by how the
 * letters start); these cases are the ways a near miss can be written, so that an index too
 * narrow to find one of them fails here.
 */
import { describe, expect, it } from "vitest";
import { findNearMisses, prepare, type CanonicalName } from "../../src/link/name-match.js";

const names: CanonicalName[] = [
  { kind: "organisation", id: "folktandvarden", name: "Folktandvården", text: "Folktandvården" },
  { kind: "organisation", id: "koncernkontoret", name: "Koncernkontoret", text: "Koncernkontoret" },
  { kind: "group", id: "samordningsrad-onkologi", name: "Samordningsråd onkologi", text: "Samordningsråd onkologi" },
  { kind: "group", id: "koncernledning-hos", name: "Koncernledning hälso- och sjukvård", text: "Koncernledning hälso- och sjukvård" },
  { kind: "role", id: "hsud", name: "Hälso- och sjukvårdsutvecklingsdirektör", text: "Hälso- och sjukvårdsutvecklingsdirektör" },
  ...Array.from({ length: 50 }, (_, i): CanonicalName => ({ kind: "group", id: `g${i}`, name: `Syntetisk grupp ${i}`, text: `Syntetisk grupp ${i}` })),
];
const prepared = prepare(names);
const near = (text: string) => findNearMisses(text, prepared).map((h) => `${h.actual} → ${h.suggestion}`);

describe("findNearMisses", () => {
  it.each([
    ["a one-word name with a letter wrong at its start", "Frågan går till Kolktandvården i maj.", ["Kolktandvården → Folktandvården"]],
    ["a one-word name with a letter wrong inside, inflected", "Koncernkontorrets stab svarar.", ["Koncernkontorrets → Koncernkontorets"]],
    ["a one-word name split in two", "Frågan går till Folk tandvården i maj.", ["Folk tandvården → Folktandvården"]],
    ["the first word of a two-word name wrong", "Samordningsrråd onkologi möts.", ["Samordningsrråd onkologi → Samordningsråd onkologi"]],
    ["the last word of a two-word name wrong", "Samordningsråd onkolgi möts.", ["Samordningsråd onkolgi → Samordningsråd onkologi"]],
    ["a hyphen missing in a four-word name", "till koncernledning hälso och sjukvård", ["koncernledning hälso och sjukvård → koncernledning hälso- och sjukvård"]],
    ["the first and rarest word of a name wrong early on", "till Kocnernledning hälso- och sjukvård", ["Kocnernledning hälso- och sjukvård → Koncernledning hälso- och sjukvård"]],
    ["a compound that lost its head", "beslutar hälso- och utvecklingsdirektören", ["hälso- och utvecklingsdirektören → hälso- och sjukvårdsutvecklingsdirektören"]],
    ["one of many names sharing words", "Syntetisk grupp 17 och Syntetsk grupp 42 möts.", ["Syntetsk grupp 42 → Syntetisk grupp 42"]],
  ])("finds %s", (_, text, expected) => {
    expect(near(text)).toEqual(expected);
  });

  it.each([
    ["the names written correctly and inflected", "Folktandvårdens och Koncernkontorets ledamöter i Samordningsråd onkologi."],
    ["ordinary words near no name", "Gruppen grupperar frågor om tandvård, kontoret och onkologiska processer."],
  ])("finds nothing in %s", (_, text) => {
    expect(near(text)).toEqual([]);
  });
});
