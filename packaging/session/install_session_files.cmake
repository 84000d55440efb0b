# Run by `cmake --install` (and CPack) after session_files.cmake set the SITBREAK_* dirs:
# writes the systemd user unit and the D-Bus activation file with sitbreakd's installed path,
# and puts the tray's autostart entry where XDG autostart looks.
#
# The files are written straight to their destination, not configured into the build tree
# first, so that a `sudo cmake --install` leaves nothing owned by root behind in the build.

# cmake_install.cmake sets no policies; this file wants today's (no @VAR@ in plain arguments).
cmake_policy(PUSH)
cmake_policy(VERSION 3.25)

# An install dir as an absolute path, like GNUInstallDirs' CMAKE_INSTALL_FULL_<dir>.
function(sitbreak_full_dir out dir)
  if(IS_ABSOLUTE "${dir}")
    set(${out} "${dir}" PARENT_SCOPE)
  else()
    set(${out} "${CMAKE_INSTALL_PREFIX}/${dir}" PARENT_SCOPE)
  endif()
endfunction()

# Writes `text` as `dir`/`name` under DESTDIR and records it for install_manifest.txt.
function(sitbreak_install_text dir name text)
  set(path "$ENV{DESTDIR}${dir}/${name}")
  message(STATUS "Installing: ${path}")
  file(WRITE "${path}" "${text}")
  file(CHMOD "${path}" PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ WORLD_READ)
  set(CMAKE_INSTALL_MANIFEST_FILES ${CMAKE_INSTALL_MANIFEST_FILES} "${dir}/${name}" PARENT_SCOPE)
endfunction()

sitbreak_full_dir(bindir "${SITBREAK_BINDIR}")
set(SITBREAKD_PATH "${bindir}/sitbreakd")

sitbreak_full_dir(unit_dir "${SITBREAK_UNIT_DIR}")
file(READ "${SITBREAK_SESSION_DIR}/sitbreakd.service.in" template)
string(CONFIGURE "${template}" unit @ONLY)
sitbreak_install_text("${unit_dir}" sitbreakd.service "${unit}")

sitbreak_full_dir(datadir "${SITBREAK_DATADIR}")
file(READ "${SITBREAK_SESSION_DIR}/org.sitbreak.Sitbreak1.service.in" template)
string(CONFIGURE "${template}" activation @ONLY)
sitbreak_install_text("${datadir}/dbus-1/services" org.sitbreak.Sitbreak1.service "${activation}")

# XDG autostart reads $XDG_CONFIG_DIRS/autostart, /etc/xdg/autostart by default. Like
# GNUInstallDirs, the prefix /usr means /etc; any other prefix gets its own etc/ (which a
# session reads only if XDG_CONFIG_DIRS names it).
if(SITBREAK_AUTOSTART_FILE)
  if(IS_ABSOLUTE "${SITBREAK_SYSCONFDIR}")
    set(sysconfdir "${SITBREAK_SYSCONFDIR}")
  elseif(CMAKE_INSTALL_PREFIX STREQUAL "/usr")
    set(sysconfdir "/${SITBREAK_SYSCONFDIR}")
  else()
    set(sysconfdir "${CMAKE_INSTALL_PREFIX}/${SITBREAK_SYSCONFDIR}")
  endif()
  file(INSTALL DESTINATION "${sysconfdir}/xdg/autostart" TYPE FILE
       FILES "${SITBREAK_AUTOSTART_FILE}")
endif()
cmake_policy(POP)
