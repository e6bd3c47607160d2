// SPDX-License-Identifier: GPL-2.0-only
#ifndef HMIPV6_ROLE_TEST_UTIL_H
#define HMIPV6_ROLE_TEST_UTIL_H

#include "ns3/simulator.h"
#include "ns3/test.h"

/**
 * \file
 * \ingroup hmipv6-test
 * Assertions that leave the test case when they fail. ns-3's runner goes on after a
 * failed NS_TEST_ASSERT by default, and the lines after a size check index the container:
 * these report the failure, destroy the simulator and return from DoRun.
 */

/// NS_TEST_ASSERT_MSG_EQ, then leave DoRun if it failed.
#define HMIPV6_REQUIRE_EQ(actual, limit, msg)                                                      \
    do                                                                                             \
    {                                                                                              \
        NS_TEST_ASSERT_MSG_EQ(actual, limit, msg);                                                 \
        if (!((actual) == (limit)))                                                                \
        {                                                                                          \
            ns3::Simulator::Destroy();                                                             \
            return;                                                                                \
        }                                                                                          \
    } while (false)

/// NS_TEST_ASSERT_MSG_NE, then leave DoRun if it failed.
#define HMIPV6_REQUIRE_NE(actual, limit, msg)                                                      \
    do                                                                                             \
    {                                                                                              \
        NS_TEST_ASSERT_MSG_NE(actual, limit, msg);                                                 \
        if (!((actual) != (limit)))                                                                \
        {                                                                                          \
            ns3::Simulator::Destroy();                                                             \
            return;                                                                                \
        }                                                                                          \
    } while (false)

/// NS_TEST_ASSERT_MSG_GT, then leave DoRun if it failed.
#define HMIPV6_REQUIRE_GT(actual, limit, msg)                                                      \
    do                                                                                             \
    {                                                                                              \
        NS_TEST_ASSERT_MSG_GT(actual, limit, msg);                                                 \
        if (!((actual) > (limit)))                                                                 \
        {                                                                                          \
            ns3::Simulator::Destroy();                                                             \
            return;                                                                                \
        }                                                                                          \
    } while (false)

#endif /* HMIPV6_ROLE_TEST_UTIL_H */
