// SPDX-License-Identifier: GPL-2.0-only
// Wire tests of the mobility options (RFC 6275 6.2.4 to 6.2.7) and of the option area
// that holds them: alignment padding, unknown options, wrong lengths, duplicates.
// Every vector is written by hand after the RFC's figures.
#include "wire-test-util.h"

#include "ns3/mobility-options.h"
#include "ns3/test.h"

#include <sstream>

using namespace ns3;
using namespace ns3::hmipv6test;

namespace
{

/**
 * \param options the options
 * \param position where they start, from the start of the Mobility Header
 * \return their octets, alignment padding included
 */
Bytes
SerializeOptions(const hmipv6::MobilityOptions& options, uint32_t position)
{
    Buffer buffer;
    buffer.AddAtStart(options.GetSerializedSize(position));
    Buffer::Iterator i = buffer.Begin();
    options.Serialize(i, position);
    Bytes bytes(buffer.GetSize());
    buffer.CopyData(bytes.data(), bytes.size());
    return bytes;
}

/**
 * \brief Parse an option area from a buffer holding exactly `bytes`.
 * \param options where to parse
 * \param bytes the buffer
 * \param length the area length to claim (may exceed the buffer)
 * \return the error
 */
hmipv6::WireError
DeserializeOptions(hmipv6::MobilityOptions& options, const Bytes& bytes, uint32_t length)
{
    Buffer buffer;
    buffer.AddAtStart(bytes.size());
    buffer.Begin().Write(bytes.data(), bytes.size());
    return options.Deserialize(buffer.Begin(), length);
}

/**
 * \param options the options
 * \return what their Print writes
 */
std::string
PrintOptions(const hmipv6::MobilityOptions& options)
{
    std::ostringstream os;
    options.Print(os);
    return os.str();
}

const Ipv6Address kAlternateCoa("2001:db8:2::20");
const std::vector<uint8_t> kAuthenticator =
    {0xa0, 0xa1, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7, 0xa8, 0xa9, 0xaa, 0xab};

/// Base of the cases: checks an option area against a hand vector both ways.
class OptionsTestCase : public TestCase
{
  public:
    /**
     * \param name the test name
     */
    explicit OptionsTestCase(const std::string& name)
        : TestCase(name)
    {
    }

  protected:
    /**
     * \param built the options built with setters
     * \param position where the area starts in the Mobility Header
     * \param vector the hand-written octets
     * \param print the expected Print output
     * \return the options parsed from the vector
     */
    hmipv6::MobilityOptions Check(const hmipv6::MobilityOptions& built,
                                  uint32_t position,
                                  const Bytes& vector,
                                  const std::string& print)
    {
        hmipv6::MobilityOptions parsed;
        NS_TEST_EXPECT_MSG_EQ(built.GetSerializedSize(position), vector.size(), "size");
        NS_TEST_EXPECT_MSG_EQ(Hex(SerializeOptions(built, position)), Hex(vector), "octets");
        NS_TEST_EXPECT_MSG_EQ(DeserializeOptions(parsed, vector, vector.size()),
                              hmipv6::WireError::NONE,
                              "parse");
        NS_TEST_EXPECT_MSG_EQ(Hex(SerializeOptions(parsed, position)), Hex(vector), "round trip");
        NS_TEST_EXPECT_MSG_EQ(PrintOptions(built), print, "Print of the built options");
        NS_TEST_EXPECT_MSG_EQ(PrintOptions(parsed), print, "Print of the parsed options");
        return parsed;
    }
};

/// Each option alone, at aligned and unaligned positions.
class SingleOptionsTestCase : public OptionsTestCase
{
  public:
    SingleOptionsTestCase()
        : OptionsTestCase("each option: hand vectors, alignment, Print")
    {
    }

