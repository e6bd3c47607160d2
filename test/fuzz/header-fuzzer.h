// SPDX-License-Identifier: GPL-2.0-only
#ifndef HMIPV6_HEADER_FUZZER_H
#define HMIPV6_HEADER_FUZZER_H

// libFuzzer harness shared by the parsers' fuzz targets. Beyond "no crash, no read past
// the buffer" (ASan and ns-3's buffer assertions) it checks a property: whatever a
// parser accepts, it writes back in a form it parses again to the same octets.

#include "ns3/buffer.h"

#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <vector>

namespace ns3
{
namespace hmipv6fuzz
{

/**
 * \param header a header
 * \return its serialized octets
 */
template <typename T>
std::vector<uint8_t>
Encode(const T& header)
{
    Buffer buffer;
    buffer.AddAtStart(header.GetSerializedSize());
    header.Serialize(buffer.Begin());
    std::vector<uint8_t> out(buffer.GetSize());
    buffer.CopyData(out.data(), out.size());
    return out;
}

/**
 * \param header the header to fill
 * \param data input octets
 * \param size how many
 * \return what Deserialize returned
 */
template <typename T>
uint32_t
Decode(T& header, const uint8_t* data, std::size_t size)
{
    Buffer buffer;
    buffer.AddAtStart(size);
    buffer.Begin().Write(data, size);
    return header.Deserialize(buffer.Begin());
}

/**
 * \brief One fuzzing step for header type T.
 * \param data input octets
 * \param size how many
 */
template <typename T>
void
FuzzOne(const uint8_t* data, std::size_t size)
{
    T header;
    uint32_t read = Decode(header, data, size);
    if (read == 0)
    {
        return;
    }
    if (read > size)
    {
        std::abort(); // claims more octets than it was given
    }
    std::ostringstream printed;
    header.Print(printed);
    std::vector<uint8_t> first = Encode(header);
    T again;
    if (Decode(again, first.data(), first.size()) != first.size() || Encode(again) != first)
    {
        std::abort(); // what the parser accepted does not survive a round trip
    }
}

} // namespace hmipv6fuzz
} // namespace ns3

/// Defines the libFuzzer entry point for header class T.
#define HMIPV6_HEADER_FUZZER(T)                                                                    \
    extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size)                   \
    {                                                                                              \
        ns3::hmipv6fuzz::FuzzOne<T>(data, size);                                                   \
        return 0;                                                                                  \
    }

#endif /* HMIPV6_HEADER_FUZZER_H */
