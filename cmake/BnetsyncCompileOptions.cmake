# One interface target carries every compile setting the project's own targets share:
# warnings, strict Qt macros and sanitizers. Targets link it PRIVATE.
add_library(bnetsync_compile_options INTERFACE)

target_compile_features(bnetsync_compile_options INTERFACE cxx_std_20)

target_compile_options(bnetsync_compile_options INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
    -Woverloaded-virtual -Wnull-dereference -Wimplicit-fallthrough
    # Aggregates with default member initializers are meant to be filled partially.
    -Wno-missing-field-initializers)

if(BNETSYNC_WARNINGS_AS_ERRORS)
    target_compile_options(bnetsync_compile_options INTERFACE -Werror)
endif()

# Strings must say what they are: no implicit conversions between QString, char* and QUrl.
target_compile_definitions(bnetsync_compile_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_KEYWORDS
    QT_NO_FOREACH
    QT_USE_QSTRINGBUILDER
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_UP_TO=0x060400)

if(BNETSYNC_SANITIZE)
    target_compile_options(bnetsync_compile_options INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(bnetsync_compile_options INTERFACE -fsanitize=address,undefined)
endif()

# Sources whose strings are translated: collected (as absolute paths) for lupdate, which
# translations/CMakeLists.txt runs over all of them.
function(bnetsync_translatable_sources)
    foreach(source IN LISTS ARGN)
        if(source MATCHES "\\.(cpp|h)$")
            get_filename_component(absolute "${source}" ABSOLUTE)
            set_property(GLOBAL APPEND PROPERTY BNETSYNC_TRANSLATABLE_SOURCES "${absolute}")
        endif()
    endforeach()
endfunction()
