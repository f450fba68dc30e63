#!/usr/bin/env bash
# Shows that every rule's tests fail when the rule is removed: in a throw-away copy of the
# repository, the Reporter drops every diagnostic of one rule (as if its module were gone), and that
# rule's test file must then fail. Prints one line per rule and exits 1 if any test file still passes.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
git -C "$root" ls-files -z | (cd "$root" && xargs -0 cp --parents -t "$work")
ln -s "$root/node_modules" "$work/node_modules"
# The one change: a rule named in MANDAT_REMOVED_RULE reports nothing.
sed -i 's|    const severity = this.severityOf(rule);|    if (rule.id === process.env.MANDAT_REMOVED_RULE) return undefined;\n    const severity = this.severityOf(rule);|' "$work/src/diagnostics/reporter.ts"
grep -q MANDAT_REMOVED_RULE "$work/src/diagnostics/reporter.ts"
cd "$work"
ids=$(node --import tsx -e 'import("./src/rules/index.ts").then((m) => console.log(m.rules.map((r) => r.id).join(" ")))')
# Control: with no rule removed the same test files pass, so a failure below is the removal's doing.
npx vitest run tests/rules >/dev/null 2>&1 || { echo "tests/rules fail even with every rule in place"; exit 2; }
survivors=0
for id in $ids; do
  if MANDAT_REMOVED_RULE="$id" npx vitest run "tests/rules/$id.test.ts" >/dev/null 2>&1; then
    echo "$id: tests still PASS without the rule"; survivors=$((survivors + 1))
  else
    echo "$id: tests fail without the rule"
  fi
done
echo "$(echo $ids | wc -w) rules, $survivors whose tests survive their removal"
[ "$survivors" -eq 0 ]
