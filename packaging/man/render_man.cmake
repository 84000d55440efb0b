# cmake -DOUTPUT=page.N.gz -DSOURCE=page.N.scd[.in] [-DKEYS=keys.scd] -P render_man.cmake
#
# Turns one scdoc source into a man page compressed as Debian wants it (gzip -9n: no name or
# time stamp, so the package is reproducible). A source ending in .in gets the generated
# key list in place of its @KEYS@ line.
#
# scdoc is looked up here, at build time, not when CMake configures: a build tree configured
# before scdoc was installed then picks it up without being configured again.
cmake_minimum_required(VERSION 3.25)
foreach(required OUTPUT SOURCE)
  if(NOT DEFINED ${required})
    message(FATAL_ERROR "render_man.cmake: ${required} is not set")
  endif()
endforeach()
find_program(SCDOC scdoc)
find_program(GZIP gzip)
if(NOT SCDOC OR NOT GZIP)
  message(FATAL_ERROR "The man pages need scdoc and gzip: install them (apt-get install scdoc gzip).")
endif()

get_filename_component(name "${OUTPUT}" NAME)
string(REGEX REPLACE "\\.gz$" "" roff "${OUTPUT}")
set(source "${SOURCE}")
if(SOURCE MATCHES "\\.in$")
  file(READ "${SOURCE}" template)
  file(READ "${KEYS}" keys)
  string(REPLACE "@KEYS@\n" "${keys}" text "${template}")
  set(source "${roff}.scd")
  file(WRITE "${source}" "${text}")
endif()

execute_process(COMMAND "${SCDOC}" INPUT_FILE "${source}" OUTPUT_FILE "${roff}"
                ERROR_VARIABLE problem RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "scdoc could not turn ${SOURCE} into ${name}: ${problem}")
endif()
execute_process(COMMAND "${GZIP}" -9nf "${roff}" RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "gzip could not compress ${roff}")
endif()
