# Standalone build of the hmipv6 module against an installed ns-3 (e.g. Debian's
# libns3-dev 3.37). Provides the two ns-3 build functions the module's CMakeLists use,
# build_lib and build_lib_example, so the same lists serve both kinds of build.

set(CMAKE_CXX_STANDARD 17)
set(CMAKE_CXX_STANDARD_REQUIRED ON)
set(CMAKE_CXX_EXTENSIONS OFF)
if(NOT CMAKE_BUILD_TYPE)
  set(CMAKE_BUILD_TYPE RelWithDebInfo CACHE STRING "Build type" FORCE)
endif()

option(HMIPV6_WERROR "Treat compiler warnings as errors" OFF)
option(HMIPV6_FUZZ "Build the libFuzzer targets of test/fuzz (needs clang)" OFF)
option(HMIPV6_BENCH "Build the benchmarks of bench/ (needs Google Benchmark)" OFF)
option(HMIPV6_SANITIZE "Build everything with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)

enable_testing()

# --- the installed ns-3 -------------------------------------------------------------
# Plain find_path/find_library rather than find_package(ns3): Debian's package config
# insists on an exact version and on the helper programs of the ns3 package.
find_path(NS3_INCLUDE_DIR ns3/core-module.h PATH_SUFFIXES ns3.37 ns3-dev)
if(NOT NS3_INCLUDE_DIR)
  message(FATAL_ERROR "ns-3 headers not found: install libns3-dev (make deps does)")
endif()
set(hmipv6_ns3_components
    core network internet internet-apps applications bridge csma point-to-point mobility
    propagation spectrum antenna energy wifi stats traffic-control netanim)
foreach(component ${hmipv6_ns3_components})
  find_library(NS3_LIB_${component} NAMES ns3-${component} ns3.37-${component}
                                          ns3.37-${component}-default)
  if(NOT NS3_LIB_${component})
    message(FATAL_ERROR "ns-3 library '${component}' not found: install libns3-dev")
  endif()
  # Same variable names as inside an ns-3 tree (libcore, libinternet, ...).
  set(lib${component} ${NS3_LIB_${component}})
endforeach()
message(STATUS "hmipv6: ns-3 headers in ${NS3_INCLUDE_DIR}")

# The module's headers are included as "ns3/<name>.h", as in an ns-3 tree.
set(hmipv6_include_dir ${CMAKE_BINARY_DIR}/include)
file(MAKE_DIRECTORY ${hmipv6_include_dir}/ns3)

set(hmipv6_warnings -Wall -Wextra)
if(HMIPV6_WERROR)
  list(APPEND hmipv6_warnings -Werror)
endif()

# Sanitizers (fuzzing and `make sanitize`): a finding of either halts the program, so that
# a fuzzer records it and a test fails. The fuzzing build also instruments every target
# of the module for libFuzzer's coverage guidance; only the fuzz targets link its main.
if(HMIPV6_FUZZ OR HMIPV6_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-sanitize-recover=all
                      -fno-omit-frame-pointer)
  add_link_options(-fsanitize=address,undefined)
endif()
if(HMIPV6_FUZZ)
  add_compile_options(-fsanitize=fuzzer-no-link)
endif()

# Logging always (so NS_LOG works for the module as for Debian's ns-3); asserts
# except in Release builds.
set(hmipv6_definitions NS3_LOG_ENABLE $<$<NOT:$<CONFIG:Release>>:NS3_ASSERT_ENABLE>)

function(hmipv6_apply_flags target)
  target_include_directories(${target} PRIVATE ${hmipv6_include_dir})
  target_include_directories(${target} SYSTEM PRIVATE ${NS3_INCLUDE_DIR})
  target_compile_options(${target} PRIVATE ${hmipv6_warnings})
  target_compile_definitions(${target} PRIVATE ${hmipv6_definitions})
endfunction()

function(build_lib)
  cmake_parse_arguments(BLIB "" "LIBNAME" "SOURCE_FILES;HEADER_FILES;LIBRARIES_TO_LINK;TEST_SOURCES"
                        ${ARGN})
  set(module ${BLIB_LIBNAME})

  # Headers: link each into include/ns3 and write the module header ns-3 would generate.
  set(module_header "#ifndef NS3_MODULE_${module}\n#define NS3_MODULE_${module}\n")
  foreach(header ${BLIB_HEADER_FILES})
    get_filename_component(name ${header} NAME)
    file(CREATE_LINK ${CMAKE_CURRENT_SOURCE_DIR}/${header} ${hmipv6_include_dir}/ns3/${name}
         SYMBOLIC)
    string(APPEND module_header "#include \"ns3/${name}\"\n")
  endforeach()
  string(APPEND module_header "#endif\n")
  file(WRITE ${hmipv6_include_dir}/ns3/${module}-module.h.new "${module_header}")
  configure_file(${hmipv6_include_dir}/ns3/${module}-module.h.new
                 ${hmipv6_include_dir}/ns3/${module}-module.h COPYONLY)

  add_library(ns3-${module} SHARED ${BLIB_SOURCE_FILES})
  hmipv6_apply_flags(ns3-${module})
  target_link_libraries(ns3-${module} PUBLIC ${BLIB_LIBRARIES_TO_LINK} ${libnetwork} ${libcore})
  set(lib${module} ns3-${module} PARENT_SCOPE)
  set(lib${module} ns3-${module})

  # Test suites register themselves from static constructors: link their objects
  # straight into the runner so that none can be dropped by the linker.
  if(BLIB_TEST_SOURCES)
    add_executable(${module}-test-runner test/runner/test-runner.cc ${BLIB_TEST_SOURCES})
    hmipv6_apply_flags(${module}-test-runner)
    target_link_libraries(${module}-test-runner PRIVATE ns3-${module} ${BLIB_LIBRARIES_TO_LINK}
                                                        ${libnetwork} ${libcore})

    file(STRINGS ${CMAKE_CURRENT_SOURCE_DIR}/test/suites.txt suites REGEX "^[^#]")
    foreach(suite ${suites})
      add_test(NAME suite/${suite}
               COMMAND ${module}-test-runner --suite=${suite} --stop-on-failure
               WORKING_DIRECTORY ${CMAKE_BINARY_DIR})
      set_tests_properties(suite/${suite} PROPERTIES LABELS "ns3-suite")
    endforeach()
    # The runner must register exactly the suites that test/suites.txt lists.
    add_test(NAME suite-inventory
             COMMAND ${CMAKE_COMMAND} -DRUNNER=$<TARGET_FILE:${module}-test-runner>
                     -DEXPECTED=${CMAKE_CURRENT_SOURCE_DIR}/test/suites.txt -P
                     ${CMAKE_CURRENT_SOURCE_DIR}/cmake/check-suites.cmake)
  endif()

  if(EXISTS ${CMAKE_CURRENT_SOURCE_DIR}/examples/CMakeLists.txt)
    add_subdirectory(examples)
  endif()
endfunction()

function(build_lib_example)
  cmake_parse_arguments(BLIB_EXAMPLE "" "NAME" "SOURCE_FILES;HEADER_FILES;LIBRARIES_TO_LINK"
                        ${ARGN})
  add_executable(${BLIB_EXAMPLE_NAME} ${BLIB_EXAMPLE_SOURCE_FILES})
  hmipv6_apply_flags(${BLIB_EXAMPLE_NAME})
  target_link_libraries(${BLIB_EXAMPLE_NAME} PRIVATE ns3-hmipv6 ${BLIB_EXAMPLE_LIBRARIES_TO_LINK})
  set_target_properties(${BLIB_EXAMPLE_NAME} PROPERTIES RUNTIME_OUTPUT_DIRECTORY
                                                        ${CMAKE_BINARY_DIR}/examples)
endfunction()

# Things only the standalone build has: GoogleTest unit tests, fuzz targets and the
# check that wscript lists the same files as CMakeLists.txt.
set(hmipv6_demo_messages
    "RouterAdvertisement+MobilityInfoOption,MobilityInformation,RegistrationRequest,\
RegistrationUpdate,RegistrationRefresh,HandoffRequest,HomeAddressOption,Type2RoutingHeader,\
BindingUpdate,BindingAcknowledgement,BindingRefreshRequest,BindingError,HoTI,CoTI,HoT,CoT")

function(hmipv6_standalone_extras)
  find_package(GTest REQUIRED)
  include(GoogleTest)
  file(GLOB unit_sources CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/test/unit/*.cc)
  add_executable(hmipv6-unit-tests ${unit_sources})
  hmipv6_apply_flags(hmipv6-unit-tests)
  target_link_libraries(hmipv6-unit-tests PRIVATE ns3-hmipv6 GTest::gtest GTest::gtest_main)
  gtest_discover_tests(hmipv6-unit-tests TEST_PREFIX "unit/" DISCOVERY_TIMEOUT 60)

  find_package(Python3 COMPONENTS Interpreter)
  if(Python3_FOUND)
    add_test(NAME build-lists-agree
             COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/test/check-build-lists.py
                     ${CMAKE_CURRENT_SOURCE_DIR})
  endif()

  # The demo must deliver every message, and its pcap files must show each of them.
  if(TARGET hmipv6-wire-demo AND Python3_FOUND)
    set(demo_dir ${CMAKE_BINARY_DIR}/example-output/hmipv6-wire-demo)
    add_test(NAME example/hmipv6-wire-demo COMMAND hmipv6-wire-demo --pcap=1 --outDir=${demo_dir})
    set_tests_properties(example/hmipv6-wire-demo PROPERTIES FIXTURES_SETUP wire-demo)
    add_test(NAME example/hmipv6-wire-demo-pcap
             COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/tools/pcap-messages.py --quiet
                     --expect ${hmipv6_demo_messages} --forbid ParameterProblem,DestinationUnreachable
                     ${demo_dir}/access-AR-0.pcap ${demo_dir}/mobility-network-AR-1.pcap)
    set_tests_properties(example/hmipv6-wire-demo-pcap PROPERTIES FIXTURES_REQUIRED wire-demo)
  endif()

  # The figures' examples print the sequence that happened and render it; each run must
  # show its figure's key message. The study must observe every handoff.
  if(TARGET hmipv6-figure1 AND Python3_FOUND)
    set(figure_checks
        "MH -> MS  RegistrationUpdate  \\[domain\\]"
        "MS2 -> MS1  HandoffRequest  \\[internet\\]"
        "CH1 449/449 \\(through the MS: 449\\)")
    foreach(n 1 2 3)
      math(EXPR index "${n} - 1")
      list(GET figure_checks ${index} check)
      add_test(NAME example/hmipv6-figure${n}
               COMMAND hmipv6-figure${n} --python=${Python3_EXECUTABLE}
                       --outDir=${CMAKE_BINARY_DIR}/example-output/hmipv6-figure${n})
      set_tests_properties(example/hmipv6-figure${n} PROPERTIES PASS_REGULAR_EXPRESSION
                                                                "${check}")
    endforeach()
  endif()
  # The first scenario and the one on a topology of ns-3's own helpers (RIPng), helpers'
  # defaults only, must measure what the model predicts.
  foreach(scenario first-scenario own-topology)
    if(TARGET hmipv6-${scenario} AND Python3_FOUND)
      set(scenario_dir ${CMAKE_BINARY_DIR}/example-output/hmipv6-${scenario})
      file(MAKE_DIRECTORY ${scenario_dir})
      add_test(NAME example/hmipv6-${scenario} COMMAND hmipv6-${scenario} --outDir=${scenario_dir})
      set_tests_properties(example/hmipv6-${scenario} PROPERTIES FIXTURES_SETUP ${scenario})
      set(model_args "")
      if(scenario STREQUAL "own-topology")
        set(model_args --l2-ms=0 --rtt-ms=8) # no outage; 1 + 2 + 1 ms to the MS
      endif()
      add_test(NAME example/hmipv6-${scenario}-model
               COMMAND ${Python3_EXECUTABLE}
                       ${CMAKE_CURRENT_SOURCE_DIR}/test/validation/check-handoffs.py
                       ${scenario_dir}/handoffs.csv ${model_args})
      set_tests_properties(example/hmipv6-${scenario}-model PROPERTIES FIXTURES_REQUIRED
                                                                       ${scenario})
    endif()
  endforeach()
  # The campus, small: several hosts under random waypoint on both link models; the
  # link switch's intra-domain handoffs must measure what the model predicts.
  if(TARGET hmipv6-campus AND Python3_FOUND)
    foreach(link switch wifi)
      set(campus_dir ${CMAKE_BINARY_DIR}/example-output/hmipv6-campus-${link})
      file(MAKE_DIRECTORY ${campus_dir})
      add_test(NAME example/hmipv6-campus-${link}
               COMMAND hmipv6-campus --linkModel=${link} --hosts=8 --duration=40
                       --ns3::HmipMobileNode::RegistrationRetries=2 --outDir=${campus_dir})
      set_tests_properties(example/hmipv6-campus-${link}
                           PROPERTIES FIXTURES_SETUP campus-${link} PASS_REGULAR_EXPRESSION
                                      "8 hosts, 8 registered with an MS at the end")
    endforeach()
    add_test(NAME example/hmipv6-campus-switch-model
             COMMAND ${Python3_EXECUTABLE}
                     ${CMAKE_CURRENT_SOURCE_DIR}/test/validation/check-campus.py
                     ${CMAKE_BINARY_DIR}/example-output/hmipv6-campus-switch --hosts=8
                     --domains=2 --rate=10)
    set_tests_properties(example/hmipv6-campus-switch-model PROPERTIES FIXTURES_REQUIRED
                                                                      campus-switch)
  endif()
  if(TARGET hmipv6-handoff-latency)
    add_test(NAME example/hmipv6-handoff-latency
             COMMAND hmipv6-handoff-latency --protocol=mipv6 --handoffs=2 --haDelay=50
                     --outDir=${CMAKE_BINARY_DIR}/example-output/hmipv6-handoff-latency)
    set_tests_properties(example/hmipv6-handoff-latency PROPERTIES PASS_REGULAR_EXPRESSION
                                                                   "2/2 handoffs observed")
    add_test(NAME example/hmipv6-handoff-latency-wifi
             COMMAND hmipv6-handoff-latency --linkModel=wifi --move=inter --handoffs=2
                     --outDir=${CMAKE_BINARY_DIR}/example-output/hmipv6-handoff-latency-wifi)
    set_tests_properties(example/hmipv6-handoff-latency-wifi
                         PROPERTIES PASS_REGULAR_EXPRESSION "2/2 handoffs observed")
  endif()
  # Speed and memory are measured by `make bench`, not asserted by tests.
  if(HMIPV6_BENCH)
    find_package(benchmark REQUIRED)
    file(GLOB bench_sources ${CMAKE_CURRENT_SOURCE_DIR}/bench/*.cc)
    add_executable(hmipv6-bench ${bench_sources})
    hmipv6_apply_flags(hmipv6-bench)
    target_link_libraries(hmipv6-bench PRIVATE ns3-hmipv6 benchmark::benchmark)
  endif()
  # The Python tools' own tests.
  if(Python3_FOUND)
    file(GLOB tool_tests ${CMAKE_CURRENT_SOURCE_DIR}/test/tools/test_*.py)
    foreach(tool_test ${tool_tests})
      get_filename_component(name ${tool_test} NAME_WE)
      add_test(NAME tools/${name} COMMAND ${Python3_EXECUTABLE} ${tool_test})
    endforeach()
  endif()

  if(HMIPV6_FUZZ)
    file(GLOB fuzz_sources ${CMAKE_CURRENT_SOURCE_DIR}/test/fuzz/*-fuzzer.cc)
    foreach(source ${fuzz_sources})
      get_filename_component(name ${source} NAME_WE)
      add_executable(${name} ${source})
      hmipv6_apply_flags(${name})
      target_link_options(${name} PRIVATE -fsanitize=fuzzer)
      target_link_libraries(${name} PRIVATE ns3-hmipv6)
      set_target_properties(${name} PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/fuzz)
    endforeach()
  endif()
endfunction()
