/** The command line: parses arguments, runs check or build, prints, returns the exit code. */
export type { Io } from "./io.js";
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { Argument, Command, CommanderError, InvalidArgumentError, Option } from "commander";
import type { Config } from "../config/types.js";
import { formatters, type FormatName } from "../diagnostics/format/index.js";
import { formatStylish } from "../diagnostics/format/stylish.js";
import type { Lang } from "../diagnostics/messages.js";
import { displayPath, MissingPathError } from "../load/index.js";
import { OutDirError } from "../site/write.js";
import { EXIT, UsageError, type Io } from "./io.js";
import { messages } from "./messages.js";
import { mark } from "../util/timing.js";

/** The nearest folder at or above cwd that holds mandates/, else cwd. */
export function findRoot(cwd: string): string {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    if (existsSync(join(dir, "mandates"))) return dir;
    if (dirname(dir) === dir) return resolve(cwd);
  }
}

export async function main(io: Io): Promise<number> {
  mark("modules loaded");
  let exit: number = EXIT.ok;
  const color = Boolean(io.stdout.isTTY) && !io.env.NO_COLOR;
  const program = new Command("mandat")
    .description("Kontrollerar och bygger VGR:s uppdragshandlingar och mötesanteckningar.")
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .option("--root <mapp>", "mappen som innehåller mandates/ (standard: närmaste uppåt)")
    .addOption(new Option("--lang <språk>", "språk för meddelanden").choices(["sv", "en"]));

  /** Root, language and config; a broken config is printed with its places and stops the command (exit 2). */
  const setup = async (cmd: Command): Promise<{ root: string; lang: Lang; config: Config }> => {
    const opts = cmd.optsWithGlobals<{ root?: string; lang?: Lang; cache?: boolean }>();
    const root = opts.root ? resolve(io.cwd, opts.root) : findRoot(io.cwd);
    const display = join(root, "mandat.config.json");
    // Loaded when a command runs, so `mandat --help` starts without ajv and the schemas.
    const { loadConfig } = await import("../config/load.js");
    const loaded = await loadConfig(root, opts.lang ?? "sv", displayPath(io.cwd, display), { cache: opts.cache !== false });
    if (loaded.diagnostics.length > 0) {
      const lang = opts.lang ?? "sv";
      const sources = new Map(loaded.source ? [[loaded.source.path, loaded.source.value]] : []);
      io.stderr.write(formatStylish(loaded.diagnostics, { lang, sources, color }));
      throw new UsageError(messages[lang].badConfig);
    }
    return { root, lang: opts.lang ?? loaded.config.lang ?? "sv", config: loaded.config };
  };

  program
    .command("check")
    .description("kontrollera dokumenten mot scheman och register")
    .argument("[sökvägar...]", "filer eller mappar (standard: hela mandates/)")
    .addOption(new Option("--format <format>", "utdataformat").choices(Object.keys(formatters)).default("stylish"))
    .option("--no-cache", "kontrollera alla dokument på nytt, utan att läsa eller fylla cachen i .mandat-cache/")
    .addOption(new Option("--jobs <antal>", "trådar för många dokument (1 = bara huvudtråden)").argParser((v) => Math.max(1, Number.parseInt(v, 10) || 1)))
    .option("--fix", "rätta det som har ett entydigt förslag (diarienummer, namn, punktnummer) och säg vad som ändrades; rader med mandat-disable-next-line lämnas orörda")
    .option("--staged", "kontrollera det som ska checkas in (gits index) i stället för filerna på disk; pre-commit-krokens kontroll")
    .option("--daemon", "låt bakgrundsprocessen (mandat daemon) köra kontrollen, varm och utan uppstart; startar den om den inte körs")
    .action(async (paths: string[], opts: { format: FormatName; cache: boolean; jobs?: number; fix?: boolean; staged?: boolean }, cmd: Command) => {
      const { root, lang, config } = await setup(cmd);
      const { runCheck } = await import("./check.js");
      exit = await runCheck({ root, cwd: io.cwd, paths, lang, config, format: opts.format, io, color, cache: opts.cache, jobs: opts.jobs, fix: opts.fix, staged: opts.staged });
    });

  program
    .command("build")
    .description("kontrollera och bygg PDF:er och webbplats")
    .option("--out <mapp>", "utdatamapp", "build")
    .option("--no-cache", "skriv ut alla PDF:er på nytt, utan att läsa eller fylla cachen i .mandat-cache/")
    .addOption(new Option("--print-timeout <sekunder>", "längsta tid för utskrift av ett dokument (standard: limits.maxPrintSeconds, 60)").argParser(seconds))
    .option("--sign <nyckel.p12>", "signera fastställda uppdragshandlingar (lösenfras i MANDAT_SIGN_PASSPHRASE)")
    .action(async (opts: { out: string; cache: boolean; printTimeout?: number; sign?: string }, cmd: Command) => {
      const { root, lang, config } = await setup(cmd);
      // The printing path (puppeteer, pdf-lib) is loaded only when building.
      const { runBuild } = await import("./build.js");
      const printTimeoutMs = opts.printTimeout === undefined ? undefined : Math.max(1, Math.round(opts.printTimeout * 1000));
      exit = await runBuild({ root, cwd: io.cwd, outDir: resolve(io.cwd, opts.out), lang, config, io, color, cache: opts.cache, printTimeoutMs, ...(opts.sign && { signKey: resolve(io.cwd, opts.sign) }) });
    });

  program
    .command("verify")
    .description("visa och kontrollera signaturerna i PDF:er")
    .argument("<pdf...>", "PDF-filer")
    .action(async (files: string[]) => {
      const { runVerify } = await import("./verify.js");
      exit = await runVerify(files, io);
    });

  program
    .command("new")
    .description("skapa ett utkast: mandat, samordningsråd eller mötesanteckning")
    .argument("<typ>", "mandat, samordningsråd eller mötesanteckning")
    .argument("<id>", "gruppens id (för mötesanteckningar: gruppen som möttes)")
    .option("--register", "lägg till gruppen i mandates/registry/groups.yaml")
    .option("--name <namn>", "gruppens namn (med --register)")
    .option("--kind <slag>", "gruppens slag i registret (med --register)")
    .option("--parent <grupp>", "gruppen som den nya är undergrupp till (med --register)")
    .option("--chair <id>", "ordförande: person, roll eller grupp ur registren")
    .option("--commissioner <id>", "uppdragsgivare: person eller roll ur registren")
    .option("--diarienummer <nr>", "ärendets diarienummer, t.ex. RS 2026-01234")
    .option("--issuer <organisation>", "utfärdare i brevhuvudet (standard: koncernkontoret)")
    .option("--date <ÅÅÅÅ-MM-DD>", "dokumentets datum (standard: i dag)")
    .option("--attendee <person>", "deltagare i mötet (upprepas)", (v: string, all: string[] = []) => [...all, v])
    .action(async (kind: string, id: string, flags: import("./new.js").NewFlags, cmd: Command) => {
      const { root, lang, config } = await setup(cmd);
      const { runNew, terminalAsk } = await import("./new.js");
      exit = await runNew({ root, cwd: io.cwd, lang, config, io, kind, id, flags, ask: terminalAsk(io) });
    });

  program
    .command("diff")
    .description("vad som ändrats mellan två git-revisioner, dokument för dokument, i klartext")
    .argument("<från>", "revisionen att jämföra från, t.ex. main")
    .argument("[till]", "revisionen att jämföra med (standard: arbetskopian)")
    .addOption(new Option("--format <format>", "utdataformat").choices(["text", "markdown"]).default("text"))
    .action(async (from: string, to: string | undefined, opts: { format: "text" | "markdown" }, cmd: Command) => {
      const { root } = await setup(cmd);
      const { runDiff } = await import("./diff.js");
      exit = await runDiff({ root, io, from, to, format: opts.format });
    });

  program
    .command("codeowners")
    .description("skriv .github/CODEOWNERS ur registren (ordförandens och beslutsfattarens GitHub-konton)")
    .action(async (_opts: unknown, cmd: Command) => {
      const { root, config } = await setup(cmd);
      const { runCodeowners } = await import("./codeowners.js");
      exit = await runCodeowners({ root, io, config });
    });

  program
    .command("init")
    .description("börja ett nytt repositorium med uppdragshandlingar: register, inställningar, arbetsflöde, krok och ett exempel")
    .argument("[mapp]", "mappen att börja i (standard: den aktuella)")
    .action(async (dir: string | undefined) => {
      const { runInit } = await import("./init.js");
      exit = await runInit({ dir: resolve(io.cwd, dir ?? "."), io });
    });

  program
    .command("import")
    .description("gör ett Word-dokument (.docx) till ett utkast i Markdown och lista det som återstår")
    .argument("<fil>", "Word-filen")
    .option("--out <fil>", "var utkastet skrivs (standard: mandates/<grupp-id>.md)")
    .addOption(new Option("--format <format>", "rapportens format").choices(["text", "json"]).default("text"))
    .action(async (file: string, opts: { out?: string; format: "text" | "json" }, cmd: Command) => {
      const { root, config } = await setup(cmd);
      const { runImport } = await import("./import.js");
      exit = await runImport({ root, cwd: io.cwd, io, config, file, out: opts.out, format: opts.format });
    });

  program
    .command("lsp")
    .description("språkserver för redigerare (stdio): mandats kontroll medan man skriver")
    .option("--stdio", "kommunicera över stdin/stdout (standard)")
    .action(async () => {
      const { runLsp } = await import("./lsp.js");
      exit = await runLsp();
    });

  program
    .command("serve")
    .description("förhandsgranska webbplatsen lokalt; bygger om och laddar om sidan när något ändras")
    .addOption(new Option("--port <nummer>", "port på 127.0.0.1 (0 = valfri ledig)").default(4321).argParser((v) => Number.parseInt(v, 10)))
    .action(async (opts: { port: number }, cmd: Command) => {
      const { root, lang, config } = await setup(cmd);
      const { runServe } = await import("./serve.js");
      exit = await runServe({ root, cwd: io.cwd, lang, config, io, port: opts.port });
    });

  program
    .command("daemon")
    .description("bakgrundsprocessen som håller kontrollen varm åt pre-commit-kroken (check --daemon)")
    .addArgument(new Argument("<åtgärd>", "start, stop eller status").choices(["start", "stop", "status", "run"]))
    .action(async (action: import("./daemon.js").DaemonAction) => {
      const { runDaemon } = await import("./daemon.js");
      exit = await runDaemon(action, io, main);
    });

  program
    .command("rules")
    .description("lista reglerna med id, nivå och beskrivning")
    .action(async (_opts: unknown, cmd: Command) => {
      const { lang, config } = await setup(cmd);
      const { rules } = await import("../rules/index.js");
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
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    if (error instanceof UsageError || error instanceof MissingPathError || error instanceof OutDirError) {
      io.stderr.write(`mandat: ${(error as Error).message}\n`);
      return EXIT.usage;
    }
    return internalError(error, io);
  }
}

/** A positive number of seconds, e.g. "60" or "0.5". */
function seconds(value: string): number {
  const n = Number(value.replace(",", "."));
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError("ange ett positivt antal sekunder, t.ex. 60.");
  return n;
}

/** A bug in mandat, not in a document: say so, and how to report it; the stack only on request. */
function internalError(error: unknown, io: Io): number {
  const detail = io.env.MANDAT_DEBUG ? ((error as Error)?.stack ?? String(error)) : ((error as Error)?.message ?? String(error));
  io.stderr.write(
    `mandat: internt fel (en bugg i mandat, inte i dokumenten): ${detail}\n` +
      (io.env.MANDAT_DEBUG
        ? "Rapportera felet med kommandot du körde och utskriften ovan.\n"
        : "Kör igen med MANDAT_DEBUG=1 och rapportera felet med kommandot och hela utskriften.\n"),
  );
  return EXIT.usage;
}
