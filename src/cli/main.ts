/** The command line: parses arguments, runs check or build, prints, returns the exit code. */
export type { Io } from "./io.js";
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { Command, CommanderError, Option } from "commander";
import { check } from "../check.js";
import { ConfigError, loadConfig } from "../config.js";
import { formatGithub } from "../diagnostics/format/github.js";
import { formatJson } from "../diagnostics/format/json.js";
import { formatStylish } from "../diagnostics/format/stylish.js";
import { MissingPathError } from "../load/index.js";
import type { Lang } from "../rules/define.js";
import { rules } from "../rules/index.js";
import { runBuild } from "./build.js";
import { EXIT, sourcesOf, type Io } from "./io.js";
import { messages } from "./messages.js";


/** The nearest folder at or above cwd that holds mandates/, else cwd. */
export function findRoot(cwd: string): string {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    if (existsSync(join(dir, "mandates"))) return dir;
    if (dirname(dir) === dir) return resolve(cwd);
  }
}

export async function main(io: Io): Promise<number> {
  let exit: number = EXIT.ok;
  const color = Boolean(io.stdout.isTTY) && !io.env.NO_COLOR;
  const program = new Command("mandat")
    .description("Kontrollerar och bygger VGR:s uppdragshandlingar och mötesanteckningar.")
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .option("--root <mapp>", "mappen som innehåller mandates/ (standard: närmaste uppåt)")
    .addOption(new Option("--lang <språk>", "språk för meddelanden").choices(["sv", "en"]));

  const setup = async (cmd: Command) => {
    const opts = cmd.optsWithGlobals<{ root?: string; lang?: Lang }>();
    const root = opts.root ? resolve(io.cwd, opts.root) : findRoot(io.cwd);
    const config = await loadConfig(root);
    return { root, lang: opts.lang ?? config.lang ?? "sv", config };
  };

  program
    .command("check")
    .description("kontrollera dokumenten mot scheman och register")
    .argument("[sökvägar...]", "filer eller mappar (standard: hela mandates/)")
    .addOption(new Option("--format <format>", "utdataformat").choices(["stylish", "json", "github"]).default("stylish"))
    .action(async (paths: string[], opts: { format: string }, cmd: Command) => {
      const { root, lang, config } = await setup(cmd);
      const result = await check({ root, cwd: io.cwd, paths, lang, rules: config.rules });
      const out =
        opts.format === "json"
          ? formatJson(result.diagnostics)
          : opts.format === "github"
            ? formatGithub(result.diagnostics, lang)
            : formatStylish(result.diagnostics, { lang, sources: sourcesOf(result), color });
      const clean = opts.format === "stylish" && result.diagnostics.length === 0;
      io.stdout.write(clean ? messages[lang].checked(result.documents.length) : out);
      if (opts.format === "stylish" && result.suppressed.length > 0) io.stdout.write(messages[lang].suppressed(result.suppressed.length));
      exit = result.errorCount > 0 ? EXIT.problems : EXIT.ok;
    });

  program
    .command("build")
    .description("kontrollera och bygg PDF:er och webbplats")
    .option("--out <mapp>", "utdatamapp", "build")
    .action(async (opts: { out: string }, cmd: Command) => {
      const { root, lang, config } = await setup(cmd);
      exit = await runBuild({ root, cwd: io.cwd, outDir: resolve(io.cwd, opts.out), lang, rules: config.rules, io, color });
    });

  program
    .command("rules")
    .description("lista reglerna med id, nivå och beskrivning")
    .action(async (_opts: unknown, cmd: Command) => {
      const { lang, config } = await setup(cmd);
      const width = Math.max(...rules.map((r) => r.id.length));
      for (const r of rules) {
        const severity = config.rules[r.id] ?? r.severity;
        io.stdout.write(`${r.id.padEnd(width)}  ${messages[lang].severity[severity].padEnd(8)}  ${r.description[lang]}\n`);
      }
    });

  try {
    await program.parseAsync(io.argv, { from: "user" });
    return exit;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (error instanceof MissingPathError || error instanceof ConfigError) {
      io.stderr.write(`mandat: ${error.message}\n`);
      return EXIT.usage;
    }
    // A bug in mandat, not in a document: say so briefly; the stack only on request.
    const detail = io.env.MANDAT_DEBUG ? (error as Error)?.stack ?? String(error) : (error as Error)?.message ?? String(error);
    io.stderr.write(`mandat: internt fel: ${detail}\n${io.env.MANDAT_DEBUG ? "" : "Kör med MANDAT_DEBUG=1 för detaljer.\n"}`);
    return EXIT.usage;
  }
}
