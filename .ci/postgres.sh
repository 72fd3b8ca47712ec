# Sourced by .ci/run. Makes a PostgreSQL server available to the storage tests and exports BRIEFINGBOT_TEST_POSTGRES,
# unless the variable is already set. Installs Debian's postgresql package when no server binaries exist, then runs a
# throw-away cluster of its own (temporary data directory, 127.0.0.1, a free port), so nothing depends on a
# pre-existing cluster. Never fails the run: on a problem it says why and returns, and the PostgreSQL tests skip with
# their reason. stop_test_postgres (called from the EXIT trap) stops the server and deletes its data.

test_pg_root=""
test_pg_bin=""

pg_bin_dir() {
  local dir
  dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
  if [ -n "$dir" ] && [ -x "$dir/initdb" ]; then echo "$dir"; return; fi
  dir="$(dirname "$(command -v initdb 2>/dev/null || echo /nonexistent/initdb)")"
  if [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then echo "$dir"; fi
}

# The server refuses to run as root: as root, run its tools as the postgres user the package creates.
as_pg() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

free_port() {
  local port
  for port in $(seq 55432 55532); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return; fi
  done
}

install_postgres() {
  local log="$1" started=$SECONDS
  if [ "$(id -u)" -ne 0 ]; then
    echo "PostgreSQL is not installed and this is not root, so it cannot be installed; the PostgreSQL tests will skip."
    return 1
  fi
  echo "== PostgreSQL: not installed; installing Debian's postgresql package"
  export DEBIAN_FRONTEND=noninteractive
  if ! apt-get install -y --no-install-recommends postgresql >>"$log" 2>&1; then
    echo "   install failed; running apt-get update and trying again"
    if ! { apt-get update >>"$log" 2>&1 && apt-get install -y --no-install-recommends postgresql >>"$log" 2>&1; }; then
      echo "   could not install postgresql (last lines of apt's output below); the PostgreSQL tests will skip."
      tail -n 5 "$log" | sed 's/^/   | /'
      return 1
    fi
  fi
  echo "   installed in $((SECONDS - started)) s"
}

start_test_postgres() {
  if [ -n "${BRIEFINGBOT_TEST_POSTGRES:-}" ]; then
    echo "== PostgreSQL: BRIEFINGBOT_TEST_POSTGRES is set; using that server"
    return 0
  fi
  local started=$SECONDS port data log
  test_pg_root="$(mktemp -d /tmp/briefingbot-pg.XXXXXX)"
  log="$test_pg_root/setup.log"
  test_pg_bin="$(pg_bin_dir)"
  if [ -z "$test_pg_bin" ]; then
    install_postgres "$log" || return 0
    test_pg_bin="$(pg_bin_dir)"
    if [ -z "$test_pg_bin" ]; then echo "   postgresql installed but no initdb found; the PostgreSQL tests will skip."; return 0; fi
  fi
  port="$(free_port)"
  if [ -z "$port" ]; then echo "== PostgreSQL: no free port in 55432-55532; the PostgreSQL tests will skip."; return 0; fi

  data="$test_pg_root/data"
  [ "$(id -u)" -eq 0 ] && chown postgres: "$test_pg_root"
  echo "== PostgreSQL: starting a test cluster ($test_pg_bin) on 127.0.0.1:$port"
  if ! as_pg "$test_pg_bin/initdb" -D "$data" -U postgres --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >>"$log" 2>&1 \
    || ! as_pg "$test_pg_bin/pg_ctl" -D "$data" -l "$test_pg_root/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $test_pg_root -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
        start >>"$log" 2>&1 \
    || ! as_pg "$test_pg_bin/psql" -h "$test_pg_root" -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 -q \
        -c "CREATE ROLE briefingbot LOGIN CREATEDB PASSWORD 'briefingbot';" >>"$log" 2>&1; then
    echo "   could not start the test cluster (last lines below); the PostgreSQL tests will skip."
    tail -n 5 "$log" | sed 's/^/   | /'
    [ -f "$test_pg_root/server.log" ] && tail -n 5 "$test_pg_root/server.log" | sed 's/^/   | /'
    return 0
  fi
  export BRIEFINGBOT_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=briefingbot;Password=briefingbot;Database=postgres"
  echo "   ready in $((SECONDS - started)) s; BRIEFINGBOT_TEST_POSTGRES=$BRIEFINGBOT_TEST_POSTGRES"
}

stop_test_postgres() {
  [ -n "$test_pg_root" ] || return 0
  if [ -n "$test_pg_bin" ] && [ -f "$test_pg_root/data/postmaster.pid" ]; then
    as_pg "$test_pg_bin/pg_ctl" -D "$test_pg_root/data" -m fast -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$test_pg_root"
}
