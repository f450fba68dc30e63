{
  "targets": [
    {
      "target_name": "exchange",
      "sources": ["exchange.c"],
      "defines": ["NAPI_VERSION=8"],
      "cflags": ["-Wall", "-Wextra"]
    }
  ]
}
