# The .deb as a user gets it: cpack -G DEB into a scratch folder, dpkg -x into a scratch root, then
# what the package holds is checked there: its control fields, the three executables run from it
# (one version, the project's; stripped), the desktop entry and AppStream data (validated), icons,
# manual pages, copyright and changelog, and the bash completion run against its own words.
# Inputs: CPACK, BUILD_DIR, WORK_DIR, VERSION, DPKG, DPKG_DEB, DESKTOP_FILE_VALIDATE, APPSTREAMCLI,
# FILE, GZIP, BASH, BASH_COMPLETION (the bash-completion main script).
foreach(var CPACK BUILD_DIR WORK_DIR VERSION DPKG DPKG_DEB DESKTOP_FILE_VALIDATE APPSTREAMCLI FILE GZIP BASH BASH_COMPLETION)
  if(NOT ${var} OR ${var} MATCHES "NOTFOUND$")
    message(FATAL_ERROR "${var} is not set or not found (packaging/install-deps.sh installs the tools)")
  endif()
endforeach()
set(failures "")
# check("<if() condition>" "what is wrong"): the condition is parsed as CMake code, so it may quote.
function(check condition message)
  cmake_language(EVAL CODE "if(${condition})\n set(wf_ok TRUE)\nelse()\n set(wf_ok FALSE)\nendif()")
  if(NOT wf_ok)
    message(STATUS "FAIL: ${message}")
    set(failures ${failures} "${message}" PARENT_SCOPE)
  endif()
endfunction()
# run(out rc command...): out is the command's standard output, out_err its standard error.
function(run out_var rc_var)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  set(${out_var} "${out}" PARENT_SCOPE)
  set(${out_var}_err "${err}" PARENT_SCOPE)
  set(${rc_var} "${rc}" PARENT_SCOPE)
endfunction()

file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}/out" "${WORK_DIR}/root")
run(out rc "${CPACK}" -G DEB --config "${BUILD_DIR}/CPackConfig.cmake" -B "${WORK_DIR}/out")
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "cpack failed (${rc}):\n${out}${out_err}")
endif()
file(GLOB debs "${WORK_DIR}/out/*.deb")
list(LENGTH debs count)
if(NOT count EQUAL 1)
  message(FATAL_ERROR "cpack made ${count} .deb files, not one: ${debs}\n${out}")
endif()
get_filename_component(deb_name "${debs}" NAME)
message(STATUS "package: ${deb_name}")
check("deb_name MATCHES \"^focus-waterfall_${VERSION}_[a-z0-9]+\\\\.deb$\"" "file name ${deb_name}")

run(fields rc "${DPKG_DEB}" -f "${debs}" Package Version Section Maintainer Depends Description)
check("rc EQUAL 0" "dpkg-deb -f: ${fields}")
check("fields MATCHES \"Package: focus-waterfall\\n\"" "Package field: ${fields}")
check("fields MATCHES \"Version: ${VERSION}\\n\"" "Version field is not ${VERSION}: ${fields}")
check("fields MATCHES \"Section: science\\n\"" "Section field: ${fields}")
# dpkg-shlibdeps ran: the Qt libraries the executables link are dependencies of the package.
check("fields MATCHES \"Depends: [^\\n]*libqt6widgets6[^\\n]*\\n\"" "Depends lacks libqt6widgets6 (shlibdeps): ${fields}")
check("fields MATCHES \"libqt6httpserver6\"" "Depends lacks libqt6httpserver6 (shlibdeps): ${fields}")

run(out rc "${DPKG}" -x "${debs}" "${WORK_DIR}/root")
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "dpkg -x failed: ${out_err}")
endif()
set(usr "${WORK_DIR}/root/usr")
set(expected
  bin/focus-waterfall bin/focusctl bin/focus-sim
  share/applications/focus-waterfall.desktop
  share/metainfo/io.github.focuswaterfall.FocusWaterfall.metainfo.xml
  share/icons/hicolor/scalable/apps/focus-waterfall.svg
  share/man/man1/focusctl.1.gz share/man/man1/focus-sim.1.gz share/man/man1/focus-waterfall.1.gz
  share/bash-completion/completions/focusctl
  share/doc/focus-waterfall/copyright share/doc/focus-waterfall/changelog.gz)
foreach(size 16 32 48 64 128 256)
  list(APPEND expected share/icons/hicolor/${size}x${size}/apps/focus-waterfall.png)
endforeach()
foreach(path IN LISTS expected)
  check("EXISTS \"${usr}/${path}\"" "missing /usr/${path}")
endforeach()
file(GLOB_RECURSE everything RELATIVE "${WORK_DIR}/root" "${WORK_DIR}/root/*")
list(LENGTH everything files)
message(STATUS "the package holds ${files} files")

