# The man pages, written in scdoc and turned into gzipped roff at build time. The key list
# of sitbreak.toml(5) is printed by sitbreak_config_keys_scd from config/'s key table.
# Included by packaging/CMakeLists.txt.
add_executable(sitbreak_config_keys_scd ${CMAKE_CURRENT_SOURCE_DIR}/man/config_keys_scd.cpp)
target_link_libraries(sitbreak_config_keys_scd PRIVATE sitbreak_config sitbreak_warnings)

set(man_source ${CMAKE_CURRENT_SOURCE_DIR}/man)
set(man_build ${CMAKE_CURRENT_BINARY_DIR}/man)
set(man_keys ${man_build}/sitbreak.toml.keys.scd)
set(man_render ${man_source}/render_man.cmake)
file(MAKE_DIRECTORY ${man_build})

add_custom_command(
  OUTPUT ${man_keys}
  COMMAND sitbreak_config_keys_scd > ${man_keys}
  DEPENDS sitbreak_config_keys_scd
  COMMENT "Listing the configuration keys for sitbreak.toml(5)")

# page: e.g. sitbreak.1; its source is man/<page>.scd, or man/<page>.scd.in with @KEYS@.
set(man_pages sitbreak.1 sitbreakd.1 sitbreak.toml.5)
if(SITBREAK_WITH_TRAY)
  list(APPEND man_pages sitbreak-tray.1)
endif()
set(man_outputs)
foreach(page IN LISTS man_pages)
  set(source ${man_source}/${page}.scd)
  set(extra_args)
  set(extra_depends)
  if(NOT EXISTS ${source})
    set(source ${source}.in)
    set(extra_args -DKEYS=${man_keys})
    set(extra_depends ${man_keys})
  endif()
  set(output ${man_build}/${page}.gz)
  add_custom_command(
    OUTPUT ${output}
    COMMAND ${CMAKE_COMMAND} -DSOURCE=${source} -DOUTPUT=${output} ${extra_args}
            -P ${man_render}
    DEPENDS ${source} ${man_render} ${extra_depends}
    COMMENT "Rendering the man page ${page}"
    VERBATIM)
  list(APPEND man_outputs ${output})
  string(REGEX MATCH "[0-9]$" section ${page})
  install(FILES ${output} DESTINATION ${CMAKE_INSTALL_MANDIR}/man${section})
endforeach()
add_custom_target(sitbreak_man_pages ALL DEPENDS ${man_outputs})
