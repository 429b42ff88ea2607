#!/usr/bin/env bash
# Runs a shell completion for cepin as the shell does and asserts exactly
# what it offers, against what the binary says:
#   - after `cepin `: the commands `cepin --help` lists;
#   - after `cepin COMMAND -`: the options `cepin COMMAND --help` lists;
#   - after `cepin COMMAND --option ` (and `--option=`), for every option whose
#     --help lists its values ({a,b}): exactly those values (so `score
#     --format` offers score's formats and `validate --format` validate's);
#   - after `cepin show `, `template `, `score -r `: the built-in rubric ids
#     (the first column of `cepin rubrics`) and the files; after `builtin:`,
#     the ids alone;
#   - file and folder names for paths, folders only for --rubrics.
# bash: the completion function is called with COMP_WORDS, COMP_CWORD,
# COMP_LINE and COMP_POINT set as bash sets them, once in a shell that sourced
# the file alone and once after bash-completion's own script (when
# /usr/share/bash-completion/bash_completion exists; `.ci/setup --tests`
# installs it). zsh: each line is typed into an interactive zsh
# (zsh_capture.zsh). The cepin binary is found on PATH, as in a user's shell.
#   tests/install/completion.sh CEPIN_BINARY bash|zsh COMPLETION_FILE
set -uo pipefail
cepin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
shell=$2
completion=$(cd "$(dirname "$3")" && pwd)/$(basename "$3")
here=$(cd "$(dirname "$0")" && pwd)
source "$here/cli_help.sh"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/bin" "$work/files/sub-folder"
ln -s "$cepin" "$work/bin/cepin"
touch "$work/files/sub-file.yaml" "$work/files/other.csv"
export PATH="$work/bin:$PATH" LC_ALL=C.UTF-8

# The cases: a command line (completed at its end), a tab, what it must
# offer (separated by spaces, in any order). Run in $work/files.
commands=$(help_commands cepin)
ids=$(cepin rubrics | awk 'NR > 1 { print $1 }')
if [ -z "$commands" ] || [ -z "$ids" ]; then
  echo "FAIL: cannot read the commands or rubric ids from cepin"
  exit 1
fi
files="other.csv sub-file.yaml sub-folder"
all_ids=${ids//$'\n'/ }
cases() {
  printf '%s\t%s\n' "cepin " "${commands//$'\n'/ }" "cepin -" "-h --help --version"
  local command options option values
  for command in $commands; do
    options=$(help_options cepin "$command")
    printf '%s\t%s\n' "cepin $command -" "$(cut -d' ' -f1 <<<"$options" | tr '\n' ' ')"
    while read -r option _ values; do
      [ -n "$values" ] || continue
      printf '%s\t%s\n' "cepin $command $option " "$values"
      [[ $option == --* ]] && printf '%s\t%s\n' "cepin $command $option=" "$values"
    done <<<"$options"
  done
  printf '%s\t%s\n' \
    "cepin show " "$all_ids $files" \
    "cepin template " "$all_ids $files" \
    "cepin score -r " "$all_ids $files" \
    "cepin show builtin:" "$all_ids" \
    "cepin show neac" "$(grep '^neac' <<<"$ids")" \
    "cepin show neac-prefecture-2020 " "$(help_options cepin show | cut -d' ' -f1 | tr '\n' ' ')" \
    "cepin score sub" "sub-file.yaml sub-folder" \
    "cepin validate --format text sub" "sub-file.yaml sub-folder" \
    "cepin score --format=csv sub" "sub-file.yaml sub-folder" \
    "cepin score --rubrics sub" "sub-folder" \
    "cepin score -o " "$files"
}

# bash: prints each case's line, a tab, and what the completion offers.
# COMP_WORDS as bash splits them: at blanks, and `=`, `:` as words of their own.
bash_offers() {
  local line words tokens token function_name
  function_name=$(complete -p cepin 2>/dev/null | sed -n 's/.* -F \([^ ]*\) .*/\1/p')
  [ -n "$function_name" ] || { echo "sourcing $completion registers no completion for cepin"; return 1; }
  while IFS=$'\t' read -r line _; do
    words=()
    read -ra tokens <<<"$line"
    for token in "${tokens[@]}"; do
      while [[ $token =~ ^([^=:]*)([=:])(.*)$ ]]; do
        [ -n "${BASH_REMATCH[1]}" ] && words+=("${BASH_REMATCH[1]}")
        words+=("${BASH_REMATCH[2]}")
        token=${BASH_REMATCH[3]}
      done
      [ -n "$token" ] && words+=("$token")
    done
    [[ $line == *" " ]] && words+=("")
    COMP_WORDS=("${words[@]}") COMP_CWORD=$((${#words[@]} - 1)) COMP_LINE=$line COMP_POINT=${#line}
    COMPREPLY=()
    "$function_name" cepin "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}" 2>/dev/null
    printf '%s\t%s\n' "$line" "$(printf '%s\n' "${COMPREPLY[@]}" | sort -u | tr '\n' ' ')"
  done
}

# Compares what was offered (lines as bash_offers prints them) with the cases,
# naming what is missing and what is extra.
check() {
  local mode=$1 status=0 line wanted got missing extra
  while IFS=$'\t' read -r line wanted; do
    got=$(awk -F'\t' -v line="$line" '$1 == line { print $2; exit }' <<<"$2" | tr ' ' '\n' | grep -v '^$' | sort -u)
    wanted=$(tr ' ' '\n' <<<"$wanted" | grep -v '^$' | sort -u)
    missing=$(comm -23 <(echo "$wanted") <(echo "$got") | grep -v '^$' | tr '\n' ' ')
    extra=$(comm -13 <(echo "$wanted") <(echo "$got") | grep -v '^$' | tr '\n' ' ')
    if [ -n "$missing$extra" ]; then
      echo "FAIL ($mode): \`$line<TAB>\`${missing:+ does not offer: ${missing% };}${extra:+ offers too: ${extra% };}" \
        "expected [$(tr '\n' ' ' <<<"$wanted" | sed 's/ $//')]"
      status=1
    fi
  done < <(cases)
  return $status
}

cd "$work/files" || exit 2
status=0
case $shell in
  bash)
    # Each in a subshell with a user's shell options (no -u, no pipefail).
    offers=$(cases | (set +uo pipefail; source "$completion" && bash_offers)) || { echo "FAIL: $offers"; exit 1; }
    check "bash, alone" "$offers" || status=1
    helpers=/usr/share/bash-completion/bash_completion
    if [ -f "$helpers" ]; then
      offers=$(cases | (set +uo pipefail; source "$helpers" && source "$completion" &&
        if declare -F _filedir >/dev/null; then bash_offers; else echo "no _filedir after $helpers"; exit 1; fi)) ||
        { echo "FAIL: $offers"; exit 1; }
      check "bash, with bash-completion" "$offers" || status=1
    else
      echo "note: $helpers is missing (apt-get install bash-completion); checked without it only"
    fi
    ;;
  zsh)
    command -v zsh >/dev/null || { echo "FAIL: zsh is not installed (.ci/setup --tests installs it)"; exit 1; }
    offers=$(cases | cut -f1 | timeout 120 zsh "$here/zsh_capture.zsh" "$(dirname "$completion")") ||
      { echo "FAIL: zsh_capture.zsh failed or timed out"; exit 1; }
    check zsh "$offers" || status=1
    ;;
  *) echo "usage: completion.sh CEPIN_BINARY bash|zsh COMPLETION_FILE" >&2; exit 2 ;;
esac
[ $status = 0 ] && echo "$shell completion: commands, options, values, rubric ids and files as expected"
exit $status