# The executables run from the package, each with the project's version, and are stripped.
set(ENV{QT_QPA_PLATFORM} offscreen)
foreach(exe focusctl focus-sim focus-waterfall)
  run(out rc "${usr}/bin/${exe}" --version)
  string(STRIP "${out}" out)
  message(STATUS "${exe} --version: ${out}")
  check("rc EQUAL 0 AND out STREQUAL \"${exe} ${VERSION}\"" "${exe} --version said '${out}' (exit ${rc}; ${out_err}), not '${exe} ${VERSION}'")
  run(out rc "${FILE}" -b "${usr}/bin/${exe}")
  check("out MATCHES \", stripped\"" "${exe} is not stripped: ${out}")
endforeach()
run(out rc "${usr}/bin/focus-sim" --help)
check("rc EQUAL 0 AND out MATCHES \"Focus Server emulator\" AND out MATCHES \"--no-waterfall-route\"" "focus-sim --help (exit ${rc}): ${out}${out_err}")

run(out rc "${DESKTOP_FILE_VALIDATE}" "${usr}/share/applications/focus-waterfall.desktop")
check("rc EQUAL 0 AND out STREQUAL \"\" AND out_err STREQUAL \"\"" "desktop-file-validate (exit ${rc}): ${out}${out_err}")
file(READ "${usr}/share/applications/focus-waterfall.desktop" desktop)
foreach(line "\nExec=focus-waterfall\n" "\nIcon=focus-waterfall\n" "\nName[he]=" "\nComment[he]=")
  string(FIND "${desktop}" "${line}" at)
  check("NOT at EQUAL -1" "the desktop entry has no line ${line}")
endforeach()
run(out rc "${APPSTREAMCLI}" validate --no-net "${usr}/share/metainfo/io.github.focuswaterfall.FocusWaterfall.metainfo.xml")
check("rc EQUAL 0" "appstreamcli validate (exit ${rc}): ${out}${out_err}")
file(READ "${usr}/share/metainfo/io.github.focuswaterfall.FocusWaterfall.metainfo.xml" metainfo)
check("metainfo MATCHES \"<release version=\\\"${VERSION}\\\"\"" "the AppStream data has no release ${VERSION}")

foreach(page focusctl focus-sim focus-waterfall)
  string(TOUPPER "${page}" title)
  string(REPLACE "-" "\\-" title "${title}") # as troff writes it: FOCUS\-SIM
  run(out rc "${GZIP}" -dc "${usr}/share/man/man1/${page}.1.gz")
  string(FIND "${out}" "\n.TH ${title} 1 " at)
  check("rc EQUAL 0 AND NOT at EQUAL -1" "${page}.1.gz is not a gzipped manual page of ${page} (.TH ${title} 1)")
endforeach()
run(out rc "${GZIP}" -dc "${usr}/share/doc/focus-waterfall/changelog.gz")
check("rc EQUAL 0 AND out MATCHES \"^focus-waterfall \\\\(${VERSION}\\\\)\"" "changelog.gz does not start with ${VERSION}: ${out}")
file(READ "${usr}/share/doc/focus-waterfall/copyright" copyright)
check("copyright MATCHES \"^Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\" AND copyright MATCHES \"License: GPL-3.0-or-later\"" "copyright is not DEP-5 GPL-3.0-or-later")

# The completion, as bash-completion loads it, completes focusctl's commands and options.
file(WRITE "${WORK_DIR}/completion.sh" [==[
source "$1" && source "$2" || exit 1
t() { COMP_WORDS=("$@"); COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}
      COMPREPLY=(); _focusctl; echo "$*=>${COMPREPLY[*]}"; }
t focusctl ''; t focusctl watch --rows-f; t focusctl watch --view ''; t focusctl probe --j; t focusctl replay --fail
]==])
run(out rc "${BASH}" "${WORK_DIR}/completion.sh" "${BASH_COMPLETION}" "${usr}/share/bash-completion/completions/focusctl")
message(STATUS "completion:\n${out}")
check("rc EQUAL 0" "the completion script failed: ${out}${out_err}")
check("out MATCHES \"focusctl =>probe watch replay --help --version\"" "completion of the commands: ${out}")
check("out MATCHES \"focusctl watch --rows-f=>--rows-from\\n\"" "completion of watch --rows-f: ${out}")
check("out MATCHES \"--view =>multichannel singlechannel waterfall\\n\"" "completion of --view: ${out}")
check("out MATCHES \"probe --j=>--json\\n\"" "completion of probe --j: ${out}")
check("out MATCHES \"replay --fail=>--fail-on-findings\\n\"" "completion of replay --fail: ${out}")

if(failures)
  list(JOIN failures "\n  " text)
  message(FATAL_ERROR "The package is not right:\n  ${text}")
endif()
message(STATUS "package ok: ${deb_name}")
