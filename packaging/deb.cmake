# The Debian package, built by CPack: run `cpack` in the build directory (or build the
# `package` target) to get sitbreak_<version>_<arch>.deb. Included by
# packaging/CMakeLists.txt; tests/packaging builds it and runs lintian on it.
set(SITBREAK_DEB_MAINTAINER "sitbreak maintainers <maintainers@users.noreply.h-seed-d706b739.example>"
    CACHE STRING "The Maintainer field of the .deb: Name <address>")
# sitbreak has no public home page yet; the field is left out rather than made up.
set(SITBREAK_HOMEPAGE "" CACHE STRING "The Homepage field of the .deb (left out when empty)")

# Debian wants a changelog and the copyright in /usr/share/doc/sitbreak, compressed with
# gzip -9n. A version without a Debian revision makes this a native package, whose
# changelog is named changelog.gz.
configure_file(debian/changelog.in ${CMAKE_CURRENT_BINARY_DIR}/debian/changelog @ONLY)
add_custom_command(
  OUTPUT ${CMAKE_CURRENT_BINARY_DIR}/debian/changelog.gz
  COMMAND gzip -9n -c ${CMAKE_CURRENT_BINARY_DIR}/debian/changelog
          > ${CMAKE_CURRENT_BINARY_DIR}/debian/changelog.gz
  DEPENDS ${CMAKE_CURRENT_BINARY_DIR}/debian/changelog
  COMMENT "Compressing the Debian changelog")
add_custom_target(sitbreak_deb_changelog ALL DEPENDS ${CMAKE_CURRENT_BINARY_DIR}/debian/changelog.gz)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/debian/changelog.gz DESTINATION ${CMAKE_INSTALL_DOCDIR})

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME sitbreak)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "The sitbreak developers")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "reminder to get up and move after an hour of sitting")
# The extended description: dpkg wants lines under 80 columns; CPack indents them and turns
# the empty line into " .".
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION [=[sitbreak watches keyboard and mouse activity to measure how long you have been
sitting without a break. After an hour of continuous sitting it asks you to
stand up and do 10 glute bridges or a 30-second glute squeeze. Walking away
for a few minutes counts as a break. History and a streak of kept days are
stored in a local SQLite database.

The package holds sitbreakd, a small daemon started by systemd or D-Bus
activation; sitbreak, its command-line client (also for waybar); and
sitbreak-tray, a tray icon with a prompt popup, statistics and preferences.]=])
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${SITBREAK_DEB_MAINTAINER}")
if(SITBREAK_HOMEPAGE)
  set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${SITBREAK_HOMEPAGE}")
endif()
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
# Library dependencies come from dpkg-shlibdeps; the session bus is not a library.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "default-dbus-session-bus | dbus-session-bus")
# schedule.quiet_when = "call" asks the sound server through libpulse, which the daemon's
# microphone helper loads (dlopen) while it runs: dpkg-shlibdeps cannot see it either.
string(APPEND CPACK_DEBIAN_PACKAGE_RECOMMENDS ", libpulse0")
# The guided reps' tick (prompt.sound = "tick") plays the theme's audio-volume-change through
# libcanberra, which the tray loads (dlopen) only then: dpkg-shlibdeps cannot see it.
if(SITBREAK_BUILD_TRAY)
  string(APPEND CPACK_DEBIAN_PACKAGE_RECOMMENDS ", libcanberra0, sound-theme-freedesktop")
  # wxWidgets' own words (stock buttons) in the user's language, read from wx's catalogue.
  string(APPEND CPACK_DEBIAN_PACKAGE_RECOMMENDS ", wx3.2-i18n")
endif()
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_STRIP_FILES ON)
# Install for /usr into a staging DESTDIR, so that paths made at install time (ExecStart=,
# /etc/xdg/autostart; see session_files.cmake) are the package's, not the build's.
# In DESTDIR mode CPack installs under CPACK_INSTALL_PREFIX (the build's own prefix when
# unset, /usr/local by default), not CPACK_PACKAGING_INSTALL_PREFIX.
set(CPACK_SET_DESTDIR ON)
set(CPACK_INSTALL_PREFIX /usr)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
if(SITBREAK_WITH_TRAY)
  # The tray loads these with dlopen (tray/appindicator_library.hpp, the popup's layer
  # surface in tray/windows/popup_surface.cpp), so dpkg-shlibdeps cannot see them; CPack
  # appends its findings to this.
  set(CPACK_DEBIAN_PACKAGE_DEPENDS "libayatana-appindicator3-1, libgtk-layer-shell0")
  # A file under /etc is the admin's to edit: dpkg keeps their changes on upgrade.
  file(WRITE ${CMAKE_CURRENT_BINARY_DIR}/debian/conffiles "/etc/xdg/autostart/sitbreak-tray.desktop\n")
  set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA ${CMAKE_CURRENT_BINARY_DIR}/debian/conffiles)
endif()
# `package_source` would otherwise pack build trees and .git too.
set(CPACK_SOURCE_GENERATOR TGZ)
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build[^/]*/")
include(CPack)
