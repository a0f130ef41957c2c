#!/usr/bin/env bash
# Registers the Debezium outbox connectors with docker-compose's Kafka Connect worker, one per argument
# SERVICE:DB_NAME:SLOT (DB_USER is DB_NAME; see deploy/connect/README.md), rendered from
# deploy/connect/outbox-connector.template.json. PUT /connectors/<name>/config creates a connector or brings an
# existing one back to the template, so this is harmless on every start. It then waits until each connector's
# task runs and exits non-zero if one fails or never starts.
set -euo pipefail

connect=${CONNECT_URL:-http://kafka-connect:8083}
template=${TEMPLATE:-/connect/outbox-connector.template.json}
db_host=${DB_HOST:-postgres}
db_port=${DB_PORT:-5432}

# The template with one service's values. ${routedByValue} (the Outbox Event Router's own placeholder) and the
# ${file:...} reference to the password stay as they are; Connect resolves the latter.
render() { # service db slot
    sed -e "s|\${SERVICE}|$1|g" -e "s|\${DB_HOST}|$db_host|g" -e "s|\${DB_PORT}|$db_port|g" \
        -e "s|\${DB_NAME}|$2|g" -e "s|\${DB_USER}|$2|g" -e "s|\${SLOT}|$3|g" "$template"
}

# PUT takes the "config" object alone: the template's lines after `"config": {`, without its last line.
config_of() {
    echo '{'
    sed -e '1,/"config": *{/d' -e '$d'
}

register() { # service db slot
    local name="$1-outbox" rendered response code
    rendered=$(render "$@")
    if grep -o '\${[A-Z_]*}' <<<"$rendered"; then
        echo "$name: the template has a placeholder this script does not fill" >&2
        return 1
    fi
    response=$(config_of <<<"$rendered" | curl -sS -X PUT -H 'Content-Type: application/json' --data-binary @- \
        -w '\n%{http_code}' "$connect/connectors/$name/config")
    code=${response##*$'\n'}
    if [[ $code != 200 && $code != 201 ]]; then
        echo "$name: Kafka Connect answered $code: ${response%$'\n'*}" >&2
        return 1
    fi
    echo "$name: registered ($code)"
}

await_running() { # service
    local name="$1-outbox" status="" tasks
    for _ in $(seq 1 60); do
        status=$(curl -sS "$connect/connectors/$name/status" || true)
        if [[ $status == *'"tasks":[{'* ]]; then
            tasks=${status#*'"tasks":'}
            if [[ $tasks == *'"state":"FAILED"'* ]]; then
                echo "$name: task failed: $status" >&2
                return 1
            fi
            if [[ $tasks == *'"state":"RUNNING"'* ]]; then
                echo "$name: running"
                return 0
            fi
        fi
        sleep 2
    done
    echo "$name: no running task after 120 s: $status" >&2
    return 1
}

[[ $# -gt 0 ]] || { echo "usage: $0 SERVICE:DB_NAME:SLOT..." >&2; exit 2; }
for spec in "$@"; do
    IFS=: read -r service db slot <<<"$spec"
    register "$service" "$db" "$slot"
done
for spec in "$@"; do
    await_running "${spec%%:*}"
done