  private:
    void DoRun() override
    {
        hmipv6::MobilityOptions options;
        NS_TEST_ASSERT_MSG_EQ(options.IsEmpty(), true, "empty");
        NS_TEST_ASSERT_MSG_EQ(options.GetSerializedSize(12), 0, "no octets");

        // Binding Refresh Advice (6.2.4), 2n: at 12 no padding, at 13 one Pad1.
        options.SetBindingRefreshAdvice(hmipv6::BindingRefreshAdviceOption(150));
        // clang-format off
        const Bytes refreshAt12 = {
            0x02,       // Type: 2 (Binding Refresh Advice)
            0x02,       // Length: 2
            0x00, 0x96, // Refresh Interval: 150 units (600 s)
        };
        // clang-format on
        hmipv6::MobilityOptions parsed = Check(options, 12, refreshAt12, "refreshInterval=150");
        NS_TEST_ASSERT_MSG_EQ(parsed.GetBindingRefreshAdvice().has_value(), true, "present");
        NS_TEST_ASSERT_MSG_EQ(parsed.GetBindingRefreshAdvice()->GetRefreshIntervalUnits(),
                              150,
                              "Refresh Interval");
        NS_TEST_ASSERT_MSG_EQ(parsed.GetBindingRefreshAdvice()->GetRefreshInterval(),
                              Seconds(600),
                              "Refresh Interval in seconds");
        // clang-format off
        const Bytes refreshAt13 = {
            0x00,                   // Pad1: to 14 = 2n
            0x02, 0x02, 0x00, 0x96, // Binding Refresh Advice
        };
        // clang-format on
        Check(options, 13, refreshAt13, "refreshInterval=150");

        // Alternate Care-of Address (6.2.5), 8n+6: at 12 a PadN of 2, at 6 nothing.
        options.Clear();
        options.SetAlternateCoa(hmipv6::AlternateCoaOption(kAlternateCoa));
        // clang-format off
        const Bytes coaAt12 = {
            0x01, 0x00,             // PadN, no data: to 14 = 8n+6
            0x03,                   // Type: 3 (Alternate Care-of Address)
            0x10,                   // Length: 16
            0x20, 0x01, 0x0d, 0xb8, // Alternate Care-of Address: 2001:db8:2::20
            0x00, 0x02, 0x00, 0x00, //
            0x00, 0x00, 0x00, 0x00, //
            0x00, 0x00, 0x00, 0x20, //
        };
        // clang-format on
        parsed = Check(options, 12, coaAt12, "alternateCoa=2001:db8:2::20");
        NS_TEST_ASSERT_MSG_EQ(parsed.GetAlternateCoa()->GetCareOfAddress(), kAlternateCoa, "CoA");
        Check(options, 6, Bytes(coaAt12.begin() + 2, coaAt12.end()), "alternateCoa=2001:db8:2::20");
        // clang-format off
        const Bytes coaAt7 = {
            0x01, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00,       // PadN of 7: from 7 to 14 = 8n+6
            0x03, 0x10,                                     // Alternate Care-of Address, 16
            0x20, 0x01, 0x0d, 0xb8, 0x00, 0x02, 0x00, 0x00,
            0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x20,
        };
        // clang-format on
        Check(options, 7, coaAt7, "alternateCoa=2001:db8:2::20");

        // Nonce Indices (6.2.6), 2n.
        options.Clear();
        options.SetNonceIndices(hmipv6::NonceIndicesOption(7, 0x0102));
        // clang-format off
        const Bytes nonceAt12 = {
            0x04,       // Type: 4 (Nonce Indices)
            0x04,       // Length: 4
            0x00, 0x07, // Home Nonce Index: 7
            0x01, 0x02, // Care-of Nonce Index: 258
        };
        // clang-format on
        parsed = Check(options, 12, nonceAt12, "homeNonceIndex=7 careOfNonceIndex=258");
        NS_TEST_ASSERT_MSG_EQ(parsed.GetNonceIndices()->GetHomeNonceIndex(), 7, "home");
        NS_TEST_ASSERT_MSG_EQ(parsed.GetNonceIndices()->GetCareOfNonceIndex(), 258, "care-of");

        // Binding Authorization Data (6.2.7), 8n+2: at 12 a PadN of 6.
        options.Clear();
        options.SetBindingAuthData(hmipv6::BindingAuthDataOption(kAuthenticator));
        // clang-format off
        const Bytes authAt12 = {
            0x01, 0x04, 0x00, 0x00, 0x00, 0x00, // PadN of 6: to 18 = 8n+2
            0x05,                               // Type: 5 (Binding Authorization Data)
            0x0c,                               // Length: 12 (96-bit authenticator)
            0xa0, 0xa1, 0xa2, 0xa3,             // Authenticator
            0xa4, 0xa5, 0xa6, 0xa7,             //
            0xa8, 0xa9, 0xaa, 0xab,             //
        };
        // clang-format on
        parsed = Check(options, 12, authAt12, "authenticator=a0a1a2a3a4a5a6a7a8a9aaab");
        NS_TEST_ASSERT_MSG_EQ((parsed.GetBindingAuthData()->GetAuthenticator() == kAuthenticator),
                              true,
                              "authenticator");
        // The default is the RFC's 96 bits.
        NS_TEST_ASSERT_MSG_EQ(hmipv6::BindingAuthDataOption().GetLength(), 12, "default length");
        // Any length from 1 is accepted.
        const Bytes shortAuth = {0x05, 0x01, 0x5a};
        NS_TEST_ASSERT_MSG_EQ(DeserializeOptions(parsed, shortAuth, 3),
                              hmipv6::WireError::NONE,
                              "1");
        NS_TEST_ASSERT_MSG_EQ(parsed.GetBindingAuthData()->GetLength(), 1, "1 octet");
        NS_TEST_ASSERT_MSG_EQ(PrintOptions(parsed), "authenticator=5a", "1 octet");
    }
};

/// All four options together, and only padding.
class CombinedOptionsTestCase : public OptionsTestCase
{
  public:
    CombinedOptionsTestCase()
        : OptionsTestCase("all options: order, pads, Binding Authorization Data last")
    {
    }

