# Sourced by the bench scripts: mean_ms CMD... runs CMD once to warm up, then $runs times, and prints the mean
# wall time in milliseconds.
mean_ms() {
  "$@" >/dev/null
  local start end
  start=$(date +%s%N)
  for _ in $(seq "$runs"); do "$@" >/dev/null; done
  end=$(date +%s%N)
  echo $(( (end - start) / runs / 1000000 ))
}
