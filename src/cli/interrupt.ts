/**
 * Ctrl-C and `kill`: how a signal reaches the work that must clean up after itself.
 *
 * bin/mandat.js catches SIGINT, SIGTERM and SIGHUP. While a command holds the interrupt (a build:
 * Chromium, the temporary output folder, the lock), a signal aborts `signal` and the command stops
 * and cleans up; the process then exits with 128 + the signal's number (130, 143, 129) without an
 * error message of its own. Without a hold (check, rules), or at a second signal, it exits at once.
 */
import { constants } from "node:os";

export type StopSignal = "SIGINT" | "SIGTERM" | "SIGHUP";
export const STOP_SIGNALS: readonly StopSignal[] = ["SIGINT", "SIGTERM", "SIGHUP"];

export interface Interrupt {
  /** Aborted with the signal's name as its reason. */
  readonly signal: AbortSignal;
  /** Mark work that cleans up on abort; call the returned function when it is done. */
  hold(): () => void;
}

export class InterruptController implements Interrupt {
  readonly #controller = new AbortController();
  #holds = 0;

  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  get held(): boolean {
    return this.#holds > 0;
  }

  hold(): () => void {
    this.#holds++;
    let done = false;
    return () => {
      if (done) return;
      done = true;
      this.#holds--;
    };
  }

  /** Deliver a signal: true if a holder will clean up (wait for the command), false to exit now. */
  interrupt(name: StopSignal): boolean {
    const first = !this.#controller.signal.aborted;
    if (first) this.#controller.abort(name);
    return first && this.held;
  }
}

/** The exit code of a process stopped by `name`: 128 + its number. */
export function signalExitCode(name: StopSignal): number {
  return 128 + constants.signals[name];
}

/** Whether an abort came from a stop signal, and which one. */
export function stopSignalOf(signal: AbortSignal | undefined): StopSignal | undefined {
  const reason: unknown = signal?.aborted ? signal.reason : undefined;
  return STOP_SIGNALS.find((name) => name === reason);
}