  private:
    void DoRun() override
    {
        hmipv6::MobilityOptions options;
        // Set in another order than the wire's: Serialize orders them.
        options.SetBindingAuthData(hmipv6::BindingAuthDataOption(kAuthenticator));
        options.SetNonceIndices(hmipv6::NonceIndicesOption(7, 9));
        options.SetAlternateCoa(hmipv6::AlternateCoaOption(kAlternateCoa));
        options.SetBindingRefreshAdvice(hmipv6::BindingRefreshAdviceOption(150));
        // clang-format off
        const Bytes all = {
            0x02, 0x02, 0x00, 0x96,                         // Binding Refresh Advice at 12 (2n)
            0x01, 0x04, 0x00, 0x00, 0x00, 0x00,             // PadN of 6: 16 to 22 = 8n+6
            0x03, 0x10,                                     // Alternate Care-of Address at 22
            0x20, 0x01, 0x0d, 0xb8, 0x00, 0x02, 0x00, 0x00, //
            0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x20, // ends at 40
            0x04, 0x04, 0x00, 0x07, 0x00, 0x09,             // Nonce Indices at 40 (2n)
            0x01, 0x02, 0x00, 0x00,                         // PadN of 4: 46 to 50 = 8n+2
            0x05, 0x0c,                                     // Binding Authorization Data at 50
            0xa0, 0xa1, 0xa2, 0xa3, 0xa4, 0xa5,             //
            0xa6, 0xa7, 0xa8, 0xa9, 0xaa, 0xab,             // ends at 64
        };
        // clang-format on
        hmipv6::MobilityOptions parsed = Check(options,
                                               12,
                                               all,
                                               "refreshInterval=150 alternateCoa=2001:db8:2::20 "
                                               "homeNonceIndex=7 careOfNonceIndex=9 "
                                               "authenticator=a0a1a2a3a4a5a6a7a8a9aaab");
        NS_TEST_ASSERT_MSG_EQ(parsed.GetBindingRefreshAdvice()->GetRefreshIntervalUnits(), 150, "");
        NS_TEST_ASSERT_MSG_EQ(parsed.GetAlternateCoa()->GetCareOfAddress(), kAlternateCoa, "");
        NS_TEST_ASSERT_MSG_EQ(parsed.GetNonceIndices()->GetCareOfNonceIndex(), 9, "");
        NS_TEST_ASSERT_MSG_EQ(parsed.GetBindingAuthData()->GetLength(), 12, "");

        // On receipt any order is accepted (here the authorization data comes first).
        // clang-format off
        const Bytes reordered = {
            0x05, 0x0c, 0xa0, 0xa1, 0xa2, 0xa3, 0xa4, 0xa5, // Binding Authorization Data
            0xa6, 0xa7, 0xa8, 0xa9, 0xaa, 0xab,             //
            0x04, 0x04, 0x00, 0x07, 0x00, 0x09,             // Nonce Indices
        };
        // clang-format on
        hmipv6::MobilityOptions any;
        NS_TEST_ASSERT_MSG_EQ(DeserializeOptions(any, reordered, reordered.size()),
                              hmipv6::WireError::NONE,
                              "any order");
        NS_TEST_ASSERT_MSG_EQ(any.GetNonceIndices().has_value(), true, "NI");
        NS_TEST_ASSERT_MSG_EQ(any.GetBindingAuthData().has_value(), true, "BAD");

        // Only padding: nothing.
        // clang-format off
        const Bytes padding = {
            0x00,                   // Pad1
            0x01, 0x01, 0x00,       // PadN, 1 octet of data
            0x01, 0x02, 0x00, 0x00, // PadN, 2 octets of data
        };
        // clang-format on
        hmipv6::MobilityOptions empty;
        NS_TEST_ASSERT_MSG_EQ(DeserializeOptions(empty, padding, padding.size()),
                              hmipv6::WireError::NONE,
                              "padding");
        NS_TEST_ASSERT_MSG_EQ(empty.IsEmpty(), true, "padding only");
        NS_TEST_ASSERT_MSG_EQ(PrintOptions(empty), "", "nothing printed");

        // Clear* remove one option each.
        options.ClearBindingRefreshAdvice();
        options.ClearAlternateCoa();
        options.ClearNonceIndices();
        NS_TEST_ASSERT_MSG_EQ(options.IsEmpty(), false, "one left");
        options.ClearBindingAuthData();
        NS_TEST_ASSERT_MSG_EQ(options.IsEmpty(), true, "none left");
    }
};

/// Unknown options, wrong lengths, duplicates, truncation.
class MalformedOptionsTestCase : public OptionsTestCase
{
  public:
    MalformedOptionsTestCase()
        : OptionsTestCase("malformed option areas")
    {
    }

