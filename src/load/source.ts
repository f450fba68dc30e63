/** A file as read from disk: the only stage that touches the file system for input is load. */

export type RegistryName = "organisations" | "roles" | "people" | "groups" | "documents";

export const REGISTRY_NAMES: readonly RegistryName[] = ["organisations", "roles", "people", "groups", "documents"];

export interface SourceFile {
  /** Display path: relative to the working directory, forward slashes. */
  path: string;
  /** Absolute path on disk. */
  absolute: string;
  value: string;
  /** sha256 of the file's bytes (hex), when read from disk: what caches key on. */
  hash?: string;
  /** A shared text is only ever included into documents (see load/shared.ts). */
  kind: "document" | "registry" | "shared";
  registry?: RegistryName;
}
