# Windows and macOS packages carry their own Qt: windeployqt / macdeployqt, run at install time
# through Qt's deployment script, copy the Qt libraries, the plugins (platform, styles, image
# formats, SQL drivers, print support) and, on Windows, Qt's translations. Three things they do not
# copy are added here:
#   - libpq and the libraries it loads: the QPSQL plugin alone fails with "driver not loaded";
#   - Qt's Chinese catalog on macOS (macdeployqt deploys no translations), for Qt's own dialogs;
#   - nothing on Linux, where the .deb depends on Debian's Qt instead.
# Reviewed against Qt's "qt_generate_deploy_app_script" (6.4 and 6.5+), "Qt for Windows -
# Deployment" and "Qt for macOS - Deployment".
if(NOT (WIN32 OR APPLE))
  return()
endif()

# Qt 6.4 names the output variable FILENAME_VARIABLE; 6.5 renamed it OUTPUT_SCRIPT.
if(Qt6_VERSION VERSION_GREATER_EQUAL 6.5)
  qt_generate_deploy_app_script(TARGET redroster OUTPUT_SCRIPT redroster_deploy_script)
else()
  qt_generate_deploy_app_script(TARGET redroster FILENAME_VARIABLE redroster_deploy_script)
endif()
install(SCRIPT "${redroster_deploy_script}")

# The PostgreSQL client library. Found through CMake's FindPostgreSQL (set PostgreSQL_ROOT to the
# PostgreSQL install), or named directly with REDROSTER_LIBPQ.
find_package(PostgreSQL QUIET)
set(_rr_libpq_default "")
if(PostgreSQL_LIBRARY)
  get_filename_component(_rr_pq_libdir "${PostgreSQL_LIBRARY}" DIRECTORY)
  if(WIN32)
    set(_rr_libpq_default "${_rr_pq_libdir}/../bin/libpq.dll") # the .lib is in lib/, the DLL in bin/
  else()
    set(_rr_libpq_default "${_rr_pq_libdir}/libpq.5.dylib")
  endif()
  get_filename_component(_rr_libpq_default "${_rr_libpq_default}" REALPATH)
endif()
set(REDROSTER_LIBPQ "${_rr_libpq_default}" CACHE FILEPATH
    "libpq shipped in the package so the QPSQL driver loads (libpq.dll on Windows, libpq.5.dylib on macOS)")

if(WIN32)
  if(EXISTS "${REDROSTER_LIBPQ}")
    configure_file("${CMAKE_CURRENT_SOURCE_DIR}/windows/InstallLibpq.cmake.in"
                   "${CMAKE_CURRENT_BINARY_DIR}/InstallLibpq.cmake" @ONLY)
    install(SCRIPT "${CMAKE_CURRENT_BINARY_DIR}/InstallLibpq.cmake")
  else()
    message(WARNING "libpq.dll not found: the Windows package would not open PostgreSQL servers "
                    "(\"QPSQL driver not loaded\"). Set PostgreSQL_ROOT or REDROSTER_LIBPQ.")
  endif()
elseif(APPLE)
  configure_file("${CMAKE_CURRENT_SOURCE_DIR}/macos/FinishBundle.cmake.in"
                 "${CMAKE_CURRENT_BINARY_DIR}/FinishBundle.cmake" @ONLY)
  install(SCRIPT "${CMAKE_CURRENT_BINARY_DIR}/FinishBundle.cmake")
  # Qt's own catalog for Qt's dialogs and buttons in Chinese; Language.cpp also looks in the
  # bundle's Resources/translations.
  set(_rr_qt_qm "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_TRANSLATIONS}/qtbase_zh_CN.qm")
  if(EXISTS "${_rr_qt_qm}")
    install(FILES "${_rr_qt_qm}" DESTINATION "RedRoster.app/Contents/Resources/translations")
  endif()
endif()
