# `cpack -G DEB` (see .ci/package): cepin_<version>_<arch>.deb holding what
# `cmake --install` puts under /usr. Version and summary come from project();
# Depends is computed by dpkg-shlibdeps (package dpkg-dev) from the binary.
set(CPACK_PACKAGE_NAME cepin)
set(CPACK_PACKAGE_VENDOR "cepin maintainers")
set(CPACK_PACKAGE_CONTACT "cepin maintainers <maintainers@users.noreply.h-seed-76957306.example>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# The Homepage field: set -DCEPIN_HOMEPAGE=https://... once the project has one.
set(CEPIN_HOMEPAGE "" CACHE STRING "The project's homepage, for the .deb's Homepage field")
if(CEPIN_HOMEPAGE)
  set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${CEPIN_HOMEPAGE}")
endif()
# The long description; CPack puts the summary line first and indents it.
set(CPACK_PACKAGE_DESCRIPTION "cepin scores self-assessments against indicator systems such as the
national ethnic unity and progress demonstration indicators: rubrics of
categories, items and clauses with points, scoring rules, reward and
penalty lists, veto items, prerequisites and a pass line.

It reads rubrics in YAML and assessments in YAML or CSV (UTF-8, UTF-16 or
GB18030, as Excel and WPS save them), and prints the scored breakdown, the
verdict with its reasons, missing-evidence warnings and a plan for closing
the gap, as text, JSON, JSON Lines, CSV or Markdown. Rubric problems are
reported like a compiler's diagnostics. All arithmetic is exact.

The package has the cepin(1) manual page, bash and zsh completion, and
example assessments under /usr/share/cepin/examples.")

include(CPack)
