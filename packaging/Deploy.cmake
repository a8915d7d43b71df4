# Windows and macOS packages carry their own Qt: windeployqt / macdeployqt, run at install time
# through Qt's deployment support, copy the Qt libraries and the plugins (platform, styles, image
# formats, icon engines, SQL drivers) and, on Windows, Qt's translations. What they do not copy is
# added here:
#   - libpq and the libraries it loads: the QPSQL plugin alone fails with "driver not loaded";
#   - on Windows, the other non-Qt DLLs (vcpkg's libxlsxwriter and zlib) and the MSVC runtime;
#   - on macOS, Qt's Chinese catalog (macdeployqt deploys no translations).
# Linux needs none of it: the .deb depends on Debian's Qt.
# Reviewed against Qt's qt_generate_deploy_app_script / qt_deploy_runtime_dependencies (6.4 and
# 6.5+), "Qt for Windows - Deployment" and "Qt for macOS - Deployment".
if(NOT (WIN32 OR APPLE))
  return()
endif()

# The PostgreSQL client library: through FindPostgreSQL (set PostgreSQL_ROOT to the PostgreSQL or
# libpq install) or named directly with REDROSTER_LIBPQ.
find_package(PostgreSQL QUIET)
set(_rr_libpq_default "")
if(PostgreSQL_LIBRARY)
  get_filename_component(_rr_pq_libdir "${PostgreSQL_LIBRARY}" DIRECTORY)
  if(WIN32)
    get_filename_component(_rr_libpq_default "${_rr_pq_libdir}/../bin/libpq.dll" ABSOLUTE) # .lib in lib/, DLL in bin/
  else()
    set(_rr_libpq_default "${_rr_pq_libdir}/libpq.5.dylib")
  endif()
endif()
set(REDROSTER_LIBPQ "${_rr_libpq_default}" CACHE FILEPATH
    "libpq shipped in the package so the QPSQL driver loads (libpq.dll on Windows, libpq.5.dylib on macOS)")
if(NOT EXISTS "${REDROSTER_LIBPQ}")
  message(WARNING "libpq not found: the package would not open PostgreSQL servers (\"QPSQL driver not "
                  "loaded\"). Set PostgreSQL_ROOT or REDROSTER_LIBPQ.")
endif()

if(WIN32)
  # Qt 6.4 names the output variable FILENAME_VARIABLE; 6.5 renamed it OUTPUT_SCRIPT and lets the
  # compiler runtime be left to InstallRequiredSystemLibraries below (windeployqt would add only
  # vc_redist.x64.exe, which no installer runs).
  if(Qt6_VERSION VERSION_GREATER_EQUAL 6.5)
    qt_generate_deploy_app_script(TARGET redroster OUTPUT_SCRIPT _rr_deploy_script NO_COMPILER_RUNTIME)
  else()
    qt_generate_deploy_app_script(TARGET redroster FILENAME_VARIABLE _rr_deploy_script)
  endif()
  install(SCRIPT "${_rr_deploy_script}")

  # vcruntime140*.dll and msvcp140*.dll beside redroster.exe: a clean Windows lacks them.
  set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION "${CMAKE_INSTALL_BINDIR}")
  include(InstallRequiredSystemLibraries)

  # Non-Qt DLLs: those redroster.exe loads (libxlsxwriter, zlib) and libpq with its own.
  set(_rr_dll_dirs "")
  foreach(lib IN ITEMS "${REDROSTER_LIBPQ}" "${XLSXWRITER_LIBRARY}")
    if(lib)
      get_filename_component(dir "${lib}" DIRECTORY)
      get_filename_component(bin "${dir}/../bin" ABSOLUTE) # import libraries in lib/, DLLs in bin/
      list(APPEND _rr_dll_dirs "${dir}" "${bin}")
    endif()
  endforeach()
  set(REDROSTER_DLL_DIRS "") # quoted, for folders with spaces ("C:/Program Files/PostgreSQL/17/bin")
  foreach(dir IN LISTS _rr_dll_dirs)
    string(APPEND REDROSTER_DLL_DIRS " \"${dir}\"")
  endforeach()
  configure_file("${CMAKE_CURRENT_SOURCE_DIR}/windows/InstallDlls.cmake.in"
                 "${CMAKE_CURRENT_BINARY_DIR}/InstallDlls.cmake" @ONLY)
  install(SCRIPT "${CMAKE_CURRENT_BINARY_DIR}/InstallDlls.cmake")

elseif(APPLE)
  # 1. libpq into the bundle before macdeployqt, which then copies the libraries it loads
  #    (OpenSSL, Kerberos) and rewrites their paths.
  configure_file("${CMAKE_CURRENT_SOURCE_DIR}/macos/StageLibpq.cmake.in"
                 "${CMAKE_CURRENT_BINARY_DIR}/StageLibpq.cmake" @ONLY)
  install(SCRIPT "${CMAKE_CURRENT_BINARY_DIR}/StageLibpq.cmake")
  # 2. macdeployqt through Qt's deployment support. Written here rather than by
  #    qt_generate_deploy_app_script, whose macOS script passes -appstore-compliant: that skips
  #    the PostgreSQL driver. Same on Qt 6.4 and 6.5+.
  set(_rr_extra "")
  if(EXISTS "${REDROSTER_LIBPQ}")
    set(_rr_extra "ADDITIONAL_LIBRARIES RedRoster.app/Contents/Frameworks/libpq.5.dylib")
  endif()
  file(GENERATE OUTPUT "${CMAKE_CURRENT_BINARY_DIR}/deploy_redroster_$<CONFIG>.cmake" CONTENT "
include(\"${QT_DEPLOY_SUPPORT}\")
qt_deploy_runtime_dependencies(EXECUTABLE RedRoster.app NO_APP_STORE_COMPLIANCE ${_rr_extra})
")
  install(SCRIPT "${CMAKE_CURRENT_BINARY_DIR}/deploy_redroster_$<CONFIG>.cmake")
  # 3. Qt's own catalog, for Qt's dialogs and buttons in Chinese; Language.cpp also looks in the
  #    bundle's Resources/translations. Before the signature in step 4.
  set(_rr_qt_qm "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_TRANSLATIONS}/qtbase_zh_CN.qm")
  if(EXISTS "${_rr_qt_qm}")
    install(FILES "${_rr_qt_qm}" DESTINATION "RedRoster.app/Contents/Resources/translations")
  endif()
  # 4. The PostgreSQL driver pointed at the bundle's libpq, nothing left linking outside the
  #    bundle, and an ad hoc signature.
  configure_file("${CMAKE_CURRENT_SOURCE_DIR}/macos/FinishBundle.cmake.in"
                 "${CMAKE_CURRENT_BINARY_DIR}/FinishBundle.cmake" @ONLY)
  install(SCRIPT "${CMAKE_CURRENT_BINARY_DIR}/FinishBundle.cmake")
endif()