  private:
    void DoRun() override
    {
        // Unknown types are skipped and counted (RFC 6275 6.2.1).
        // clang-format off
        const Bytes unknown = {
            0x2a, 0x03, 0x01, 0x02, 0x03,       // type 42 (unknown), 3 octets
            0x04, 0x04, 0x00, 0x07, 0x00, 0x09, // Nonce Indices
            0xff, 0x00,                         // type 255 (unknown), no data
        };
        // clang-format on
        hmipv6::MobilityOptions options;
        NS_TEST_ASSERT_MSG_EQ(DeserializeOptions(options, unknown, unknown.size()),
                              hmipv6::WireError::NONE,
                              "unknown skipped");
        NS_TEST_ASSERT_MSG_EQ(options.GetIgnoredOptionCount(), 2, "two skipped");
        NS_TEST_ASSERT_MSG_EQ(options.GetNonceIndices()->GetHomeNonceIndex(), 7, "NI read");
        NS_TEST_ASSERT_MSG_EQ(PrintOptions(options),
                              "homeNonceIndex=7 careOfNonceIndex=9",
                              "only the known option");

        // A known option with a wrong length, for each option.
        // clang-format off
        const std::vector<Bytes> wrongLengths = {
            {0x02, 0x03, 0x00, 0x96, 0x00},                   // Binding Refresh Advice of 3
            {0x02, 0x01, 0x00},                               // Binding Refresh Advice of 1
            {0x03, 0x0f, 0x20, 0x01, 0x0d, 0xb8, 0x00, 0x00,  // Alternate Care-of Address
             0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,  // of 15
             0x00},                                           //
            {0x04, 0x02, 0x00, 0x07},                         // Nonce Indices of 2
            {0x04, 0x06, 0x00, 0x07, 0x00, 0x09, 0x00, 0x00}, // Nonce Indices of 6
            {0x05, 0x00},                                     // Binding Authorization Data of 0
        };
        // clang-format on
        for (std::size_t k = 0; k < wrongLengths.size(); ++k)
        {
            hmipv6::MobilityOptions victim;
            victim.SetNonceIndices(hmipv6::NonceIndicesOption(1, 2));
            NS_TEST_ASSERT_MSG_EQ(
                DeserializeOptions(victim, wrongLengths[k], wrongLengths[k].size()),
                hmipv6::WireError::BAD_FIXED_LENGTH,
                "vector " << k);
            // Rejected: the options held before are kept.
            NS_TEST_ASSERT_MSG_EQ(victim.GetNonceIndices()->GetHomeNonceIndex(), 1, "kept " << k);
        }

        // A known option twice, for each option.
        // clang-format off
        const std::vector<Bytes> duplicates = {
            {0x02, 0x02, 0x00, 0x01,                          // Binding Refresh Advice
             0x02, 0x02, 0x00, 0x02},                         // twice
            {0x03, 0x10, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,  // Alternate Care-of Address ::1
             0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,  //
             0x00, 0x01,                                      //
             0x03, 0x10, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,  // Alternate Care-of Address ::2
             0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,  //
             0x00, 0x02},                                     //
            {0x04, 0x04, 0x00, 0x01, 0x00, 0x02,              // Nonce Indices
             0x01, 0x00,                                      // PadN
             0x04, 0x04, 0x00, 0x03, 0x00, 0x04},             // Nonce Indices again
            {0x05, 0x01, 0xaa,                                // Binding Authorization Data
             0x05, 0x02, 0xbb, 0xcc},                         // twice
        };
        // clang-format on
        for (std::size_t k = 0; k < duplicates.size(); ++k)
        {
            hmipv6::MobilityOptions victim;
            NS_TEST_ASSERT_MSG_EQ(DeserializeOptions(victim, duplicates[k], duplicates[k].size()),
                                  hmipv6::WireError::DUPLICATE_OPTION,
                                  "vector " << k);
            NS_TEST_ASSERT_MSG_EQ(victim.IsEmpty(), true, "nothing kept " << k);
        }

        // Options running past the area.
        const Bytes cut = {0x04, 0x04, 0x00, 0x07, 0x00}; // Nonce Indices, one octet short
        NS_TEST_ASSERT_MSG_EQ(DeserializeOptions(options, cut, cut.size()),
                              hmipv6::WireError::TRUNCATED,
                              "option past the area");
        const Bytes lone = {0x04}; // a type without its length
        NS_TEST_ASSERT_MSG_EQ(DeserializeOptions(options, lone, 1),
                              hmipv6::WireError::TRUNCATED,
                              "type alone");
        const Bytes padCut = {0x01, 0x03, 0x00}; // PadN of 3 in 1 octet
        NS_TEST_ASSERT_MSG_EQ(DeserializeOptions(options, padCut, padCut.size()),
                              hmipv6::WireError::TRUNCATED,
                              "PadN past the area");
        // An area longer than the buffer, for every prefix of a valid area.
        // clang-format off
        const Bytes valid = {
            0x02, 0x02, 0x00, 0x96,             // Binding Refresh Advice
            0x04, 0x04, 0x00, 0x07, 0x00, 0x09, // Nonce Indices
        };
        // clang-format on
        for (std::size_t n = 0; n < valid.size(); ++n)
        {
            hmipv6::MobilityOptions victim;
            NS_TEST_ASSERT_MSG_EQ(DeserializeOptions(victim, Prefix(valid, n), valid.size()),
                                  hmipv6::WireError::TRUNCATED,
                                  "prefix " << n);
        }
    }
};

/// The option value classes on their own.
class OptionValuesTestCase : public TestCase
{
  public:
    OptionValuesTestCase()
        : TestCase("option classes: constants, accessors, time conversion")
    {
    }

