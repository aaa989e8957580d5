# CPACK_PRE_BUILD_SCRIPTS: strips the staged executables as dh_strip does (--strip-all, and the
# .comment and .note sections, which lintian flags as unneeded), after install, before packaging.
file(GLOB_RECURSE wf_binaries "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/*/bin/*")
if(NOT wf_binaries)
  message(FATAL_ERROR "StripPackage: no executables under ${CPACK_TEMPORARY_INSTALL_DIRECTORY}")
endif()
foreach(binary IN LISTS wf_binaries)
  execute_process(COMMAND "${CPACK_WF_STRIP}" --strip-all --remove-section=.comment --remove-section=.note "${binary}"
                  RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "StripPackage: strip failed on ${binary}")
  endif()
endforeach()
