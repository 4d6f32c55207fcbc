#!/usr/bin/env bash
# Whole-process time of one command-line call, RUNS times (default 7), and the medians of wall clock and CPU
# (user + system, of the process and its children): start of the process to its exit, as a user waits for it.
#
#   scripts/measure-cli.sh "LAUNCHER [ARGS...]" DATA_DIR|EMPTY [RUNS] [COMMAND...]
#
# LAUNCHER is e.g. /usr/bin/info-harga (an installed package) or "java -jar target/info-harga.jar" (a path without
# spaces: copy an app-image elsewhere first); COMMAND defaults to markets. DATA_DIR EMPTY: a new folder each run
# (made by the command, deleted after). Set INFO_HARGA_USER / INFO_HARGA_PASSWORD when the folder has accounts.
# On a shared machine the CPU time varies less than the wall clock; to compare two launchers, run them alternately.
set -euo pipefail
launcher=$1 dir=$2 runs=${3:-7}
shift $(( $# < 3 ? $# : 3 ))
command=("${@:-markets}")
read -r -a run <<< "$launcher"
declare -a times cpus
TIMEFORMAT='%R %U %S'
for i in $(seq 1 "$runs"); do
  folder=$dir
  if [ "$dir" = EMPTY ]; then
    folder=$(mktemp -u -d /tmp/measure-cli-XXXXXX)
  fi
  measured=$( { time "${run[@]}" --data-dir "$folder" "${command[@]}" >/dev/null 2>&1; } 2>&1 )
  [ "$dir" = EMPTY ] && rm -rf "$folder"
  read -r real user sys <<< "$measured"
  ms=$(awk -v r="$real" 'BEGIN {printf "%d", r * 1000}')
  cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN {printf "%d", (u + s) * 1000}')
  times+=("$ms")
  cpus+=("$cpu")
  echo "run $i: $ms ms, CPU $cpu ms"
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo "median of $runs: $(median "${times[@]}") ms, CPU $(median "${cpus[@]}") ms for ${command[*]} (whole process)"
