/**
 * A file of the mandat package itself (schemas/, templates/), as a URL. This module sits two folders
 * below the package root, in dist/util/ as compiled and in dist/bundle/ as bundled (scripts/bundle.mjs),
 * so `../../` is the package root either way; modules deeper down ask here instead of counting `../`.
 */
export function packageFile(path: string): URL {
  return new URL(`../../${path}`, import.meta.url);
}
