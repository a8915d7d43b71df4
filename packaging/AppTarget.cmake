# What the application target itself carries on each platform (issue 8): the icon and version
# resource in the Windows .exe; the bundle name, identifier, Info.plist and .icns on macOS.
# Called from app/CMakeLists.txt; the icon files come from packaging/icons.

set(REDROSTER_APP_ID "app.redroster.RedRoster")
set(REDROSTER_COPYRIGHT "Copyright (C) 2026 The RedRoster developers. GPL-3.0-or-later.")

# The Info.plist is configured here on every platform, so the packaging tests can check the
# very file a macOS build puts in the bundle.
set(REDROSTER_MACOS_MINIMUM "${CMAKE_OSX_DEPLOYMENT_TARGET}") # 12.0 unless configured otherwise
set(REDROSTER_BUNDLE_NAME "RedRoster")
configure_file("${CMAKE_SOURCE_DIR}/packaging/macos/Info.plist.in"
               "${CMAKE_BINARY_DIR}/packaging/Info.plist" @ONLY)

function(redroster_configure_app_target target)
  add_dependencies(${target} redroster_icons)
  if(WIN32)
    string(REPLACE "." "," version_commas "${PROJECT_VERSION_MAJOR}.${PROJECT_VERSION_MINOR}.${PROJECT_VERSION_PATCH}.0")
    set(REDROSTER_VERSION_COMMAS "${version_commas}")
    file(TO_NATIVE_PATH "${REDROSTER_ICON_DIR}/redroster.ico" REDROSTER_ICO_NATIVE)
    string(REPLACE "\\" "\\\\" REDROSTER_ICO_NATIVE "${REDROSTER_ICO_NATIVE}")
    set(rc "${CMAKE_CURRENT_BINARY_DIR}/redroster.rc")
    configure_file("${CMAKE_SOURCE_DIR}/packaging/windows/redroster.rc.in" "${rc}" @ONLY)
    target_sources(${target} PRIVATE "${rc}")
    set_source_files_properties("${rc}" PROPERTIES OBJECT_DEPENDS "${REDROSTER_ICON_DIR}/redroster.ico")
  elseif(APPLE)
    set(icns "${REDROSTER_ICON_DIR}/redroster.icns")
    set_source_files_properties("${icns}" PROPERTIES GENERATED TRUE MACOSX_PACKAGE_LOCATION Resources)
    set(strings "${CMAKE_SOURCE_DIR}/packaging/macos/zh-Hans.lproj/InfoPlist.strings")
    set_source_files_properties("${strings}" PROPERTIES MACOSX_PACKAGE_LOCATION Resources/zh-Hans.lproj)
    target_sources(${target} PRIVATE "${icns}" "${strings}")
    set_target_properties(${target} PROPERTIES
      OUTPUT_NAME "${REDROSTER_BUNDLE_NAME}" # RedRoster.app
      MACOSX_BUNDLE_INFO_PLIST "${CMAKE_BINARY_DIR}/packaging/Info.plist"
      XCODE_ATTRIBUTE_PRODUCT_BUNDLE_IDENTIFIER "${REDROSTER_APP_ID}")
  endif()
endfunction()
