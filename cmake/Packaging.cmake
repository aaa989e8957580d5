# The Debian package: what is installed beside the three executables (app/ and emulator/ install
# those to bin) and the CPack DEB settings. `bash packaging/build-deb.sh` builds the .deb;
# tests/package_deb.cmake unpacks it and runs what it holds.
include(GNUInstallDirs)

set(WF_DESKTOP_FILE ${PROJECT_SOURCE_DIR}/resources/focus-waterfall.desktop)
set(WF_METAINFO_FILE ${PROJECT_SOURCE_DIR}/resources/io.github.focuswaterfall.FocusWaterfall.metainfo.xml)
set(WF_CHANGELOG_FILE ${PROJECT_SOURCE_DIR}/packaging/changelog)
set(WF_ICON_SIZES 16 32 48 64 128 256)
set(WF_MAN_PAGES focusctl focus-sim focus-waterfall)

# One version, the project's: the AppStream release and the changelog's first entry must name it.
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${WF_METAINFO_FILE} ${WF_CHANGELOG_FILE})
file(READ ${WF_METAINFO_FILE} wf_metainfo)
string(REGEX MATCH "<release version=\"([^\"]*)\"" wf_match "${wf_metainfo}")
if(NOT CMAKE_MATCH_1 STREQUAL PROJECT_VERSION)
  message(FATAL_ERROR "The first <release> of ${WF_METAINFO_FILE} is '${CMAKE_MATCH_1}', the project is "
                      "${PROJECT_VERSION}: add a release entry for ${PROJECT_VERSION} at the top.")
endif()
file(STRINGS ${WF_CHANGELOG_FILE} wf_changelog_top LIMIT_COUNT 1)
string(REGEX MATCH "^focus-waterfall \\(([^)]*)\\)" wf_match "${wf_changelog_top}")
if(NOT CMAKE_MATCH_1 STREQUAL PROJECT_VERSION)
  message(FATAL_ERROR "The first entry of ${WF_CHANGELOG_FILE} is '${CMAKE_MATCH_1}', the project is "
                      "${PROJECT_VERSION}: add an entry for ${PROJECT_VERSION} at the top.")
endif()

# Hardening as Debian's hardening=+all: a read-only GOT (relro + bindnow; lintian hardening-no-bindnow).
foreach(exe focus-waterfall focusctl focus-sim)
  target_link_options(${exe} PRIVATE LINKER:-z,relro,-z,now)
endforeach()

# Manual pages and the changelog, compressed as Debian wants them (gzip -9n: no name, no time stamp).
find_program(WF_GZIP gzip REQUIRED)
set(wf_gz_outputs)
function(wf_gzip source output)
  get_filename_component(name ${output} NAME_WLE)
  set(plain ${CMAKE_CURRENT_BINARY_DIR}/packaging/${name})
  add_custom_command(OUTPUT ${output}
    COMMAND ${CMAKE_COMMAND} -E copy ${source} ${plain}
    COMMAND ${WF_GZIP} -9nf ${plain}
    DEPENDS ${source} VERBATIM)
endfunction()
foreach(page IN LISTS WF_MAN_PAGES)
  set(gz ${CMAKE_CURRENT_BINARY_DIR}/packaging/${page}.1.gz)
  wf_gzip(${PROJECT_SOURCE_DIR}/packaging/man/${page}.1 ${gz})
  list(APPEND wf_gz_outputs ${gz})
  install(FILES ${gz} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
endforeach()
set(wf_changelog_gz ${CMAKE_CURRENT_BINARY_DIR}/packaging/changelog.gz)
wf_gzip(${WF_CHANGELOG_FILE} ${wf_changelog_gz})
list(APPEND wf_gz_outputs ${wf_changelog_gz})
add_custom_target(wf_package_docs ALL DEPENDS ${wf_gz_outputs})

install(FILES ${WF_DESKTOP_FILE} DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${WF_METAINFO_FILE} DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
foreach(size IN LISTS WF_ICON_SIZES)
  install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/focus-waterfall-${size}.png
          DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps RENAME focus-waterfall.png)
endforeach()
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/focus-waterfall.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
install(FILES ${PROJECT_SOURCE_DIR}/packaging/completion/focusctl.bash
        DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions RENAME focusctl)
install(FILES ${PROJECT_SOURCE_DIR}/packaging/copyright ${wf_changelog_gz}
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/focus-waterfall)

set(WF_PACKAGE_MAINTAINER "Focus Waterfall Viewer maintainers <maintainers@users.noreply.r-seed-4e4618fd.example>"
    CACHE STRING "Maintainer field of the .deb")
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME focus-waterfall)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "Focus Waterfall Viewer developers")
set(CPACK_PACKAGE_CONTACT "${WF_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "viewer and command-line checks for Focus Server DAS jobs")
set(CPACK_PACKAGE_DESCRIPTION "\
Focus Waterfall Viewer tells a tester, in seconds and in words, whether a
Focus Server (the REST backend of a distributed acoustic sensing system)
really has the routes a client needs, follows a job until its consumer is
alive, checks every reply for data-quality defects and shows the live
spectrogram, with negative amplitudes and timestamp gaps marked.

The package holds focus-waterfall (the Qt viewer, in English and Hebrew),
focusctl (the same checks on the command line, with exit statuses for CI)
and focus-sim (a Focus Server emulator for rehearsing failures).")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
# Stripped as dh_strip does it (CPACK_STRIP_FILES calls strip without the section options).
set(CPACK_STRIP_FILES OFF)
if(NOT CMAKE_STRIP)
  message(FATAL_ERROR "No strip program (binutils) for the package")
endif()
set(CPACK_WF_STRIP ${CMAKE_STRIP}) # CPACK_*: written into CPackConfig.cmake for the script
set(CPACK_PRE_BUILD_SCRIPTS ${CMAKE_CURRENT_LIST_DIR}/StripPackage.cmake)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${WF_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Loaded at run time, so dpkg-shlibdeps cannot see them: Qt's own Hebrew strings, Hebrew glyphs,
# the system's CA certificates for TLS.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, fonts-dejavu-core, ca-certificates")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
include(CPack)
