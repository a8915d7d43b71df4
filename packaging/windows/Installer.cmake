# The Windows installer. NSIS (`cpack -G NSIS64`) is the default; WiX (`cpack -G WIX`) makes an
# MSI for administrators who deploy by group policy. Both put a RedRoster entry in the Start
# menu, show the icon in Apps & features, and uninstall; upgrades replace the installed version.
# These settings do nothing for the other generators, so they are set on every platform: the
# packaging tests build an NSIS installer here as a dry run of this script.
# Forward slashes, which makensis accepts: CPack writes these values into CPackConfig.cmake
# unescaped, where a Windows path's backslashes would be read as escapes.
set(_rr_ico "${REDROSTER_ICON_DIR}/redroster.ico")

set(CPACK_NSIS_PACKAGE_NAME "RedRoster")
set(CPACK_NSIS_DISPLAY_NAME "RedRoster")
set(CPACK_NSIS_MUI_ICON "${_rr_ico}")
set(CPACK_NSIS_MUI_UNIICON "${_rr_ico}")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\redroster.exe") # the icon in Apps & features
set(CPACK_NSIS_EXECUTABLES_DIRECTORY "bin")
set(CPACK_NSIS_INSTALL_ROOT "$PROGRAMFILES64") # a 64-bit build
set(CPACK_NSIS_MUI_FINISHPAGE_RUN "redroster.exe")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_CONTACT "${CPACK_PACKAGE_CONTACT}")
# The same registry key and folder for every version (CPACK_PACKAGE_INSTALL_REGISTRY_KEY); an
# installed older version is uninstalled first instead of being installed over.
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
# The uninstaller leaves the user's database and settings: they live in the user's profile.

# WiX: the upgrade code never changes, so each new MSI replaces the installed one.
set(CPACK_WIX_UPGRADE_GUID "7F3C2A61-5B8E-4D0F-9A47-2E6B1C8D4F93")
set(CPACK_WIX_PRODUCT_ICON "${_rr_ico}")
set(CPACK_WIX_PROGRAM_MENU_FOLDER "RedRoster")
set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT "${PROJECT_HOMEPAGE_URL}")

if(WIN32)
  set(CPACK_GENERATOR "NSIS64")
endif()
