# The exercise figures (assets/exercises/figures/<id>-<n>.svg), staged in the build tree
# and installed. The top-level CMakeLists includes this file; it defines
#
#   SITBREAK_RSVG_CONVERT     rsvg-convert (Debian: librsvg2-bin), required
#   SITBREAK_STAGED_DATA_DIR  ${CMAKE_BINARY_DIR}/share/sitbreak: the data as installed
#                             under share/sitbreak, so that programs and tests can run
#                             from the build tree (a plain variable of the including scope)
#   sitbreak_figures          an ALL target that copies every SVG to
#                             ${SITBREAK_STAGED_DATA_DIR}/exercises/figures and renders
#                             each first pose (<id>-1.svg) to <id>-1.png, 240x160, beside
#                             it: the picture a notification can show
#
# and installs the SVGs and the PNGs to ${CMAKE_INSTALL_DATADIR}/sitbreak/exercises/figures.
include_guard(GLOBAL)
include(GNUInstallDirs)

find_program(SITBREAK_RSVG_CONVERT rsvg-convert REQUIRED)

set(SITBREAK_STAGED_DATA_DIR ${CMAKE_BINARY_DIR}/share/sitbreak)
set(sitbreak_figures_staged ${SITBREAK_STAGED_DATA_DIR}/exercises/figures)

file(GLOB sitbreak_figures_svgs CONFIGURE_DEPENDS
     ${PROJECT_SOURCE_DIR}/assets/exercises/figures/*.svg)
list(SORT sitbreak_figures_svgs)

set(sitbreak_figures_outputs)
set(sitbreak_figures_pngs)
foreach(svg IN LISTS sitbreak_figures_svgs)
  cmake_path(GET svg FILENAME name)
  cmake_path(GET svg STEM LAST_ONLY stem)
  add_custom_command(
    OUTPUT ${sitbreak_figures_staged}/${name}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${sitbreak_figures_staged}
    COMMAND ${CMAKE_COMMAND} -E copy ${svg} ${sitbreak_figures_staged}/${name}
    DEPENDS ${svg}
    COMMENT "Staging exercise figure ${name}"
    VERBATIM)
  list(APPEND sitbreak_figures_outputs ${sitbreak_figures_staged}/${name})
  if(stem MATCHES "-1$")
    add_custom_command(
      OUTPUT ${sitbreak_figures_staged}/${stem}.png
      COMMAND ${CMAKE_COMMAND} -E make_directory ${sitbreak_figures_staged}
      COMMAND ${SITBREAK_RSVG_CONVERT} --width 240 --height 160
              --output ${sitbreak_figures_staged}/${stem}.png ${svg}
      DEPENDS ${svg}
      COMMENT "Rendering exercise figure ${stem}.png"
      VERBATIM)
    list(APPEND sitbreak_figures_outputs ${sitbreak_figures_staged}/${stem}.png)
    list(APPEND sitbreak_figures_pngs ${sitbreak_figures_staged}/${stem}.png)
  endif()
endforeach()

# A figure removed from the sources leaves the staged tree at the next configure (the glob
# above reconfigures when the directory's list of SVGs changes), so that nothing run from
# the build tree finds a pose the install would not have.
file(GLOB sitbreak_figures_old ${sitbreak_figures_staged}/*)
foreach(old IN LISTS sitbreak_figures_old)
  if(NOT old IN_LIST sitbreak_figures_outputs)
    file(REMOVE ${old})
  endif()
endforeach()

add_custom_target(sitbreak_figures ALL DEPENDS ${sitbreak_figures_outputs})

if(sitbreak_figures_svgs)
  install(FILES ${sitbreak_figures_svgs} ${sitbreak_figures_pngs}
          DESTINATION ${CMAKE_INSTALL_DATADIR}/sitbreak/exercises/figures)
endif()
