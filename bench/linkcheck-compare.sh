#!/bin/bash
# Link checking, GovSite against linkinator 6 on the same generated site (../shared/bench/make-site.py) served by
# loopback nginx. Prints seconds, URLs/s and peak memory of each, and the broken links each found.
# Needs nginx and npm (linkinator is installed into a temp folder unless LK names a folder where it is installed).
# Usage: bench/linkcheck-compare.sh [pages=10000] [port=18081] [concurrency=100]
# Run it on a quiet machine: it takes the CPU for a minute or two.
set -eu
N=${1:-10000}; PORT=${2:-18081}; C=${3:-100}
here=$(cd "$(dirname "$0")/.." && pwd)
shared=${SHARED_BENCH:-$here/../shared/bench}
work=$(mktemp -d -t linkcmp.XXXXXX); chmod 755 "$work"; SITE=$work/site
python3 "$shared/make-site.py" "$SITE" "$N"
if [[ -z ${LK:-} ]]; then LK=$work/lk; mkdir -p "$LK"; (cd "$LK" && npm i -s linkinator@6 >/dev/null); fi
conf=$work/nginx.conf; cat > "$conf" <<CONF
worker_processes 1; pid $work/nginx.pid; error_log $work/nginx.err; events { worker_connections 4096; }
http { access_log off; include /etc/nginx/mime.types;
  server { listen 127.0.0.1:$PORT; root $SITE; } }
CONF
nginx -c "$conf"; trap 'nginx -c "$conf" -s stop 2>/dev/null' EXIT
/usr/bin/time -f "linkinator(c=$C): %e s, %M KB" npx --prefix "$LK" linkinator "http://127.0.0.1:$PORT/" --recurse \
  --concurrency "$C" --format csv > "$work/lk.csv" 2> "$work/lk.time" || true
tail -n 1 "$work/lk.time"
echo "  URLs checked: $(($(wc -l < "$work/lk.csv") - 1)), broken found: $(grep -c ',404,' "$work/lk.csv")"
(cd "$here" && ./mvnw -B -ntp -q -Pbench test -Dtest=LinkCheckBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dlinkcheck.url="http://127.0.0.1:$PORT/" -Dlinkcheck.concurrency="$C" -Dlinkcheck.pages="$N") > "$work/govsite.log" || true
# the test's own output goes to its surefire report file (redirectTestOutputToFile)
grep -E "GovSite|CPU|broken|Vm" "$here/target/surefire-reports/org.govsite.bench.LinkCheckBenchmark-output.txt"
