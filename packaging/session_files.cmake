# The files that tie sitbreak into the session: the systemd user unit, the D-Bus activation
# file and the tray's XDG autostart entry. Included by packaging/CMakeLists.txt.
#
# Their contents and one of their places depend on the prefix the files are installed
# under, which is only known at install time (`cmake --install --prefix`, or CPack, which
# installs the same build for /usr): session/install_session_files.cmake makes them then.

# Where systemd's user manager looks for units, relative to the prefix so that a
# /usr/local install lands in /usr/local/lib/systemd/user (also searched): systemd.pc's
# systemduserunitdir with its prefix taken off.
find_package(PkgConfig QUIET)
set(unit_dir_default lib/systemd/user)
if(PKG_CONFIG_FOUND)
  execute_process(
    COMMAND ${PKG_CONFIG_EXECUTABLE} --define-variable=prefix=/PREFIX
            --variable=systemduserunitdir systemd
    OUTPUT_VARIABLE unit_dir OUTPUT_STRIP_TRAILING_WHITESPACE RESULT_VARIABLE status ERROR_QUIET)
  if(status EQUAL 0 AND unit_dir MATCHES "^/PREFIX/(.+)$")
    set(unit_dir_default ${CMAKE_MATCH_1})
  endif()
endif()
set(SITBREAK_SYSTEMD_USER_UNIT_DIR ${unit_dir_default} CACHE STRING
    "Where the systemd user unit goes, relative to the install prefix (or absolute)")

# What the install-time script needs to know, as GNUInstallDirs' relative (or absolute) dirs.
install(CODE "
  set(SITBREAK_SESSION_DIR \"${CMAKE_CURRENT_SOURCE_DIR}/session\")
  set(SITBREAK_BINDIR \"${CMAKE_INSTALL_BINDIR}\")
  set(SITBREAK_UNIT_DIR \"${SITBREAK_SYSTEMD_USER_UNIT_DIR}\")
  set(SITBREAK_DATADIR \"${CMAKE_INSTALL_DATADIR}\")
  set(SITBREAK_SYSCONFDIR \"${CMAKE_INSTALL_SYSCONFDIR}\")
  set(SITBREAK_AUTOSTART_FILE \"$<$<BOOL:${SITBREAK_WITH_TRAY}>:${SITBREAK_ASSETS}/desktop/sitbreak-tray.desktop>\")
")
install(SCRIPT ${CMAKE_CURRENT_SOURCE_DIR}/session/install_session_files.cmake)
