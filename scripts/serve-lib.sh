# Sourced by the scripts that need a running factlint serve: start_server [SERVE OPTIONS...]
# starts one on a free loopback port (access log off) and sets $url; it is stopped on exit.
# Needs $here (the repository) and $work (a scratch folder, removed on exit).
server_pid=""
stop_server() {
  if [ -n "$server_pid" ]; then
    kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap stop_server EXIT

start_server() {
  : >"$work/serve.log"
  "$here/factlint" serve --port 0 --access-log none "$@" 2>"$work/serve.log" &
  server_pid=$!
  url=""
  for _ in $(seq 1 240); do
    url="$(grep -o 'http://[0-9.:]*/' "$work/serve.log" | head -1 || true)"
    [ -n "$url" ] && return 0
    kill -0 "$server_pid" 2>/dev/null || break
    sleep 0.5
  done
  echo "$(basename "$0"): the server did not start:" >&2
  cat "$work/serve.log" >&2
  exit 2
}
