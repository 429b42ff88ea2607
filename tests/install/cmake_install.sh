#!/usr/bin/env bash
# `cmake --install` into a scratch prefix puts exactly what a user needs under
# the GNUInstallDirs places, and nothing else (no test or benchmark binary):
# bin/cepin, the compressed man page with the version in it, both completions
# as they are in the source, the JSON Schemas when schemas/ exists, and every
# file of examples/ with its evidence. The installed binary then scores an
# installed example from another folder, and runs the examples' tests and
# the built-in tests there.
#   tests/install/cmake_install.sh BUILD_DIR SOURCE_DIR
set -uo pipefail
build=$1 source=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
prefix=$work/prefix
status=0
fail() {
  echo "FAIL: $*"
  status=1
}
cmake --install "$build" --prefix "$prefix" >/dev/null || { echo "FAIL: cmake --install $build failed"; exit 1; }

# The expected file list, from the source tree.
{
  echo bin/cepin
  echo share/man/man1/cepin.1.gz
  echo share/bash-completion/completions/cepin
  echo share/zsh/vendor-completions/_cepin
  (cd "$source" && find examples -type f | sed 's|^|share/cepin/|')
  [ -d "$source/schemas" ] && (cd "$source" && find schemas -type f -name '*.json' | sed 's|^|share/cepin/|')
} | sort >"$work/expected"
(cd "$prefix" && find . -type f -o -type l) | sed 's|^\./||' | sort >"$work/installed"
diff -u --label expected --label installed "$work/expected" "$work/installed" ||
  fail "the installed files differ from the expected list (- missing, + unexpected)"

cmp -s "$source/completion/cepin.bash" "$prefix/share/bash-completion/completions/cepin" ||
  fail "the installed bash completion is not completion/cepin.bash"
cmp -s "$source/completion/_cepin" "$prefix/share/zsh/vendor-completions/_cepin" ||
  fail "the installed zsh completion is not completion/_cepin"

# The man page carries the binary's version, and no placeholder is left.
version=$("$prefix/bin/cepin" --version)
page=$(gzip -dc "$prefix/share/man/man1/cepin.1.gz")
grep -q "^\.TH CEPIN 1 .*\"$version\"" <<<"$page" || fail "the man page's .TH line does not name \"$version\""
if grep -q '@[A-Z_]*@' <<<"$page"; then fail "the man page still has a placeholder: $(grep -o '@[A-Z_]*@' <<<"$page" | head -n 1)"; fi

# An installed example scores from anywhere: its evidence came along.
examples=$prefix/share/cepin/examples
row=$(cd / && NO_COLOR=1 "$prefix/bin/cepin" score "$examples/neac-prefecture-2020/ordos-eligible.yaml" --format csv 2>&1)
code=$?
expected="$examples/neac-prefecture-2020/ordos-eligible.yaml,150600,鄂尔多斯市,neac-prefecture-2020,91.88,100.00,eligible,良好,,0,prefecture,,91.38,1.00,0.50,90.00,0.00,13.75,15.63,15.50,11.63,13.50,6.50,14.87"
if [ "$code" != 0 ] || [ "$(sed -n 2p <<<"$row")" != "$expected" ]; then
  fail "the installed example scores (exit $code):"$'\n'"$row"$'\n'"expected exit 0 and the row"$'\n'"$expected"
fi
(cd / && "$prefix/bin/cepin" validate "$examples" >/dev/null 2>&1) || fail "cepin validate $examples fails"
# The examples' pinned results hold where they are installed, and the
# built-in rubrics' tests (compiled in) pass from any folder.
(cd / && "$prefix/bin/cepin" test "$examples" >/dev/null 2>&1) || fail "cepin test $examples fails"
(cd / && "$prefix/bin/cepin" test >/dev/null 2>&1) || fail "cepin test (the built-in tests) fails in /"

[ $status = 0 ] && echo "cmake --install: $(find "$prefix" -type f | wc -l) files, as expected; the installed example scores 91.88"
exit $status
