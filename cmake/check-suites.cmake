# Fails unless the test runner registers exactly the suites listed in test/suites.txt.
# Usage: cmake -DRUNNER=<runner> -DEXPECTED=<suites.txt> -P check-suites.cmake
execute_process(COMMAND ${RUNNER} --list OUTPUT_VARIABLE listed RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "${RUNNER} --list failed (${rc})")
endif()
string(REGEX REPLACE "[ \t\r]+" "" listed "${listed}")
string(REPLACE "\n" ";" listed "${listed}")
list(FILTER listed INCLUDE REGEX "^hmipv6")
file(STRINGS ${EXPECTED} expected REGEX "^[^#]")
list(SORT listed)
list(SORT expected)
if(NOT "${listed}" STREQUAL "${expected}")
  message(FATAL_ERROR "registered suites differ from test/suites.txt\n"
                      "registered: ${listed}\nexpected:   ${expected}")
endif()
list(LENGTH listed count)
message(STATUS "all ${count} suites of test/suites.txt are registered")
