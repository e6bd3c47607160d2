// SPDX-License-Identifier: GPL-2.0-only
// The TLV walker and padding rules shared by destination and mobility options.
#include "ns3/option-tlv.h"

#include <gtest/gtest.h>
#include <vector>

using ns3::Buffer;
using ns3::hmipv6::OptionTlv;
using ns3::hmipv6::WireError;

namespace
{

Buffer
BufferOf(const std::vector<uint8_t>& bytes)
{
    Buffer buffer;
    buffer.AddAtStart(bytes.size());
    buffer.Begin().Write(bytes.data(), bytes.size());
    return buffer;
}

struct Seen
{
    uint8_t type;
    std::vector<uint8_t> data;
};

WireError
Collect(const std::vector<uint8_t>& bytes, uint32_t length, std::vector<Seen>& seen)
{
    Buffer buffer = BufferOf(bytes);
    return OptionTlv::Walk(buffer.Begin(),
                           length,
                           [&seen](uint8_t type, uint8_t len, Buffer::Iterator data) {
                               EXPECT_EQ(data.GetRemainingSize(), len);
                               Seen s{type, std::vector<uint8_t>(len)};
                               data.Read(s.data.data(), len);
                               seen.push_back(s);
                               return WireError::NONE;
                           });
}

} // namespace

TEST(OptionTlv, PaddingForAlignments)
{
    EXPECT_EQ(OptionTlv::PaddingFor(2, 8, 6), 4u); // Home Address option after 2 octets
    EXPECT_EQ(OptionTlv::PaddingFor(6, 8, 6), 0u);
    EXPECT_EQ(OptionTlv::PaddingFor(7, 8, 6), 7u);
    EXPECT_EQ(OptionTlv::PaddingFor(12, 2, 0), 0u);
    EXPECT_EQ(OptionTlv::PaddingFor(13, 2, 0), 1u);
    EXPECT_EQ(OptionTlv::PaddingFor(9, 1, 0), 0u);
}

TEST(OptionTlv, WritesPad1AndPadN)
{
    for (uint32_t n : {0u, 1u, 2u, 5u})
    {
        Buffer buffer;
        buffer.AddAtStart(n);
        Buffer::Iterator i = buffer.Begin();
        OptionTlv::WritePadding(i, n);
        std::vector<uint8_t> out(n);
        buffer.CopyData(out.data(), n);
        std::vector<uint8_t> expected;
        if (n == 1)
        {
            expected = {0};
        }
        else if (n >= 2)
        {
            expected = {1, static_cast<uint8_t>(n - 2)};
            expected.resize(n, 0);
        }
        EXPECT_EQ(out, expected) << n << " octets";
    }
}

TEST(OptionTlv, WalksOptionsAndSkipsPadding)
{
    std::vector<Seen> seen;
    std::vector<uint8_t> area = {0, 1, 1, 0, 0x9e, 2, 0xaa, 0xbb, 0xc9, 0};
    ASSERT_EQ(Collect(area, area.size(), seen), WireError::NONE);
    ASSERT_EQ(seen.size(), 2u);
    EXPECT_EQ(seen[0].type, 0x9e);
    EXPECT_EQ(seen[0].data, (std::vector<uint8_t>{0xaa, 0xbb}));
    EXPECT_EQ(seen[1].type, 0xc9);
    EXPECT_TRUE(seen[1].data.empty());
}

TEST(OptionTlv, StopsAtTheAreaNotTheBuffer)
{
    // The option after the area's end is not seen.
    std::vector<Seen> seen;
    ASSERT_EQ(Collect({0x9e, 0, 0x9f, 0}, 2, seen), WireError::NONE);
    EXPECT_EQ(seen.size(), 1u);
}

TEST(OptionTlv, RejectsTruncatedOptions)
{
    std::vector<Seen> seen;
    EXPECT_EQ(Collect({0x9e}, 1, seen), WireError::TRUNCATED);          // no length octet
    EXPECT_EQ(Collect({0x9e, 3, 1, 2}, 4, seen), WireError::TRUNCATED); // data runs past
    EXPECT_EQ(Collect({1, 4, 0}, 3, seen), WireError::TRUNCATED);       // PadN runs past
    EXPECT_EQ(Collect({0, 0}, 3, seen), WireError::TRUNCATED);          // area > buffer
    EXPECT_TRUE(seen.empty());
}

TEST(OptionTlv, VisitorErrorStopsTheWalk)
{
    Buffer buffer = BufferOf({0x9e, 0, 0x9f, 0});
    int calls = 0;
    WireError error =
        OptionTlv::Walk(buffer.Begin(), 4, [&calls](uint8_t, uint8_t, Buffer::Iterator) {
            ++calls;
            return WireError::UNKNOWN_OPTION;
        });
    EXPECT_EQ(error, WireError::UNKNOWN_OPTION);
    EXPECT_EQ(calls, 1);
}
