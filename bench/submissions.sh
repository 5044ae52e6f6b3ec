#!/usr/bin/env bash
# Public message submissions from outside: a running GovSite fat jar, a crowd of THREADS citizens for SECONDS seconds
# (bench/SubmissionLoad.java), then the audit chain verified through the auditor's API. Start GovSite for it with the
# limits meant for one address lifted and the captcha's proof of work off (the phone's cost, not the server's):
#   ./mvnw -q package -DskipTests
#   GOVSITE_DATA_DIR=/tmp/govsite-bench java -jar target/govsite-*.jar --server.port=18090 \
#     --govsite.interaction.submissions-per-ip-per-hour=100000000 --govsite.interaction.challenges-per-ip-per-hour=100000000 \
#     --govsite.interaction.submissions-per-mobile-per-day=1000 --govsite.interaction.captcha-work-bits=0
# Usage: bench/submissions.sh [app-url] [seconds] [threads]
set -euo pipefail
APP=${1:-http://localhost:18090}
SECONDS_=${2:-60}
THREADS=${3:-32}
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
java bench/SubmissionLoad.java "$APP" "$SECONDS_" "$THREADS" 15
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
TOKEN=$(curl -s -X POST -H 'Content-Type: application/json' -d '{"username":"auditor","password":"GovSite@2026"}' \
  "$APP/api/v1/tokens" | sed -E 's/.*"token":"([^"]+)".*/\1/')
echo "audit chain: $(curl -s -H "Authorization: Bearer $TOKEN" "$APP/api/v1/audit/verify")"
