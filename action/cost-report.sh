#!/usr/bin/env bash
# The MlCost GitHub Action's cost report (see action.yml): for every scenario file a change touches, `mlcost diff`
# against the base revision; the reports go to the job summary and to one pull-request comment, kept up to date.
#
# Reads (action.yml sets them from its inputs):
#   MLCOST_BASE        the revision to compare with (the pull request's base commit)
#   MLCOST_SCENARIOS   space-separated patterns a scenario's path must match (default "*.json"; * matches "/" too)
#   MLCOST_BUDGET_ARGS budget options for diff, e.g. "--max-increase-usd 500"
#   MLCOST_COMMENT     "true" to keep a pull-request comment (default "true")
#   MLCOST             the command to run (default "mlcost")
#   GITHUB_STEP_SUMMARY, GITHUB_EVENT_NAME, GITHUB_EVENT_PATH, GITHUB_TOKEN, GITHUB_REPOSITORY, GITHUB_API_URL
# A scenario is a .json file matching the patterns whose text names scenario.schema.json (as `mlcost init` and the
# examples do). Exit: 0, or 3 when a budget was exceeded (after the summary and the comment are written).
set -euo pipefail
cd "$(git rev-parse --show-toplevel)"

mlcost() { ${MLCOST:-mlcost} "$@"; }
base="${MLCOST_BASE:?MLCOST_BASE: the revision to compare with}"
patterns="${MLCOST_SCENARIOS:-*.json}"
read -r -a budget <<< "${MLCOST_BUDGET_ARGS:-}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

if ! git cat-file -e "$base^{commit}" 2>/dev/null; then
  git fetch --no-tags --depth=1 origin "$base" >/dev/null 2>&1 || { echo "mlcost: cannot find the base revision $base (check out with fetch-depth: 0)" >&2; exit 2; }
fi

is_scenario() {
  local file="$1" pattern
  for pattern in $patterns; do
    # shellcheck disable=SC2053 # the pattern is a glob on purpose
    if [[ "$file" == $pattern ]]; then grep -q 'scenario\.schema\.json' "$file" 2>/dev/null && return 0; fi
  done
  return 1
}

changed_any=false; exceeded=()
{
  echo "## MlCost: cost of this change"
  echo
} > "$work/report.md"

count=0
while IFS= read -r file; do
  [ -f "$file" ] && is_scenario "$file" || continue
  count=$((count + 1))
  if [ "$(mlcost diff "$file" --git-base "$base" --format json | jq -r '.changed')" = "true" ]; then changed_any=true; fi
  set +e
  mlcost diff "$file" --git-base "$base" --format markdown "${budget[@]}" > "$work/one.md" 2> "$work/one.err"
  status=$?
  set -e
  case "$status" in
    0) ;;
    3) exceeded+=("$file: $(sed 's/^mlcost: //' "$work/one.err" | head -1)") ;;
    *) cat "$work/one.err" >&2; exit "$status" ;;
  esac
  cat "$work/one.md" >> "$work/report.md"
  echo >> "$work/report.md"
done < <(git diff --name-only --diff-filter=AMR "$base" -- | sort)

while IFS= read -r file; do
  [[ "$file" == *.json ]] || continue
  git show "$base:$file" 2>/dev/null | grep -q 'scenario\.schema\.json' || continue
  echo "- \`$file\`: removed in this change." >> "$work/report.md"
  count=$((count + 1)); changed_any=true
done < <(git diff --name-only --diff-filter=D "$base" -- | sort)

if [ "$count" -eq 0 ]; then
  echo "No scenario file changed (patterns: \`$patterns\`)." >> "$work/report.md"
fi
if [ "${#exceeded[@]}" -gt 0 ]; then
  { echo; echo "**Budget exceeded**"; echo; for line in "${exceeded[@]}"; do echo "- $line"; done; } >> "$work/report.md"
fi
{ echo; echo "<sub>$(mlcost --version | head -2 | paste -sd ' ' | sed 's/ prices:/ · prices:/')</sub>"; } >> "$work/report.md"

if [ -n "${GITHUB_STEP_SUMMARY:-}" ]; then cat "$work/report.md" >> "$GITHUB_STEP_SUMMARY"; fi
cat "$work/report.md"

if [ "${MLCOST_COMMENT:-true}" = "true" ] && [[ "${GITHUB_EVENT_NAME:-}" == pull_request* ]]; then
  if [ "$changed_any" = true ]; then
    mlcost comment github --body-file "$work/report.md"
  else
    mlcost comment github --body-file "$work/report.md" --no-new-comment
  fi
fi

if [ "${#exceeded[@]}" -gt 0 ]; then
  printf 'mlcost: %s\n' "${exceeded[@]}" >&2
  exit 3
fi
