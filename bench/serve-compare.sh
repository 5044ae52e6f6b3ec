#!/usr/bin/env bash
# Static serving: GovSite (/sites/<key>/) against nginx serving the same published directory, with wrk.
# Needs a running GovSite with a published site, started as the fat jar (never under spring-boot:run, which forks a
# JVM with -XX:TieredStopAtLevel=1), and Debian's nginx and wrk:
#   ./mvnw -q package -DskipTests && GOVSITE_DATA_DIR=/tmp/govsite-bench java -jar target/govsite-*.jar
#   sudo apt-get install -y nginx wrk
# Usage: bench/serve-compare.sh [site-key] [publish-dir] [app-url]
set -euo pipefail
KEY=${1:-9901000001}
DIR=$(readlink -f "${2:-./data/www}")
APP=${3:-http://localhost:8080}
PORT=${NGINX_PORT:-18080}
DURATION=${DURATION:-20s}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-50}
WORK=$(mktemp -d)
trap 'nginx -p "$WORK" -c nginx.conf -s stop 2>/dev/null || true; rm -rf "$WORK"' EXIT

mkdir -p "$WORK/logs"
# workers read the publish directory as the user running this script (nginx would drop to nobody/www-data as root)
USER_LINE="user $(id -un) $(id -gn);"
cat > "$WORK/nginx.conf" <<CONF
$USER_LINE
worker_processes ${NGINX_WORKERS:-1};
error_log $WORK/logs/error.log warn;
pid $WORK/nginx.pid;
events { worker_connections 1024; }
http {
    include /etc/nginx/mime.types;
    access_log off;
    sendfile on;
    gzip_static on;
    gzip on;
    gzip_types text/css text/javascript application/xml image/svg+xml;
    server {
        listen 127.0.0.1:$PORT;
        root $DIR/$KEY;
        disable_symlinks off;
        index index.html;
        location / { try_files \$uri \$uri/ =404; add_header Cache-Control "no-cache"; }
    }
}
CONF
nginx -p "$WORK" -c nginx.conf

for page in index.html assets/site.css; do
  echo "== $page"
  echo "-- GovSite $APP/sites/$KEY/$page"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" -H 'Accept-Encoding: gzip' "$APP/sites/$KEY/$page" | grep -E 'Requests/sec|Latency|Non-2xx'
  echo "-- nginx http://127.0.0.1:$PORT/$page"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" -H 'Accept-Encoding: gzip' "http://127.0.0.1:$PORT/$page" | grep -E 'Requests/sec|Latency|Non-2xx'
done
