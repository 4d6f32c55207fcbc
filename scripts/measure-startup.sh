#!/usr/bin/env bash
# Time from launch to a usable entry screen, whole process, N runs (default 5), on a real X display.
#
#   scripts/measure-startup.sh DATA_DIR USER PASSWORD [RUNS]
#
# Needs a display (for example `Xvfb :99 -screen 0 1366x768x24 & export DISPLAY=:99`), xdotool, and the jar
# (`./mvnw -q package -DskipTests`). Each run starts `java -jar target/info-harga.jar`, types the log-in as soon
# as the form is there (xdotool, a few milliseconds), and reads the app's own measuring points from its log:
# window shown, log-in form shown, entry grid usable (all counted from the process start). Prints each run and
# the medians.
#
# LAUNCHER=/opt/sinergi-info-harga/bin/Sinergi\ Smart\ Info\ Harga measures an installed package instead of the jar
# (its JVM options and class-data archive are the package's own).
set -euo pipefail
dir=$1 user=$2 password=$3 runs=${4:-5}
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
log=$dir/logs/info-harga.log
here=$(cd "$(dirname "$0")/.." && pwd)
declare -a window form entry
wait_for() { # pattern, after line → prints the matching line, waits up to 120 s
  for _ in $(seq 1 1200); do
    if line=$(tail -n +"$2" "$log" 2>/dev/null | grep -m1 "$1"); then echo "$line"; return 0; fi
    sleep 0.1
  done
  echo "timed out waiting for '$1'" >&2; return 1
}
ms() { sed -E 's/.* ([0-9]+) ms after process start.*/\1/'; }
for i in $(seq 1 "$runs"); do
  start=$(( $( (wc -l < "$log") 2>/dev/null || echo 0) + 1 ))
  if [ -n "${LAUNCHER:-}" ]; then
    "$LAUNCHER" --data-dir "$dir" >/dev/null 2>&1 &
  else
    "$java" -Xmx512m --enable-native-access=ALL-UNNAMED -jar "$here/target/info-harga.jar" --data-dir "$dir" \
        >/dev/null 2>&1 &
  fi
  pid=$!
  w=$(wait_for "window shown" "$start" | ms)
  f=$(wait_for "log-in form shown" "$start" | ms)
  sleep 0.2 # the focus lands on the name field in the pulse after the form
  xdotool type --delay 5 "$user"; xdotool key Tab; xdotool type --delay 5 "$password"; xdotool key Return
  e=$(wait_for "entry grid usable" "$start" | ms)
  window+=("$w"); form+=("$f"); entry+=("$e")
  echo "run $i: window $w ms, log-in form $f ms, entry grid usable $e ms (including ~0.5 s of typing)"
  kill "$pid"; wait "$pid" 2>/dev/null || true
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo "median of $runs: window $(median "${window[@]}") ms, log-in form $(median "${form[@]}") ms," \
     "entry grid usable $(median "${entry[@]}") ms after process start"
