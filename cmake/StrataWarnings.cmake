# Warnings for our own targets only (not for third-party headers).
function(strata_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wno-missing-field-initializers)
  # Debian 12's GCC 12 at -O2 reports -Wrestrict inside libstdc++'s char_traits for plain
  # `"literal" + std::string` (a known false positive, GCC bug 105329); it filled a Release build's output.
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    target_compile_options(${target} PRIVATE -Wno-restrict)
  endif()
endfunction()
