# bash completion for cepin(1): the commands, each command's options, the
# values of options that take a fixed set, the ids of the built-in rubrics
# (asked of `cepin rubrics` at completion time) and file names.
#
# Installed as share/bash-completion/completions/cepin, which bash-completion
# loads on first use. It also works sourced on its own: it needs none of
# bash-completion's helpers, and uses its _filedir for file names when present.
#
# Keep it true to `cepin --help`: tests/install/man_options.sh and
# tests/install/completion.sh fail when an option or a value is missing here.
# A new command, option or value is one line in the tables below.

# The commands, as `cepin --help` lists them.
_cepin_commands="validate score compare trend show template rubrics test schema"

# Each command's options, as `cepin COMMAND --help` lists them (-h and --help,
# which every command takes, are added by _cepin).
declare -gA _cepin_options=(
  [validate]="-r --rubric --rubrics --format -o --output --warnings-as-errors --encoding --ignore-unknown-columns
              -q --quiet"
  [score]="-r --rubric --rubrics --format -o --output --jobs --strict-evidence --evidence-root --as-of
           --fail-on --lang --explain --bom --html-units --csv-layout --output-encoding --progress --input-format --encoding
           -q --quiet --ignore-unknown-columns"
  [compare]="-r --rubric --rubrics --format -o --output --jobs --strict-evidence --evidence-root --as-of --lang
             --bom --input-format --encoding --ignore-unknown-columns --tolerance --match --base-label --new-label
             --fail-on"
  [trend]="-r --rubric --rubrics --format -o --output --jobs --strict-evidence --evidence-root --as-of --lang
           --bom --input-format --encoding --ignore-unknown-columns --rollup --fail-on"
  [show]="--format --lang -o --output"
  [template]="--format --layout --lang -o --output"
  [rubrics]="--format -o --output"
  [test]="--rubrics --format -o --output"
  [schema]=""
)

# What each command's operands are: paths (files and folders), one rubric (a
# built-in id or a file), one schema name, or none.
declare -gA _cepin_operands=([validate]=paths [score]=paths [compare]=paths [trend]=paths [show]=rubric [template]=rubric
  [rubrics]=none [test]=paths [schema]=schema)

# The argument of each option that takes one: values (a fixed set, below),
# rubric, file, dir, or text (nothing to offer). Options not listed are flags.
declare -gA _cepin_option_argument=(
  [-r]=rubric [--rubric]=rubric [--rubrics]=dir [-o]=file [--output]=file [--evidence-root]=dir
  [--jobs]=text [--as-of]=text [--tolerance]=text [--base-label]=text [--new-label]=text
  [--format]=values [--lang]=values [--layout]=values [--progress]=values [--fail-on]=values
  [--input-format]=values [--encoding]=values [--csv-layout]=values [--output-encoding]=values [--html-units]=values
  [--match]=values [--rollup]=values
)

# The fixed values: key "COMMAND OPTION" for one command's option, "OPTION"
# for the option of every command that has it.
declare -gA _cepin_values=(
  ["validate --format"]="text json junit sarif github"
  ["score --format"]="text json jsonl csv md html junit sarif github"
  ["compare --format"]="text json jsonl csv md html junit"
  ["trend --format"]="text json csv md html"
  ["show --format"]="text md"
  ["test --format"]="text json junit"
  ["template --format"]="yaml csv"
  ["rubrics --format"]="text json csv"
  [--lang]="zh en"
  [--layout]="long wide"
  [--progress]="auto always never"
  [--fail-on]="ineligible warning"
  ["compare --fail-on"]="regression flip change ineligible warning"
  ["trend --fail-on"]="decline"
  [--match]="rubric unit"
  [--rollup]="mean sum last min max"
  [--input-format]="yaml csv tsv"
  [--html-units]="all ineligible none"
  [--encoding]="auto utf-8 utf8 gb18030 gbk gb2312 cp936 utf-16le utf16le utf-16be utf16be"
  [--csv-layout]="units clauses"
  [--output-encoding]="utf-8 gb18030"
)

# Prints the built-in rubric ids, one a line, asking the cepin binary $1:
# the first column of `cepin rubrics --format csv`, under its header row
# (ids hold no comma or quote).
_cepin_rubric_ids() {
  "$1" rubrics --format csv 2>/dev/null | awk -F, 'NR > 1 && NF { print $1 }'
}

# Prints the schema names, one a line: the first column of `cepin schema`.
_cepin_schema_names() {
  "$1" schema 2>/dev/null | awk 'NR > 1 && NF { print $1 }'
}

