/** The content types of the files a build writes, for mandat serve (deploy/nginx-mandat.conf says the same to nginx). */
export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".pdf": "application/pdf",
  ".ics": "text/calendar; charset=utf-8",
  ".svg": "image/svg+xml",
  ".wasm": "application/wasm",
};
