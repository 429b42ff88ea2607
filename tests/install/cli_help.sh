# What `cepin --help` says, for the install tests (sourced, not run): the
# commands, and each command's options with their allowed values. CLI11 2.1
# prints an option as `  -r,--rubric TEXT` or `  --format TEXT:{text,md}`,
# padded to column 30, then its description (on the next line when the name
# is longer).

# Prints the commands that `$1 --help` lists, one a line.
help_commands() {
  "$1" --help | awk '
    /^Subcommands:/ { on = 1; next }
    on && /^  [a-z]/ { print $1 }'
}

# Prints one line per option of `$1 [$2] --help`: the option name (-r and
# --rubric are two lines), then `flag` or `argument`, then its allowed values
# if --help lists them ({a,b}), all separated by spaces.
help_options() {
  "$1" ${2:+"$2"} --help | awk '
    /^[A-Z][a-z]*:$/ { on = ($0 == "Options:"); next }
    on && /^  -/ {
      head = $0
      if (length(head) > 30 && substr(head, 30, 1) == " ") head = substr(head, 1, 30)
      n = split(head, field, " ")
      kind = n > 1 ? "argument" : "flag"
      values = ""
      if (n > 1 && match(field[2], /\{[^}]*\}/)) {
        values = substr(field[2], RSTART + 1, RLENGTH - 2)
        gsub(",", " ", values)
      }
      count = split(field[1], names, ",")
      for (i = 1; i <= count; i++) print names[i], kind (values == "" ? "" : " " values)
    }'
}
