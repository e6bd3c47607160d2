// SPDX-License-Identifier: GPL-2.0-only
#ifndef HMIPV6_WIRE_TEST_UTIL_H
#define HMIPV6_WIRE_TEST_UTIL_H

#include "ns3/buffer.h"
#include "ns3/header.h"

#include <cstdint>
#include <iomanip>
#include <sstream>
#include <string>
#include <vector>

namespace ns3
{
namespace hmipv6test
{

/// Octets as written by hand in the tests.
using Bytes = std::vector<uint8_t>;

/**
 * \param header a header
 * \return its serialized octets
 */
inline Bytes
Serialize(const Header& header)
{
    Buffer buffer;
    buffer.AddAtStart(header.GetSerializedSize());
    header.Serialize(buffer.Begin());
    Bytes bytes(buffer.GetSize());
    buffer.CopyData(bytes.data(), bytes.size());
    return bytes;
}

/**
 * \brief Deserialize from a buffer that holds exactly `bytes`: a parser that reads past
 *        the end trips ns-3's buffer assertions (enabled in the module's test builds).
 * \param header the header to fill
 * \param bytes the input
 * \return what Deserialize returned (0 = rejected)
 */
inline uint32_t
Deserialize(Header& header, const Bytes& bytes)
{
    Buffer buffer;
    buffer.AddAtStart(bytes.size());
    buffer.Begin().Write(bytes.data(), bytes.size());
    return header.Deserialize(buffer.Begin());
}

/**
 * \param header a header
 * \return what its Print writes
 */
inline std::string
Print(const Header& header)
{
    std::ostringstream os;
    header.Print(os);
    return os.str();
}

/**
 * \param bytes octets
 * \return them as hex, for failure messages
 */
inline std::string
Hex(const Bytes& bytes)
{
    std::ostringstream os;
    for (std::size_t i = 0; i < bytes.size(); ++i)
    {
        os << (i == 0 ? "" : (i % 8 == 0 ? " | " : " ")) << std::hex << std::setw(2)
           << std::setfill('0') << static_cast<int>(bytes[i]);
    }
    return os.str();
}

/**
 * \param bytes octets
 * \param n how many to keep
 * \return the first n octets
 */
inline Bytes
Prefix(const Bytes& bytes, std::size_t n)
{
    return Bytes(bytes.begin(), bytes.begin() + n);
}

} // namespace hmipv6test
} // namespace ns3

#endif /* HMIPV6_WIRE_TEST_UTIL_H */
