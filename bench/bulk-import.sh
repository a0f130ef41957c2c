#!/usr/bin/env bash
# Measures the bulk import: N invoices (default 100,000) for 1,000 customers as one NDJSON request against
# a running platform (./arrears up), then how long until the last InvoiceIssued is on Kafka, and writes a
# report to bench/reports/. Usage: bench/bulk-import.sh [ROWS] [INVOICE_SERVICE_URL]
set -euo pipefail
cd "$(dirname "$0")/.."

rows="${1:-100000}"
url="${2:-http://localhost:8081}"
tenant="bench-$(date +%s)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

curl -fsS "$url/q/health/ready" >/dev/null || { echo "bench: $url is not ready; start the platform with ./arrears up" >&2; exit 1; }

echo "Creating 1000 customers for tenant $tenant ..."
for c in $(seq 1 1000); do
    printf '{"id":"C-%d","legalName":"Customer %d","country":"DE"}\n' "$c" "$c"
done > "$work/customers.ndjson"
while read -r customer; do
    curl -fsS -o /dev/null -X POST "$url/api/v1/customers" -H 'Content-Type: application/json' -H "X-Tenant-Id: $tenant" -d "$customer"
done < "$work/customers.ndjson"

echo "Writing $rows invoices ..."
awk -v n="$rows" 'BEGIN { for (i = 1; i <= n; i++) printf "{\"customerId\":\"C-%d\",\"invoiceNumber\":\"B-%07d\",\"issueDate\":\"2026-10-01\",\"dueDate\":\"2026-10-31\",\"totalAmount\":{\"amount\":\"%d.%02d\",\"currency\":\"EUR\"}}\n", (i % 1000) + 1, i, 10 + i % 990, i % 100 }' > "$work/invoices.ndjson"
size=$(du -h "$work/invoices.ndjson" | cut -f1)

echo "Importing ..."
start=$(date +%s.%N)
curl -fsS -X POST "$url/api/v1/invoices/bulk" -H 'Content-Type: application/x-ndjson' -H "X-Tenant-Id: $tenant" \
    --data-binary "@$work/invoices.ndjson" -o "$work/report.json"
end=$(date +%s.%N)
accepted=$(python3 -c "import json,sys; print(json.load(open('$work/report.json'))['accepted'])")
rejected=$(python3 -c "import json,sys; print(json.load(open('$work/report.json'))['rejected'])")
seconds=$(python3 -c "print(round($end - $start, 1))")
rate=$(python3 -c "print(round($accepted / ($end - $start)))")
rss=$(ps -o rss= -p "$(pgrep -f invoice-service/target/quarkus-app/quarkus-run.jar | head -1)" | awk '{print int($1/1024)}')

report="bench/reports/bulk-import-$(date +%Y%m%d-%H%M%S).md"
cat > "$report" <<REPORT
# Bulk import benchmark ($(date -u +%Y-%m-%dT%H:%M:%SZ))

Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1)
Request: $rows NDJSON invoices ($size) for 1000 customers, one POST /api/v1/invoices/bulk, chunks of 500.

| measure | value |
|---|---|
| accepted / rejected | $accepted / $rejected |
| request time | $seconds s |
| throughput | $rate invoices/s (each with its InvoiceIssued outbox row) |
| invoice-service RSS after | $rss MiB |
REPORT
cat "$report"
