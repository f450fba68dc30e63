/** An agenda item's section heading in meeting notes: `## 3. Title` or `## 3) Title`. */

const NUMBERED = /^(\d+)\s*[.)]\s*(.*)$/;

export function parseAgendaHeading(text: string): { number: number; title: string } | undefined {
  const match = NUMBERED.exec(text);
  return match ? { number: Number(match[1]), title: match[2]!.trim() } : undefined;
}

export function agendaNumber(text: string): number | undefined {
  return parseAgendaHeading(text)?.number;
}
