# Installation layout and the Debian package (`scripts/package`, CPack DEB).
#
# The programs carry their reference data and translations compiled in; what is installed beside
# them is for the desktop (menu entry, icon, file types, AppStream), the manual pages, the demo case
# and the licences.
include(GNUInstallDirs)

set(ONCOBOARD_APP_ID org.oncoboard.OncoBoard)
set(desktop_dir ${PROJECT_SOURCE_DIR}/resources/desktop)
set(packaging_dir ${PROJECT_SOURCE_DIR}/resources/packaging)

install(FILES ${desktop_dir}/${ONCOBOARD_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${desktop_dir}/${ONCOBOARD_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${desktop_dir}/${ONCOBOARD_APP_ID}.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/oncoboard.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
        RENAME ${ONCOBOARD_APP_ID}.svg)
# The demo case, for the welcome page's "Open the demo case" and for trying the command line (its
# origin and licence: /usr/share/doc/oncoboard/sources/demo.md).
install(FILES ${PROJECT_SOURCE_DIR}/resources/demo/T001-COAD.grch37.vcf.gz
              ${PROJECT_SOURCE_DIR}/resources/demo/T001-COAD.grch37.cna.tsv
        DESTINATION ${CMAKE_INSTALL_DATADIR}/oncoboard/demo)

# Licences and attribution: the Debian copyright file, the data's origin and each source's notes.
set(doc_dir ${CMAKE_INSTALL_DATADIR}/doc/oncoboard)
install(FILES ${packaging_dir}/copyright ${PROJECT_SOURCE_DIR}/resources/ATTRIBUTION.md DESTINATION ${doc_dir})
file(GLOB_RECURSE source_notes RELATIVE ${PROJECT_SOURCE_DIR}/resources CONFIGURE_DEPENDS
     ${PROJECT_SOURCE_DIR}/resources/*/SOURCE.md)
foreach(note IN LISTS source_notes)
    get_filename_component(folder ${note} DIRECTORY)
    string(REPLACE "/" "-" name ${folder})
    install(FILES ${PROJECT_SOURCE_DIR}/resources/${note} DESTINATION ${doc_dir}/sources RENAME ${name}.md)
endforeach()

# Manual pages from the programs' own --help (help2man), gzipped without a timestamp.
find_program(HELP2MAN_EXECUTABLE help2man)
find_program(GZIP_EXECUTABLE gzip)
if(HELP2MAN_EXECUTABLE AND GZIP_EXECUTABLE)
    set(man_dir ${PROJECT_BINARY_DIR}/man)
    set(man_pages)
    foreach(program IN ITEMS oncoboard-cli oncoboard)
        if(program STREQUAL "oncoboard-cli")
            set(what "annotate tumor sequencing results against a local knowledge base (command line)")
        else()
            set(what "review tumor sequencing results for a molecular tumor board")
        endif()
        add_custom_command(
            OUTPUT ${man_dir}/${program}.1.gz
            COMMAND ${CMAKE_COMMAND} -E make_directory ${man_dir}
            COMMAND ${CMAKE_COMMAND} -E env QT_QPA_PLATFORM=offscreen
                    ${HELP2MAN_EXECUTABLE} --no-info --section=1
                    --name=${what} --version-string=${PROJECT_VERSION}
                    --include=${packaging_dir}/${program}.h2m
                    --output=${man_dir}/${program}.1 $<TARGET_FILE:${program}>
            COMMAND ${GZIP_EXECUTABLE} -9nf ${man_dir}/${program}.1
            DEPENDS ${program} ${packaging_dir}/${program}.h2m
            COMMENT "Manual page of ${program}"
            VERBATIM)
        list(APPEND man_pages ${man_dir}/${program}.1.gz)
    endforeach()
    add_custom_target(man_pages ALL DEPENDS ${man_pages})
    install(FILES ${man_pages} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
else()
    message(STATUS "help2man not found: no manual pages (scripts/setup installs it)")
endif()

if(GZIP_EXECUTABLE)
    add_custom_command(
        OUTPUT ${PROJECT_BINARY_DIR}/packaging/changelog.gz
        COMMAND ${CMAKE_COMMAND} -E make_directory ${PROJECT_BINARY_DIR}/packaging
        COMMAND ${GZIP_EXECUTABLE} -9nc ${packaging_dir}/changelog > ${PROJECT_BINARY_DIR}/packaging/changelog.gz
        DEPENDS ${packaging_dir}/changelog
        VERBATIM)
    add_custom_target(packaging_changelog ALL DEPENDS ${PROJECT_BINARY_DIR}/packaging/changelog.gz)
    install(FILES ${PROJECT_BINARY_DIR}/packaging/changelog.gz DESTINATION ${doc_dir})
endif()

# The Debian package.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME oncoboard)
set(CPACK_PACKAGE_VENDOR "OncoBoard developers")
set(CPACK_PACKAGE_CONTACT "OncoBoard developers <maintainers@oncoboard.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "review tumor sequencing results for a molecular tumor board")
set(CPACK_PACKAGE_DESCRIPTION
    "OncoBoard reads a patient's tumor sequencing results (VCF, BCF, MAF, copy
number, fusions, clinical data, TMB and MSI), matches each alteration against
a local, versioned knowledge base (CIViC bundled) with the tumor type taken
into account, and tiers the findings by AMP/ASCO/CAP 2017, ESCAT and OncoKB-
style levels, explaining each call. The board reviews the variants, builds a
treatment plan and signs it off; OncoBoard writes a PDF case summary, JSON and
HL7 FHIR Genomics Reporting. It works offline: patient data never leaves the
machine.
.
The package holds the desktop application (oncoboard), the command line
(oncoboard-cli) and a demo case in /usr/share/oncoboard/demo.")
set(CPACK_PACKAGE_HOMEPAGE_URL ${PROJECT_HOMEPAGE_URL})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Loaded at run time, so dpkg-shlibdeps does not see them: the SQL drivers of the case store, the
# window system and SVG icon plugins.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6sql6-psql, qt6-qpa-plugins, libqt6svg6")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "postgresql-client")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
include(CPack)
