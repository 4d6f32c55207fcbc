#!/usr/bin/env bash
# Whole-process time of one command-line call, RUNS times (default 7), and the median: start of the process to its
# exit, as a user waits for it.
#
#   scripts/measure-cli.sh "LAUNCHER [ARGS...]" DATA_DIR [RUNS] [COMMAND...]
#
# LAUNCHER is e.g. /usr/bin/info-harga (an installed package) or "java -jar target/info-harga.jar"; COMMAND
# defaults to markets. Set INFO_HARGA_USER / INFO_HARGA_PASSWORD when the folder has accounts.
set -euo pipefail
launcher=$1 dir=$2 runs=${3:-7}
shift $(( $# < 3 ? $# : 3 ))
command=("${@:-markets}")
read -r -a run <<< "$launcher"
declare -a times
for i in $(seq 1 "$runs"); do
  start=$(date +%s%N)
  "${run[@]}" --data-dir "$dir" "${command[@]}" >/dev/null
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  times+=("$ms")
  echo "run $i: $ms ms"
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
echo "median of $runs: $median ms for ${command[*]} (whole process)"
