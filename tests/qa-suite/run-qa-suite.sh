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
#   BUILD_DIR       where focus-sim was built: absolute, relative to the current folder, or to this
#                   repository (default: build)
#   PYTHON=...      the interpreter to run pytest with (default: python3)
# Writes SUITE_CHECKOUT/qa-vs-focus-sim.xml (JUnit) and prints pytest's summary.
# The suite's tests below import pytest, requests, yaml, pydantic >= 2, pymongo, paramiko and pika
# (--timeout needs pytest-timeout). Debian 12: apt-get install python3-pytest python3-pytest-timeout
# python3-requests python3-yaml python3-pymongo python3-paramiko python3-pika; its python3-pydantic
# is 1.10, too old: pydantic 2 has to come from elsewhere (a virtual environment, or another
# interpreter given as PYTHON=, which can use the Debian modules through
# PYTHONPATH=/usr/lib/python3/dist-packages).
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
usage="usage: run-qa-suite.sh SUITE_CHECKOUT [BUILD_DIR] [-- extra pytest args]"
[ $# -gt 0 ] || { echo "$usage" >&2; exit 2; }
case $1 in -h|--help) echo "$usage"; exit 0 ;; esac
suite=$1
shift
build=build
if [ $# -gt 0 ] && [ "$1" != "--" ]; then
  build=$1
  shift
fi
if [ $# -gt 0 ]; then
  [ "$1" = "--" ] || { echo "run-qa-suite: unexpected argument '$1' (pytest arguments go after --)"; echo "$usage"; exit 2; }
  shift
fi
case $build in
  /*) ;;
  *) if [ -d "$build" ]; then build=$(cd "$build" && pwd); else build=$here/$build; fi ;;
esac
[ -d "$suite" ] || { echo "run-qa-suite: $suite is not a folder"; echo "$usage"; exit 2; }
suite=$(cd "$suite" && pwd)
sim="$build/emulator/focus-sim"
[ -x "$sim" ] || { echo "run-qa-suite: $sim not built (bash packaging/build.sh, or name the build folder)"; exit 2; }
[ -f "$suite/config/environments.yaml" ] || { echo "run-qa-suite: $suite is not a checkout of the suite"; exit 2; }
python=${PYTHON:-python3}
command -v "$python" >/dev/null || { echo "run-qa-suite: no Python interpreter '$python' (apt-get install python3, or set PYTHON=)"; exit 2; }

# Every module the tests below import (their conftest and src/ included), with its Debian package.
missing=() packages=()
for pair in pytest:python3-pytest pytest_timeout:python3-pytest-timeout requests:python3-requests yaml:python3-yaml \
            pymongo:python3-pymongo paramiko:python3-paramiko pika:python3-pika pydantic:; do
  m=${pair%%:*} p=${pair#*:}
  if ! "$python" -c "import $m" 2>/dev/null; then
    missing+=("$m")
    [ -n "$p" ] && packages+=("$p")
  fi
done
pydantic_old=
if "$python" -c 'import pydantic' 2>/dev/null \
   && ! "$python" -c 'import pydantic, sys; sys.exit(0 if int(pydantic.VERSION.split(".")[0]) >= 2 else 1)'; then
  pydantic_old=$("$python" -c 'import pydantic; print(pydantic.VERSION)')
fi
if [ ${#missing[@]} -gt 0 ] || [ -n "$pydantic_old" ]; then
  echo "run-qa-suite: the suite cannot run with $python ($("$python" -c 'import sys; print(sys.executable)')):"
  [ ${#missing[@]} -gt 0 ] && echo "  these Python modules it imports are missing: ${missing[*]}"
  [ ${#packages[@]} -gt 0 ] && echo "  install them with: apt-get install ${packages[*]}"
  if [[ " ${missing[*]} " == *" pydantic "* ]] || [ -n "$pydantic_old" ]; then
    echo "  it needs pydantic 2${pydantic_old:+ (found $pydantic_old)}; Debian 12's python3-pydantic is 1.10, too old:"
    echo "  use an interpreter that has pydantic 2 (PYTHON=/path/to/python3), e.g. a virtual environment with"
    echo "  'pip install \"pydantic>=2\"'; it can use the Debian modules above with PYTHONPATH=/usr/lib/python3/dist-packages"
  fi
  exit 2
fi

# The REST tests the emulator can answer; the rest need RabbitMQ, MongoDB, Kubernetes or SSH.
targets=(be_focus_server_tests/integration/api be_focus_server_tests/integration/data_quality
         be_focus_server_tests/integration/error_handling be_focus_server_tests/integration/calculations
         be_focus_server_tests/integration/security be_focus_server_tests/security)
existing=()
for t in "${targets[@]}"; do [ -e "$suite/$t" ] && existing+=("$t"); done

# Every test file talks to the emulator: most read --env=local's base_url, test_health_check.py
# reads these two (its default is a private staging address); "/." keeps its paths at the root.
export FOCUS_SERVER_HOST=http://127.0.0.1:5000 FOCUS_API_PREFIX=/.
# 420 s per test: test_live_streaming_stability alone streams for 300 s.
exec unshare -rn bash -c '
  set -u
  ip link set lo up
  "$0" --port 5000 --quiet &
  sim=$!
  trap "kill $sim 2>/dev/null" EXIT
  for i in $(seq 50); do (exec 3<>/dev/tcp/127.0.0.1/5000) 2>/dev/null && break; sleep 0.1; done
  python=$1 suite=$2
  shift 2
  cd "$suite"
  "$python" -m pytest --env=local --skip-health-check -p no:cacheprovider --timeout=420 \
    --junitxml=qa-vs-focus-sim.xml -q "$@"
' "$sim" "$python" "$suite" "${existing[@]}" "$@"
