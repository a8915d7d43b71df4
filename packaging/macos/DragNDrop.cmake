# The macOS disk image: RedRoster.app beside a link to Applications, to drag it onto.
set(CPACK_DMG_VOLUME_NAME "RedRoster ${PROJECT_VERSION}")
set(CPACK_DMG_FORMAT "UDZO")
# No licence click-through: the GPL asks for no agreement, and the tool for it is deprecated.
set(CPACK_DMG_SLA_USE_RESOURCE_FILE_LICENSE OFF)
if(APPLE)
  set(CPACK_GENERATOR "DragNDrop")
  set(CPACK_PACKAGE_ICON "${REDROSTER_ICON_DIR}/redroster.icns") # the mounted volume's icon
  set(CPACK_PACKAGE_FILE_NAME "RedRoster-${PROJECT_VERSION}-macOS")
endif()
