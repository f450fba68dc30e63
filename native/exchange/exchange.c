/*
 * exchange(a, b): swap two paths in one system call, renameat2(RENAME_EXCHANGE) (Linux 3.15+).
 * Node's fs has no such call; mandat uses it to put a new build in place of the old one so that
 * the output folder is never absent, not even between two renames. Errors are thrown with the
 * errno's name as `code` (EINVAL when the filesystem cannot exchange, ENOENT, ...), like fs errors.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>
#include <node_api.h>

#ifndef RENAME_EXCHANGE
#define RENAME_EXCHANGE (1 << 1)
#endif

/* The errno names that callers tell apart; anything else is still thrown, with its number. */
static const char *errno_code(int err) {
  switch (err) {
    case EINVAL: return "EINVAL";
    case ENOSYS: return "ENOSYS";
    case ENOTSUP: return "ENOTSUP";
    case ENOENT: return "ENOENT";
    case EEXIST: return "EEXIST";
    case ENOTDIR: return "ENOTDIR";
    case EISDIR: return "EISDIR";
    case EACCES: return "EACCES";
    case EPERM: return "EPERM";
    case EXDEV: return "EXDEV";
    case EBUSY: return "EBUSY";
    case EROFS: return "EROFS";
    case ENAMETOOLONG: return "ENAMETOOLONG";
    case ELOOP: return "ELOOP";
    default: return "EUNKNOWN";
  }
}

#define PATH_BYTES 4096

/* A path argument into `out`; 0 (with a TypeError pending) if it is not a usable path. */
static int path_arg(napi_env env, napi_value value, char *out) {
  size_t length = 0;
  if (napi_get_value_string_utf8(env, value, out, PATH_BYTES, &length) != napi_ok) {
    napi_throw_type_error(env, "ERR_INVALID_ARG_TYPE", "exchange(a, b): both paths must be strings");
    return 0;
  }
  if (length >= PATH_BYTES - 1 || strlen(out) != length) {
    napi_throw_type_error(env, "ERR_INVALID_ARG_VALUE", "exchange(a, b): path too long or holds a NUL byte");
    return 0;
  }
  return 1;
}

static napi_value exchange(napi_env env, napi_callback_info info) {
  size_t argc = 2;
  napi_value argv[2];
  char a[PATH_BYTES], b[PATH_BYTES];
  if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok) return NULL;
  if (argc < 2) {
    napi_throw_type_error(env, "ERR_MISSING_ARGS", "exchange(a, b): two paths are needed");
    return NULL;
  }
  if (!path_arg(env, argv[0], a) || !path_arg(env, argv[1], b)) return NULL;
  /* The raw system call: older glibc has no renameat2() wrapper. */
  if (syscall(SYS_renameat2, AT_FDCWD, a, AT_FDCWD, b, RENAME_EXCHANGE) == 0) return NULL;
  int err = errno;
  const char *code = errno_code(err);
  char text[PATH_BYTES * 2 + 64];
  snprintf(text, sizeof text, "%s: %s, exchange '%s' <-> '%s'", code, strerror(err), a, b);
  napi_value message, code_value, errno_value, syscall_value, error;
  napi_create_string_utf8(env, text, NAPI_AUTO_LENGTH, &message);
  napi_create_string_utf8(env, code, NAPI_AUTO_LENGTH, &code_value);
  napi_create_string_utf8(env, "renameat2", NAPI_AUTO_LENGTH, &syscall_value);
  napi_create_int32(env, -err, &errno_value);
  napi_create_error(env, NULL, message, &error);
  napi_set_named_property(env, error, "code", code_value);
  napi_set_named_property(env, error, "errno", errno_value);
  napi_set_named_property(env, error, "syscall", syscall_value);
  napi_throw(env, error);
  return NULL;
}

NAPI_MODULE_INIT() {
  napi_value fn;
  if (napi_create_function(env, "exchange", NAPI_AUTO_LENGTH, exchange, NULL, &fn) != napi_ok) return NULL;
  if (napi_set_named_property(env, exports, "exchange", fn) != napi_ok) return NULL;
  return exports;
}
