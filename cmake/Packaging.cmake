# What `cmake --install` puts in place, under any CMAKE_INSTALL_PREFIX, and how `cpack -G DEB` packages it.
# The executable and its print and speech modules (Qt plugins in ${CMAKE_INSTALL_LIBDIR}/pilotzones) are installed
# by app/CMakeLists.txt. The translations are Qt resources inside the executable, so there are no .qm files.
# tests/packaging/install-test.sh checks the installed tree.
include(GNUInstallDirs)

# The date of the release of PROJECT_VERSION, for the AppStream release, the manual and the Debian changelog.
set(PILOTZONES_RELEASE_DATE 2026-12-01)

set(packaging_dir ${PROJECT_BINARY_DIR}/packaging)
configure_file(${PROJECT_SOURCE_DIR}/resources/desktop/${PILOTZONES_APP_ID}.metainfo.xml.in
    ${packaging_dir}/${PILOTZONES_APP_ID}.metainfo.xml @ONLY)
configure_file(${PROJECT_SOURCE_DIR}/resources/man/pilotzones.1.in ${packaging_dir}/pilotzones.1 @ONLY)
configure_file(${PROJECT_SOURCE_DIR}/resources/debian/changelog.in ${packaging_dir}/changelog.Debian @ONLY)
# Compressed as Debian policy wants them (-n: no name or time stamp, so the output is reproducible). They are
# made at configure time, which reruns when a template changes, so that any build target leaves them ready.
foreach(file pilotzones.1 changelog.Debian)
    execute_process(COMMAND gzip -9n -c ${packaging_dir}/${file}
        OUTPUT_FILE ${packaging_dir}/${file}.gz COMMAND_ERROR_IS_FATAL ANY)
endforeach()

install(FILES ${PROJECT_SOURCE_DIR}/resources/desktop/${PILOTZONES_APP_ID}.desktop
    DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${packaging_dir}/${PILOTZONES_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/${PILOTZONES_APP_ID}.svg
    DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
foreach(size 16 22 24 32 48 64 128 256)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/${size}x${size}/${PILOTZONES_APP_ID}.png
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
endforeach()
install(FILES ${packaging_dir}/pilotzones.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
# The package's name, not PROJECT_NAME as CMAKE_INSTALL_DOCDIR would have it: Debian looks here.
install(FILES ${PROJECT_SOURCE_DIR}/resources/debian/copyright ${packaging_dir}/changelog.Debian.gz
    DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/pilotzones)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME pilotzones)
set(CPACK_PACKAGE_VENDOR "The Pilot Zones developers")
set(CPACK_PACKAGE_CONTACT "The Pilot Zones developers <pilotzones@users.noreply.github.com>")
set(CPACK_PACKAGE_HOMEPAGE_URL https://github.com/pilotzones/pilotzones)
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "reader for a news article on China's four AI pilot zones")
# No ASCII double quotes inside: CPack's generated config would split the text at them.
set(CPACK_PACKAGE_DESCRIPTION "Pilot Zones is a desktop reader for one news article, “Shenzhen one of four AI
zones”: read it, browse the four national AI pilot cities (Hefei, Hangzhou,
Shenzhen, Tianjin) with each city's mandate, facts and mentions, and comment
on it. Comments go to a Waline comment server, or stay on this computer when
no server is configured. The interface is in English and Simplified Chinese.")
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_SECTION news)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# The libraries the executable links come from dpkg-shlibdeps. Qt loads these plugins at run time, where
# dpkg-shlibdeps cannot see them: the platform plugins (xcb, wayland) to open a window at all, and the SQLite
# driver for the comment store.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6sql6-sqlite")
# Qt's own strings (dialog buttons, context menus) in Chinese; the app's own are built in.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
# lintian on the package (scripts/test.sh runs it in CI) reports no errors. The warning that stays:
#   initial-upload-closes-no-bugs: the package is not uploaded to Debian, so there is no ITP bug to close.
# and for information only: binary-has-unneeded-section .comment (cpack's strip keeps the compiler's note).
include(CPack)
