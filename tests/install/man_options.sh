#!/usr/bin/env bash
# Keeps the man page and the completions true to the binary. For every
# command that `cepin --help` lists, and every option `cepin COMMAND --help`
# lists (the global ones for `cepin --help` itself):
#   - the man page has the command's section (.SS "cepin COMMAND ...") with a
#     .TP entry for the option (-h, --help: once, under OPTIONS), and the
#     entry names each value --help allows ({a,b}); the section documents no
#     option the command lacks;
#   - the bash completion lists the command, the option in the command's
#     _cepin_options entry (no option the command lacks), its argument in
#     _cepin_option_argument when it takes one, and exactly its values;
#   - the zsh completion's case for the command has the option, and the
#     option's line lists its values.
# Fails naming each thing missing.
#   tests/install/man_options.sh CEPIN_BINARY MAN_PAGE BASH_COMPLETION ZSH_COMPLETION
set -uo pipefail
cepin=$1 man_page=$2 bash_completion=$3 zsh_completion=$4
source "$(dirname "$0")/cli_help.sh"
status=0
fail() {
  echo "FAIL: $*"
  status=1
}

# The man page's .TP entries, one a line: "SECTION<TAB>TAG<TAB>BODY", with
# roff escapes and quotes removed. SECTION is a command for .SS "cepin
# COMMAND", `global` for .SH OPTIONS, empty elsewhere.
man_entries=$(awk '
  function plain(s) {
    gsub(/\\f(\(..|\[[^]]*\]|.)/, "", s); gsub(/\\-/, "-", s); gsub(/\\\(../, "", s)
    gsub(/"/, "", s); sub(/^\.[A-Z]+ */, "", s)
    return s
  }
  function flush() { if (tag != "") print section "\t" tag "\t" body; tag = ""; body = "" }
  /^\.S[HS]/ {
    flush()
    section = ""
    if ($0 ~ /^\.SH "?OPTIONS"?$/) section = "global"
    else if (match($0, /^\.SS "?cepin [a-z]+/)) { split(substr($0, RSTART, RLENGTH), w, " "); section = w[3] }
    next
  }
  /^\.TP/ { flush(); want_tag = 1; next }
  want_tag { tag = plain($0); want_tag = 0; next }
  tag != "" { body = body " " plain($0) }
  END { flush() }
' "$man_page")
man_sections=$(awk '/^\.SS "?cepin [a-z]+/ { sub(/^\.SS "?cepin /, ""); sub(/[^a-z].*/, ""); print }' "$man_page")

# Prints the words (option names, values) of $1, or of standard input, one a line.
words_of() {
  if [ $# -gt 0 ]; then printf '%s\n' "$1"; else cat; fi | tr -cs 'A-Za-z0-9_.-' '\n' | grep -v '^$'
}
# Prints the options named in the tags of a man section $1, one a line.
man_tag_options() {
  awk -F'\t' -v s="$1" '$1 == s { print $2 }' <<<"$man_entries" | words_of | grep -E '^--?[A-Za-z]' | sort -u
}
# Prints the entries (tag and body) of section $1 whose tag names option $2.
man_entry() {
  local section=$1 option=$2 s tag body
  while IFS=$'\t' read -r s tag body; do
    [ "$s" = "$section" ] && words_of "$tag" | grep -qxF -- "$option" && printf '%s %s\n' "$tag" "$body"
  done <<<"$man_entries"
}
# Prints what the bash completion defines for an expression, e.g. ${_cepin_options[score]}.
# shellcheck disable=SC2016 # expanded by the inner bash
bash_table() { bash --norc --noprofile -c 'source "$1" && eval "printf %s \"$2\""' bash "$bash_completion" "$1"; }
# Prints the zsh completion's case for command $1 (from `COMMAND)` to `;;`).
zsh_case() { awk -v c="$1" '$1 == c ")" { on = 1; next } on && /^ *;;/ { exit } on' "$zsh_completion"; }

commands=$(help_commands "$cepin")
[ -n "$commands" ] || { echo "FAIL: no command found in \`$cepin --help\`"; exit 1; }
bash_commands=" $(bash_table '$_cepin_commands') "

check_option() { # COMMAND SECTION OPTION KIND VALUES...
  local command=$1 section=$2 option=$3 kind=$4
  shift 4
  local values=("$@") where=cepin entry value
  [ -n "$command" ] && where="cepin $command"
  # The man page: the section's .TP entry, naming every value.
  entry=$(man_entry "$section" "$option")
  if [ -z "$entry" ]; then
    fail "$where: $option has no .TP entry in the man page's ${section/global/OPTIONS} section ($man_page)"
  else
    for value in "${values[@]}"; do
      words_of "$entry" | grep -qxF -- "$value" ||
        fail "$where: the man page's entry for $option does not name the value $value"
    done
  fi
  [ -z "$command" ] && return
  # The bash completion: the option, the kind of its argument, its values.
  if [ "$option" != -h ] && [ "$option" != --help ]; then
    grep -qxF -- "$option" <<<"$(words_of "$(bash_table "\${_cepin_options[$command]}")")" ||
      fail "$where: $option is missing from _cepin_options[$command] in the bash completion ($bash_completion)"
  fi
  local bash_kind
  bash_kind=$(bash_table "\${_cepin_option_argument[$option]-}")
  if [ "$kind" = argument ] && [ -z "$bash_kind" ]; then
    fail "$where: $option takes an argument but has no _cepin_option_argument entry in the bash completion"
  elif [ "$kind" = flag ] && [ -n "$bash_kind" ]; then
    fail "$where: $option is a flag but has a _cepin_option_argument entry ($bash_kind) in the bash completion"
  fi
  if [ ${#values[@]} -gt 0 ]; then
    local offered expected
    offered=$(bash_table "\${_cepin_values[\"$command $option\"]-\${_cepin_values[$option]-}}" | words_of | sort | tr '\n' ' ')
    expected=$(printf '%s\n' "${values[@]}" | sort | tr '\n' ' ')
    [ "$offered" = "$expected" ] ||
      fail "$where: the bash completion's values for $option are '${offered% }', \`$where --help\` allows '${expected% }'"
    [ "$bash_kind" = values ] || [ -z "$bash_kind" ] ||
      fail "$where: $option has values but its _cepin_option_argument entry is $bash_kind, not values"
  fi
  # The zsh completion: the option in the command's case, its values on its line.
  local zsh_lines
  zsh_lines=$(zsh_case "$command" | grep -E -- "(^|[^-A-Za-z])$option([^-A-Za-z]|$)")
  if [ -z "$zsh_lines" ]; then
    [ "$option" = -h ] || [ "$option" = --help ] || # one spec for every command
      fail "$where: $option is missing from the case '$command)' of the zsh completion ($zsh_completion)"
  else
    for value in "${values[@]}"; do
      words_of "$zsh_lines" | grep -qxF -- "$value" ||
        fail "$where: the zsh completion's spec for $option does not offer the value $value"
    done
  fi
}

# `cepin --help`'s own options: the man page's OPTIONS section.
while read -r option kind values; do
  # shellcheck disable=SC2086
  check_option "" global "$option" "$kind" $values
done < <(help_options "$cepin")

for command in $commands; do
  grep -qxF -- "$command" <<<"$man_sections" ||
    fail "cepin $command has no section (.SS \"cepin $command ...\") in the man page ($man_page)"
  [[ $bash_commands == *" $command "* ]] ||
    fail "cepin $command is missing from _cepin_commands in the bash completion ($bash_completion)"
  grep -qE "^ *'$command:" "$zsh_completion" ||
    fail "cepin $command is missing from the commands of the zsh completion ($zsh_completion)"
  [ -n "$(zsh_case "$command")" ] || grep -qE "^ *$command\)" "$zsh_completion" ||
    fail "cepin $command has no case '$command)' in the zsh completion ($zsh_completion)"
  options=$(help_options "$cepin" "$command")
  [ -n "$options" ] || fail "\`cepin $command --help\` lists no option"
  while read -r option kind values; do
    # -h and --help: documented once, under OPTIONS.
    section=$command
    case $option in -h | --help) section=global ;; esac
    # shellcheck disable=SC2086
    check_option "$command" "$section" "$option" "$kind" $values
  done <<<"$options"
  # Nothing documented or offered that the command lacks.
  for option in $(man_tag_options "$command"); do
    grep -q -- "^$option " <<<"$options" ||
      fail "cepin $command: the man page documents $option, which \`cepin $command --help\` does not list"
  done
  for option in $(bash_table "\${_cepin_options[$command]}"); do
    grep -q -- "^$option " <<<"$options" ||
      fail "cepin $command: the bash completion offers $option, which \`cepin $command --help\` does not list"
  done
done
for section in $man_sections; do
  grep -qxF -- "$section" <<<"$commands" ||
    fail "the man page documents \`cepin $section\`, which \`cepin --help\` does not list"
done

[ $status = 0 ] && echo "man page and completions: every command, option and value of --help documented"
exit $status
