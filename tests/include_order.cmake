# The folder order of core/ (core/CMakeLists.txt): a file may include headers of its own folder and
# of folders of a lower rank only, and names the folder it includes from ("data/rowstore.h": core/
# is the one include directory). Each included name is looked up in the folder that holds it.
# Usage: cmake -DROOT=<core dir> -DORDER="base;api;net,stream;data,grpc;job;session"
#              [-DUSERS="<dir>;<dir>"] -P include_order.cmake
# ORDER lists the ranks from the bottom; folders of one rank are separated by commas and may not
# include each other. USERS: trees outside ROOT (widgets/, app/, ...) whose includes of ROOT's
# headers must name their folder too. Prints every include that breaks a rule and fails if one does.
# -DFOLDER_NAMES=OFF: the order only, over the folders ORDER names (for the project's top level,
# whose folders include their own headers bare: "core;emulator,text;widgets;app").
if(NOT ROOT OR NOT ORDER)
  message(FATAL_ERROR "usage: cmake -DROOT=<dir> -DORDER=\"base;api;net,stream;...\" -P include_order.cmake")
endif()

set(rank 0)
foreach(level IN LISTS ORDER)
  string(REPLACE "," ";" peers "${level}")
  foreach(folder IN LISTS peers)
    set("rank_${folder}" ${rank})
  endforeach()
  math(EXPR rank "${rank} + 1")
endforeach()

if(FOLDER_NAMES STREQUAL "OFF")
  set(sources "")
  string(REPLACE "," ";" ordered "${ORDER}")
  foreach(folder IN LISTS ordered)
    file(GLOB_RECURSE found RELATIVE "${ROOT}" "${ROOT}/${folder}/*.h" "${ROOT}/${folder}/*.cpp")
    list(APPEND sources ${found})
  endforeach()
else()
  file(GLOB_RECURSE sources RELATIVE "${ROOT}" "${ROOT}/*.h" "${ROOT}/*.cpp")
endif()
set(checked "")
foreach(source IN LISTS sources)
  if(source MATCHES "^([^/]+)/")
    get_filename_component(name "${source}" NAME)
    set("home_${name}" "${CMAKE_MATCH_1}")
    list(APPEND checked "${source}")
  endif()
endforeach()

set(violations "")
set(includes 0)
foreach(source IN LISTS checked)
  string(REGEX MATCH "^[^/]+" folder "${source}")
  if(NOT DEFINED "rank_${folder}")
    list(APPEND violations "${source}: its folder ${folder}/ has no place in the order (${ORDER})")
    continue()
  endif()
  file(STRINGS "${ROOT}/${source}" lines REGEX "^[ \t]*#[ \t]*include[ \t]+\"")
  foreach(line IN LISTS lines)
    string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]+\"([^\"]+)\".*" "\\1" included "${line}")
    get_filename_component(name "${included}" NAME)
    if(NOT DEFINED "home_${name}")
      continue() # generated (grpc's .pb.h) or outside this tree
    endif()
    math(EXPR includes "${includes} + 1")
    set(to "${home_${name}}")
    if(NOT FOLDER_NAMES STREQUAL "OFF" AND NOT included STREQUAL "${to}/${name}")
      list(APPEND violations "${source}: #include \"${included}\" names no folder (write \"${to}/${name}\")")
    endif()
    if(NOT to STREQUAL folder AND NOT rank_${to} LESS rank_${folder})
      list(APPEND violations "${source}: #include \"${included}\" (${to}/ is not below ${folder}/)")
    endif()
  endforeach()
endforeach()

# Outside ROOT: the folder rule only.
foreach(user IN LISTS USERS)
  file(GLOB_RECURSE user_sources "${user}/*.h" "${user}/*.cpp")
  foreach(source IN LISTS user_sources)
    file(STRINGS "${source}" lines REGEX "^[ \t]*#[ \t]*include[ \t]+\"")
    foreach(line IN LISTS lines)
      string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]+\"([^\"]+)\".*" "\\1" included "${line}")
      get_filename_component(name "${included}" NAME)
      if(DEFINED "home_${name}" AND NOT included STREQUAL "${home_${name}}/${name}")
        list(APPEND violations "${source}: #include \"${included}\" names no folder (write \"${home_${name}}/${name}\")")
      endif()
    endforeach()
  endforeach()
endforeach()

list(LENGTH checked files)
if(violations)
  list(JOIN violations "\n  " text)
  message(FATAL_ERROR "include order broken (${ORDER}):\n  ${text}")
endif()
message(STATUS "include order holds: ${files} files, ${includes} includes within ${ROOT}")
