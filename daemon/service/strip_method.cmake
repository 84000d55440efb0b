# cmake -DIN=contract.xml -DOUT=adaptor-input.xml -DMETHOD=Name -P strip_method.cmake
#
# Copies the D-Bus contract without one <method> element. The daemon registers that method
# by hand (it writes its large reply straight into the message) while the generated adaptor
# keeps everything else; the introspection data a client sees is the same either way.
file(READ "${IN}" xml)
string(REGEX REPLACE "<method name=\"${METHOD}\">[^<]*(<arg [^>]*/>[^<]*)*</method>" "" stripped "${xml}")
if(stripped STREQUAL xml)
  message(FATAL_ERROR "${IN} has no <method name=\"${METHOD}\"> to strip")
endif()
file(WRITE "${OUT}" "${stripped}")
