#!/usr/bin/env zsh
# Prints what zsh's completion offers for each command line read from
# standard input: the line, a tab, then the matches sorted and separated by
# spaces. It types each line and a TAB into an interactive zsh on a
# pseudo-terminal whose fpath starts with DIR, and records every match the
# completion functions add (compadd is wrapped).
#   tests/install/zsh_capture.zsh DIR <lines
zmodload zsh/zpty || exit 2
zpty capture zsh -f -i || exit 2
# One line of setup, so that one prompt follows it. The markers are written
# with ${:-} or %b inside, so that the echo of this line holds neither.
# comppostfuncs is emptied after each completion: capture-end adds itself back.
zpty -w capture "fpath=(${(q)1} \$fpath); autoload -Uz compinit; compinit -u -D;"\
' setopt no_auto_list no_auto_menu no_beep; bindkey "^I" complete-word;'\
' compadd() { if [[ ${@[1,(i)(-|--)]} == *-(O|A|D)\ * ]]; then builtin compadd "$@"; return; fi;'\
' local -a hits; builtin compadd -A hits "$@"; builtin compadd "$@"; print -rl -- "" M${:-}ATCH:${^hits}; };'\
' capture-end() { comppostfuncs=(capture-end); print -rl -- "" END${:-}-OF-MATCHES; };'\
' comppostfuncs=(capture-end);'\
" PROMPT='%bREADY> '"
zpty -r capture output '*READY> ' || exit 2
while IFS= read -r line; do
  # The TAB goes once the line editor shows the line: zsh does not complete
  # on a TAB that comes with typed-ahead text.
  zpty -w -n capture "$line"
  zpty -r capture output "*${(b)line}" || exit 2
  zpty -w -n capture $'\t'
  zpty -r capture output '*END-OF-MATCHES*' || exit 2
  matches=()
  for row in ${(f)output}; do
    [[ $row == *MATCH:* ]] && matches+=("${${row##*MATCH:}%$'\r'}")
  done
  print -r -- "$line"$'\t'"${(j: :)${(@ou)matches}}"
  # An empty command line: a new prompt, and a fresh line editor.
  zpty -w -n capture $'\C-u\n'
  zpty -r capture output '*READY> ' || exit 2
done
zpty -d capture
