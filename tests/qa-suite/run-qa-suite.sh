#!/usr/bin/env bash
# Runs the Focus Server's own public QA suite (PrismaPhotonics/panda-backend-api-tests, pytest)
# against focus-sim, as a repeatable check of the emulator's fidelity. Not part of CI: it needs a
# checkout of the suite and its Python dependencies. Everything runs inside a fresh network
# namespace (unshare -rn) with only loopback up, because the suite's configs name private
# addresses (10.10.x.x, MongoDB, RabbitMQ): nothing it tries can leave the machine, and the
# emulator can take the suite's fixed local port 5000 without colliding with anything.
#
# Usage: tests/qa-suite/run-qa-suite.sh SUITE_CHECKOUT [BUILD_DIR] [-- extra pytest args]
#   SUITE_CHECKOUT  a checkout (work tree) of panda-backend-api-tests
#   BUILD_DIR       where focus-sim was built (default: build)
# Writes SUITE_CHECKOUT/qa-vs-focus-sim.xml (JUnit) and prints pytest's summary.
# Python: pytest, pytest-timeout, requests, yaml, psutil, paramiko, pymongo and pydantic >= 2
# (Debian 12: python3-pytest python3-pytest-timeout python3-requests python3-yaml python3-psutil
# python3-paramiko python3-pymongo; Debian 12's python3-pydantic is 1.10, the suite needs 2.x).
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
suite=${1:?usage: run-qa-suite.sh SUITE_CHECKOUT [BUILD_DIR] [-- pytest args]}
shift
build=${1:-build}
[ $# -gt 0 ] && shift
[ "${1:-}" = "--" ] && shift
suite=$(cd "$suite" && pwd)
sim="$here/$build/emulator/focus-sim"
[ -x "$sim" ] || { echo "run-qa-suite: $sim not built (bash packaging/build.sh)"; exit 2; }
[ -f "$suite/config/environments.yaml" ] || { echo "run-qa-suite: $suite is not a checkout of the suite"; exit 2; }

missing=()
for m in pytest pytest_timeout requests yaml psutil paramiko pymongo pydantic; do
  python3 -c "import $m" 2>/dev/null || missing+=("$m")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "run-qa-suite: Python modules missing: ${missing[*]}"; exit 2
fi
if ! python3 -c 'import pydantic, sys; sys.exit(0 if int(pydantic.VERSION.split(".")[0]) >= 2 else 1)'; then
  echo "run-qa-suite: the suite needs pydantic 2 (found $(python3 -c 'import pydantic; print(pydantic.VERSION)'))"; exit 2
fi

# The REST tests the emulator can answer; the rest need RabbitMQ, MongoDB, Kubernetes or SSH.
targets=(be_focus_server_tests/integration/api be_focus_server_tests/integration/data_quality
         be_focus_server_tests/integration/error_handling be_focus_server_tests/integration/calculations
         be_focus_server_tests/integration/security be_focus_server_tests/security)
existing=()
for t in "${targets[@]}"; do [ -e "$suite/$t" ] && existing+=("$t"); done

exec unshare -rn bash -c '
  set -u
  ip link set lo up
  "$0" --port 5000 --quiet &
  sim=$!
  trap "kill $sim 2>/dev/null" EXIT
  for i in $(seq 50); do (exec 3<>/dev/tcp/127.0.0.1/5000) 2>/dev/null && break; sleep 0.1; done
  cd "$1"; shift
  python3 -m pytest --env=local --skip-health-check -p no:cacheprovider --timeout=120 \
    --junitxml=qa-vs-focus-sim.xml -q "$@"
' "$sim" "$suite" "${existing[@]}" "$@"