# Adds to COMPREPLY the words of $1 (one a line) that start with $cur.
_cepin_add_words() {
  local word
  while IFS= read -r word; do
    [[ -n $word && $word == "$cur"* ]] && COMPREPLY+=("$word")
  done <<<"$1"
}

# Adds to COMPREPLY the file names (with $1 = dir: the folder names) that
# start with $cur.
_cepin_add_files() {
  if declare -F _filedir >/dev/null; then
    if [[ $1 == dir ]]; then _filedir -d; else _filedir; fi
    return
  fi
  compopt -o filenames 2>/dev/null
  local flag=-f
  [[ $1 == dir ]] && flag=-d
  mapfile -t -O "${#COMPREPLY[@]}" COMPREPLY < <(compgen "$flag" -- "$cur")
}

# Adds to COMPREPLY what an argument of kind $1 (values, rubric, schema, file,
# paths, dir, text) offers for $cur; $2 is the command, $3 the option, $4 the binary.
_cepin_add_argument() {
  case $1 in
    values)
      local values=${_cepin_values["$2 $3"]-${_cepin_values[$3]-}}
      _cepin_add_words "${values// /$'\n'}"
      ;;
    rubric)
      _cepin_add_words "$(_cepin_rubric_ids "$4")"
      _cepin_add_files file
      ;;
    schema) _cepin_add_words "$(_cepin_schema_names "$4")" ;;
    file | paths) _cepin_add_files file ;;
    dir) _cepin_add_files dir ;;
  esac
}

# The completion function: bash gives the words in COMP_WORDS, split also at
# `=` and `:` (COMP_WORDBREAKS), so `--format=js` is `--format` `=` `js` and
# `builtin:ne` is `builtin` `:` `ne`.
_cepin() {
  local cur=${COMP_WORDS[COMP_CWORD]} cepin=${COMP_WORDS[0]/#\~/$HOME}
  [[ $cepin == */* && -x $cepin ]] || cepin=cepin
  COMPREPLY=()
  # The word the current argument starts at: $head is `--format` in
  # `--format=js`, `builtin` in `builtin:ne`, and empty otherwise.
  local end=$COMP_CWORD head=""
  if [[ $cur == [=:] ]]; then
    end=$((COMP_CWORD - 1)) cur=""
  elif ((COMP_CWORD >= 2)) && [[ ${COMP_WORDS[COMP_CWORD - 1]} == [=:] ]]; then
    end=$((COMP_CWORD - 2))
  fi
  ((end < COMP_CWORD)) && head=${COMP_WORDS[end]}

  # The command, and how many operands precede the current word.
  local command="" operands=0 i=1 word
  while ((i < end)); do
    word=${COMP_WORDS[i]}
    if [[ -z $command ]]; then
      [[ $word != -* ]] && command=$word
    elif [[ $word == -* && -n ${_cepin_option_argument[$word]-} ]]; then
      ((i++))                                   # the option's argument
      [[ ${COMP_WORDS[i]-} == = ]] && ((i += 1)) # written --option=argument
    elif [[ $word == [=:] ]]; then
      ((i++))                                   # the rest of builtin:id
    else
      [[ $word != -* ]] && ((operands++))
    fi
    ((i++))
  done

  if [[ -z $command ]]; then
    if [[ $cur == -* ]]; then
      _cepin_add_words $'-h\n--help\n--version'
    else
      _cepin_add_words "${_cepin_commands// /$'\n'}"
    fi
    return 0
  fi
  [[ -n ${_cepin_operands[$command]-} ]] || return 0

  # The argument of an option (`--format json`, `--format=json`), or the id
  # after `builtin:`.
  local option=${head:-${COMP_WORDS[end - 1]}}
  if [[ $option == -* && -n ${_cepin_option_argument[$option]-} ]]; then
    _cepin_add_argument "${_cepin_option_argument[$option]}" "$command" "$option" "$cepin"
    return 0
  fi
  if [[ -n $head ]]; then
    [[ $head == builtin ]] && _cepin_add_words "$(_cepin_rubric_ids "$cepin")"
    return 0
  fi

  local kind=${_cepin_operands[$command]}
  if [[ $cur == -* || $kind == none || ($kind == rubric || $kind == schema) && operands -gt 0 ]]; then
    local options="-h --help ${_cepin_options[$command]}"
    # shellcheck disable=SC2086 # split into words
    _cepin_add_words "$(printf '%s\n' $options)"
    return 0
  fi
  _cepin_add_argument "$kind" "$command" "" "$cepin"
}

complete -F _cepin cepin
