# Compile settings shared by every Tidewatch target: warnings are errors in our code only
# (Qt and the other dependencies come in through imported targets, whose headers are system headers).
function(tidewatch_target_defaults target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Werror)
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_USE_QSTRINGBUILDER QT_NO_FOREACH
        QT_NO_URL_CAST_FROM_STRING QT_NO_NARROWING_CONVERSIONS_IN_CONNECT)
endfunction()

# tidewatch_add_library(<name> ALIAS <ns::name> SOURCES ... PUBLIC_LIBS ... PRIVATE_LIBS ...)
function(tidewatch_add_library name)
    cmake_parse_arguments(ARG "" "ALIAS" "SOURCES;PUBLIC_LIBS;PRIVATE_LIBS" ${ARGN})
    add_library(${name} STATIC ${ARG_SOURCES})
    add_library(${ARG_ALIAS} ALIAS ${name})
    target_include_directories(${name} PUBLIC ${CMAKE_CURRENT_SOURCE_DIR})
    target_link_libraries(${name} PUBLIC ${ARG_PUBLIC_LIBS} PRIVATE ${ARG_PRIVATE_LIBS})
    tidewatch_target_defaults(${name})
    if(TIDEWATCH_UNITY_BUILD)
        # Batches of 8: a library's TUs share one parse of the Qt and JSON headers and one copy of the
        # template code they instantiate. A source that cannot share a TU sets SKIP_UNITY_BUILD_INCLUSION.
        set_target_properties(${name} PROPERTIES UNITY_BUILD ON UNITY_BUILD_BATCH_SIZE 8)
    endif()
endfunction()

# mold when it is installed (scripts/setup-deps.sh installs it): ld.bfd took about 17 s to link one
# ASan/UBSan test executable, mold 3 s; with ~150 executables that was most of the build's link time.
function(tidewatch_use_fast_linker)
    find_program(TIDEWATCH_MOLD ld.mold)
    if(TIDEWATCH_MOLD)
        add_link_options(-fuse-ld=mold)
    endif()
endfunction()