  private:
    void DoRun() override
    {
        NS_TEST_ASSERT_MSG_EQ(+hmipv6::BindingRefreshAdviceOption::TYPE, 2, "type");
        NS_TEST_ASSERT_MSG_EQ(+hmipv6::AlternateCoaOption::TYPE, 3, "type");
        NS_TEST_ASSERT_MSG_EQ(+hmipv6::NonceIndicesOption::TYPE, 4, "type");
        NS_TEST_ASSERT_MSG_EQ(+hmipv6::BindingAuthDataOption::TYPE, 5, "type");
        NS_TEST_ASSERT_MSG_EQ(+hmipv6::AlternateCoaOption::ALIGN_FACTOR, 8, "8n+6");
        NS_TEST_ASSERT_MSG_EQ(+hmipv6::AlternateCoaOption::ALIGN_OFFSET, 6, "8n+6");
        NS_TEST_ASSERT_MSG_EQ(+hmipv6::BindingAuthDataOption::ALIGN_FACTOR, 8, "8n+2");
        NS_TEST_ASSERT_MSG_EQ(+hmipv6::BindingAuthDataOption::ALIGN_OFFSET, 2, "8n+2");

        hmipv6::BindingRefreshAdviceOption advice;
        advice.SetRefreshInterval(Seconds(600));
        NS_TEST_ASSERT_MSG_EQ(advice.GetRefreshIntervalUnits(), 150, "600 s");
        advice.SetRefreshInterval(Seconds(603));
        NS_TEST_ASSERT_MSG_EQ(advice.GetRefreshIntervalUnits(), 150, "rounded down");
        advice.SetRefreshInterval(Seconds(3));
        NS_TEST_ASSERT_MSG_EQ(advice.GetRefreshIntervalUnits(), 0, "below one unit");
        advice.SetRefreshInterval(Seconds(-8));
        NS_TEST_ASSERT_MSG_EQ(advice.GetRefreshIntervalUnits(), 0, "negative");
        advice.SetRefreshInterval(Seconds(1e6));
        NS_TEST_ASSERT_MSG_EQ(advice.GetRefreshIntervalUnits(), 65535, "saturated");
        NS_TEST_ASSERT_MSG_EQ(advice.GetRefreshInterval(), Seconds(262140), "largest");

        hmipv6::NonceIndicesOption nonces;
        nonces.SetHomeNonceIndex(3);
        nonces.SetCareOfNonceIndex(4);
        NS_TEST_ASSERT_MSG_EQ((nonces == hmipv6::NonceIndicesOption(3, 4)), true, "equal");
        NS_TEST_ASSERT_MSG_EQ((nonces == hmipv6::NonceIndicesOption(3, 5)), false, "not equal");

        hmipv6::AlternateCoaOption coa;
        NS_TEST_ASSERT_MSG_EQ(coa.GetCareOfAddress(), Ipv6Address::GetAny(), "default");
        coa.SetCareOfAddress(kAlternateCoa);
        NS_TEST_ASSERT_MSG_EQ((coa == hmipv6::AlternateCoaOption(kAlternateCoa)), true, "equal");

        hmipv6::BindingAuthDataOption auth;
        auth.SetAuthenticator({1, 2, 3});
        NS_TEST_ASSERT_MSG_EQ(auth.GetLength(), 3, "length");
        NS_TEST_ASSERT_MSG_EQ((auth == hmipv6::BindingAuthDataOption({1, 2, 3})), true, "equal");

        // DeserializeData checks the length it is given.
        Buffer buffer;
        buffer.AddAtStart(4);
        NS_TEST_ASSERT_MSG_EQ(hmipv6::NonceIndicesOption().DeserializeData(buffer.Begin(), 3),
                              hmipv6::WireError::BAD_FIXED_LENGTH,
                              "Nonce Indices of 3");
        NS_TEST_ASSERT_MSG_EQ(hmipv6::AlternateCoaOption().DeserializeData(buffer.Begin(), 16),
                              hmipv6::WireError::TRUNCATED,
                              "16 octets in 4");
        NS_TEST_ASSERT_MSG_EQ(hmipv6::BindingAuthDataOption().DeserializeData(buffer.Begin(), 5),
                              hmipv6::WireError::TRUNCATED,
                              "5 octets in 4");
    }
};

/// The hmipv6-wire-mobility-options suite.
class MobilityOptionsTestSuite : public TestSuite
{
  public:
    MobilityOptionsTestSuite()
        : TestSuite("hmipv6-wire-mobility-options")
    {
        AddTestCase(new SingleOptionsTestCase);
        AddTestCase(new CombinedOptionsTestCase);
        AddTestCase(new MalformedOptionsTestCase);
        AddTestCase(new OptionValuesTestCase);
    }
};

/// Registers the suite.
static MobilityOptionsTestSuite g_mobilityOptionsTestSuite;

} // namespace
