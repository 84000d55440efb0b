# cmake -P po/update_pot.cmake with SOURCE_DIR, OUT, XGETTEXT, MSGCAT, CATALOGUE_STRINGS:
# writes the message catalogue's template OUT from the marked strings of the sources
# (daemon/, config/, tray/) and the words of the exercise catalogue. Run by the
# `sitbreak-pot` target (into po/sitbreak.pot) and by the test that checks it is current.
file(GLOB_RECURSE sources RELATIVE ${SOURCE_DIR}
  ${SOURCE_DIR}/daemon/*.cpp ${SOURCE_DIR}/daemon/*.hpp
  ${SOURCE_DIR}/config/*.cpp ${SOURCE_DIR}/config/*.hpp
  ${SOURCE_DIR}/tray/*.cpp ${SOURCE_DIR}/tray/*.hpp)
list(FILTER sources EXCLUDE REGEX "catalogue_strings\\.cpp$")
list(SORT sources)
get_filename_component(work ${OUT} DIRECTORY)
string(RANDOM LENGTH 8 tag)
set(code_pot ${OUT}.code-${tag})
set(catalogue_pot ${OUT}.catalogue-${tag})
execute_process(
  COMMAND ${XGETTEXT} --language=C++ --from-code=UTF-8 --add-comments=TRANSLATORS:
          --keyword --keyword=tr --keyword=tr_format --keyword=tr_n:1,2 --keyword=tr_n_format:1,2
          --keyword=N_ --keyword=_ --keyword=wxPLURAL:1,2 --keyword=wxTRANSLATE
          --package-name=sitbreak
          --sort-by-file --no-wrap -o ${code_pot} ${sources}
  WORKING_DIRECTORY ${SOURCE_DIR} RESULT_VARIABLE failed)
if(failed)
  message(FATAL_ERROR "xgettext failed")
endif()
execute_process(
  COMMAND ${CATALOGUE_STRINGS} ${SOURCE_DIR}/assets/exercises/catalogue.toml
          assets/exercises/catalogue.toml
  OUTPUT_FILE ${catalogue_pot} RESULT_VARIABLE failed)
if(failed)
  message(FATAL_ERROR "catalogue_strings failed")
endif()
execute_process(COMMAND ${MSGCAT} --use-first --no-wrap -o ${OUT} ${code_pot} ${catalogue_pot}
                RESULT_VARIABLE failed)
file(REMOVE ${code_pot} ${catalogue_pot})
if(failed)
  message(FATAL_ERROR "msgcat failed")
endif()
# The date of each run would make every regeneration a change.
file(READ ${OUT} text)
string(REGEX REPLACE "\"POT-Creation-Date: [^\"]*\"\n" "" text "${text}")
file(WRITE ${OUT} "${text}")
