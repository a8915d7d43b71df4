# The Linux .deb: the binary links Debian's Qt; the desktop entry, icons at every size and the
# AppStream metainfo go where desktops look for them.
if(UNIX AND NOT APPLE)
  install(FILES "${CMAKE_CURRENT_SOURCE_DIR}/linux/${REDROSTER_APP_ID}.desktop"
          DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
  configure_file("${CMAKE_CURRENT_SOURCE_DIR}/linux/${REDROSTER_APP_ID}.metainfo.xml"
                 "${CMAKE_CURRENT_BINARY_DIR}/${REDROSTER_APP_ID}.metainfo.xml" @ONLY)
  install(FILES "${CMAKE_CURRENT_BINARY_DIR}/${REDROSTER_APP_ID}.metainfo.xml"
          DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
  install(FILES "${REDROSTER_ICON_SVG}"
          DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps"
          RENAME "${REDROSTER_APP_ID}.svg")
  foreach(size IN LISTS REDROSTER_ICON_PNG_SIZES)
    install(FILES "${REDROSTER_ICON_DIR}/redroster-${size}.png"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps"
            RENAME "${REDROSTER_APP_ID}.png")
  endforeach()
endif()

# Debian: Qt's libraries come from dpkg-shlibdeps; the SQL drivers and the platform plugins are
# plugins it cannot see, and without a CJK font Chinese text is missing from the printed reports.
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "office")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libqt6sql6-sqlite, libqt6svg6, qt6-qpa-plugins, fonts-noto-cjk | fonts-wqy-microhei")
# A team's PostgreSQL server needs the QPSQL driver; Qt's own dialogs in Chinese need Qt's catalog.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libqt6sql6-psql, qt6-translations-l10n")
# The synopsis line is CPACK_PACKAGE_DESCRIPTION_SUMMARY; CPack indents these lines under it.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "A roster of every KOL and KOC with tiers, follower history, pipeline status,\n\
rates, vetting and relationship history; campaigns, post metrics, charts and\n\
printed reports in Chinese or English. A local SQLite file by default; a team\n\
can share one PostgreSQL server.")
