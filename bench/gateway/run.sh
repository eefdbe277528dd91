#!/usr/bin/env bash
# Web Gateway benchmark: the hardened config (`irisstack gateway run`) against a bare TLS proxy
# config on the same nginx, the same upstream, the same certificate and TLS settings, on the same
# machine in one run. wrk drives each for a bounded time over loopback. Prints JSON:
#   {"hardened":{"rps","p50","p99"},"bare":{...},"ratio","addedP99Ms",...}   (latencies in ms)
# Target: ratio >= 0.95 and addedP99Ms <= 0.5. Not run by the tests.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
duration="${BENCH_DURATION:-10}"
connections="${BENCH_CONNECTIONS:-32}"
threads="${BENCH_THREADS:-2}"
rounds="${BENCH_ROUNDS:-3}"
work="$(mktemp -d -t irisstack-bench-XXXXXX)"
pids=()

cleanup() {
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

log() { echo "bench: $*" >&2; }

if ! command -v wrk >/dev/null 2>&1; then
  log "installing wrk"
  sudo_cmd=""; [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends wrk >/dev/null
fi
"$root/scripts/install-test-deps" >&2
nginx="$(command -v nginx || echo /usr/sbin/nginx)"

log "building the CLI"
dotnet build "$root/cli" -nologo -v q >&2
cli="$root/cli/bin/Debug/net10.0/irisstack.dll"

free_port() {
  local port
  while :; do
    port=$((20000 + RANDOM % 20000))
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
  done
}
upstream_port="$(free_port)"; hardened_port="$(free_port)"; bare_port="$(free_port)"
user_line=""; [ "$(id -u)" -eq 0 ] && user_line="user nobody nogroup;"
temps() { for t in client_body proxy fastcgi uwsgi scgi; do echo "  ${t}_temp_path $1/${t}_temp;"; done; }

# The upstream: a minimal nginx answering 200, standing in for IRIS.
mkdir -p "$work/upstream/logs"; chmod 711 "$work" "$work/upstream"
cat >"$work/upstream/nginx.conf" <<CONF
$user_line
worker_processes 1;
pid $work/upstream/nginx.pid;
error_log $work/upstream/logs/error.log error;
events { worker_connections 4096; }
http {
$(temps "$work/upstream")
  access_log off;
  server { listen 127.0.0.1:$upstream_port; location / { return 200 "ok\n"; } }
}
CONF
"$nginx" -e stderr -p "$work/upstream/" -c "$work/upstream/nginx.conf" -g 'daemon off;' &
pids+=($!)

# The hardened gateway, exactly as `irisstack gateway run` serves it.
mkdir -p "$work/stack"
cp "$root/Pulumi.yaml" "$work/stack/"
cp "$root/bench/gateway/Pulumi.bench.yaml" "$work/stack/"
dotnet "$cli" gateway run --stack bench --cwd "$work/stack" --listen "127.0.0.1:$hardened_port" --upstream "127.0.0.1:$upstream_port" >"$work/hardened.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 300); do
  grep -q "Press Ctrl+C" "$work/hardened.log" && break
  kill -0 "${pids[-1]}" 2>/dev/null || break
  sleep 0.2
done
grep -q "Press Ctrl+C" "$work/hardened.log" || { cat "$work/hardened.log" >&2; exit 2; }
prefix="$(sed -n 's/^prefix: //p' "$work/hardened.log")"

# The bare proxy: same TLS (certificate, protocols, ciphers, session settings), same upstream,
# none of the hardening (no maps, limits, headers, log).
mkdir -p "$work/bare/logs"; chmod 711 "$work/bare"
cp "$prefix/tls/cert.pem" "$prefix/tls/key.pem" "$work/bare/"
tls="$(grep -E '^\s*ssl_(protocols|ciphers|prefer_server_ciphers|ecdh_curve|session_cache|session_timeout|session_tickets) ' "$prefix/nginx.conf" | sed 's/wg_tls/bare_tls/')"
cat >"$work/bare/nginx.conf" <<CONF
$user_line
worker_processes auto;
pid $work/bare/nginx.pid;
error_log $work/bare/logs/error.log error;
events { worker_connections 1024; }
http {
$(temps "$work/bare")
  access_log off;
  server {
    listen 127.0.0.1:$bare_port ssl;
    ssl_certificate $work/bare/cert.pem;
    ssl_certificate_key $work/bare/key.pem;
$tls
    location / { proxy_pass http://127.0.0.1:$upstream_port; proxy_set_header Host \$host; }
  }
}
CONF
"$nginx" -e stderr -p "$work/bare/" -c "$work/bare/nginx.conf" -t -q
"$nginx" -e stderr -p "$work/bare/" -c "$work/bare/nginx.conf" -g 'daemon off;' &
pids+=($!)
sleep 1

# wrk's latency percentiles in ms; requests/s.
measure() {
  local url="$1" out
  wrk -t"$threads" -c"$connections" -d2s "$url" >/dev/null 2>&1 || true
  out="$(wrk -t"$threads" -c"$connections" -d"${duration}s" --latency "$url")"
  echo "$out" >&2
  echo "$out" | awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    /Requests\/sec:/ { rps = $2 }
    /^ +50%/ { p50 = ms($2) } /^ +99%/ { p99 = ms($2) }
    /Non-2xx or 3xx responses:/ { bad = $5 }
    END { printf "{\"rps\":%.1f,\"p50\":%.3f,\"p99\":%.3f,\"non2xx\":%d}", rps, p50, p99, bad }'
}

# Alternate the two for several rounds and keep each side's median round (by requests/s), so a
# burst of load from elsewhere on the machine does not land on one side only.
median() { jq -s 'sort_by(.rps) | .[(length / 2 | floor)]'; }
hardened_runs=""; bare_runs=""
for round in $(seq 1 "$rounds"); do
  log "round $round/$rounds hardened: https://127.0.0.1:$hardened_port/app/bench"
  hardened_runs+="$(measure "https://127.0.0.1:$hardened_port/app/bench")"$'\n'
  log "round $round/$rounds bare: https://127.0.0.1:$bare_port/app/bench"
  bare_runs+="$(measure "https://127.0.0.1:$bare_port/app/bench")"$'\n'
done
hardened="$(printf '%s' "$hardened_runs" | median)"
bare="$(printf '%s' "$bare_runs" | median)"

jq -n --argjson h "$hardened" --argjson b "$bare" --arg d "$duration" --arg c "$connections" --arg r "$rounds" '{
  hardened: $h, bare: $b,
  ratio: (if $b.rps > 0 then (($h.rps / $b.rps) * 1000 | round / 1000) else null end),
  addedP99Ms: ((($h.p99 - $b.p99) * 1000 | round) / 1000),
  target: {ratio: 0.95, addedP99Ms: 0.5},
  met: ($b.rps > 0 and ($h.rps / $b.rps) >= 0.95 and ($h.p99 - $b.p99) <= 0.5),
  durationSeconds: ($d | tonumber), connections: ($c | tonumber), rounds: ($r | tonumber), tool: "wrk"
}'
