# Every dependency comes from a Debian 12 package. A missing one stops configure with the package to install.
function(strata_require found package_name)
  if(NOT ${found})
    message(FATAL_ERROR "Strata needs ${package_name}: run `apt-get install ${package_name}` (Debian 12).")
  endif()
endfunction()

find_package(PostgreSQL QUIET)
strata_require(PostgreSQL_FOUND libpq-dev)

find_package(pegtl 3.2 QUIET)
strata_require(pegtl_FOUND tao-pegtl-dev)

find_package(yaml-cpp QUIET)
strata_require(yaml-cpp_FOUND libyaml-cpp-dev)

find_package(fmt QUIET)
strata_require(fmt_FOUND libfmt-dev)

if(STRATA_TESTS)
  find_package(Catch2 2 QUIET)
  strata_require(Catch2_FOUND catch2)
endif()
