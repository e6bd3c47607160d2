// SPDX-License-Identifier: GPL-2.0-only
// The test cases the four registration messages of the draft share (Registration Request,
// Update, Refresh and Handoff Request: one RegistrationHeaderBase), as templates over the
// header class. Each message's test file writes its octets by hand and the field values
// they hold, and instantiates these cases with them.
#ifndef HMIPV6_REGISTRATION_TEST_CASES_H
#define HMIPV6_REGISTRATION_TEST_CASES_H

#include "wire-test-util.h"

#include "ns3/ipv6-address.h"
#include "ns3/packet.h"
#include "ns3/test.h"
#include "ns3/wire-error.h"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace ns3
{
namespace hmipv6test
{

/// The flags octet of every vector: the A flag and no other.
inline constexpr uint8_t kFlagsOfVectors = 0x80;
/// The Next Header of every vector: 59, No Next Header.
inline constexpr uint8_t kNextHeaderOfVectors = 59;
/// An option type that starts with bits 00: skipped when unknown (RFC 8200 4.2).
inline constexpr uint8_t kSkippedOptionType = 0x1f;
/// The option types of the four registration messages (Request, Refresh, Update, Handoff).
inline constexpr uint8_t kRegistrationOptionTypes[] = {0x9e, 0xbe, 0xde, 0xfe};
/// The address sub-option types of the draft (previous MS, GCoA) and one it does not define.
inline constexpr uint8_t kSubOptionTypes[] = {102, 103, 0x1e};

/**
 * \param value an octet
 * \return it as 0x and two hex digits, for failure messages
 */
inline std::string
HexOctet(uint8_t value)
{
    return "0x" + Hex(Bytes{value});
}

/**
 * \param bytes octets
 * \param index which one to change
 * \param value its new value
 * \return a copy of bytes with one octet changed
 */
inline Bytes
With(Bytes bytes, std::size_t index, uint8_t value)
{
    bytes.at(index) = value;
    return bytes;
}

/**
 * \brief The fixed fields that every vector of one message holds.
 */
struct RegistrationFields
{
    uint8_t optionType;      //!< otype: the message's default option type
    uint8_t prefixLength;    //!< malen
    uint16_t sequence;       //!< seq number
    uint32_t lifetime;       //!< lifetime, in seconds
    Ipv6Address homeAddress; //!< the address of the Home Address option
};

/**
 * \brief An input written by hand that a message rejects, and why.
 */
struct RejectedInput
{
    Bytes bytes;             //!< the octets
    hmipv6::WireError error; //!< the reason expected
    std::string what;        //!< what the input is, for the failure messages
};

/**
 * \brief One vector written by hand that a message accepts, with the header it stands for.
 * \tparam T the header class
 */
template <typename T>
struct RegistrationVector
{
    std::string what;        //!< what the vector is, for the failure messages
    Bytes bytes;             //!< the octets
    std::function<T()> make; //!< the header of the octets, built with setters
    bool hasSubOption;       //!< whether it carries an address sub-option (Figures 6, 8)
    Ipv6Address subOption;   //!< the address of the sub-option; :: without one
    std::string print;       //!< what Print writes for make()

    /// \return the offset of the PadN before the Home Address option
    std::size_t PadOffset() const
    {
        return hasSubOption ? 32 : 12;
    }

    /// \return the offset of atype, the type of the Home Address option
    std::size_t HomeAddressTypeOffset() const
    {
        return hasSubOption ? 38 : 14;
    }
};

/**
 * \brief A header built with setters, other than those of the vectors a message accepts,
 *        and the octets written by hand that it serializes to.
 * \tparam T the header class
 */
template <typename T>
struct SerializedHeader
{
    std::string what;        //!< what the header is, for the failure messages
    std::function<T()> make; //!< the header
    Bytes bytes;             //!< the octets
};

/**
 * \brief What the shared test cases know of one message: the vectors its test file
 *        writes by hand and the field values they hold.
 * \tparam T the header class
 */
template <typename T>
struct RegistrationMessage
{
    std::string figure;        //!< the draft's figure of the message, for the test names
    RegistrationFields fields; //!< the fixed fields of all its vectors
    uint8_t subOptionType = 0; //!< the type of its address sub-option; 0 without one
    std::function<bool(const T&)> hasSubOption;     //!< whether it has it; null: no getter
    std::function<Ipv6Address(const T&)> subOption; //!< the sub-option; null: no getter
    std::vector<RegistrationVector<T>> accepted;    //!< the vectors it accepts
    std::vector<SerializedHeader<T>> serialized;    //!< other headers and their octets
    Bytes withSubOption;                 //!< a vector with an address sub-option at octet 12
    std::vector<RejectedInput> rejected; //!< the inputs written by hand that it rejects
};

/**
 * \param fields the fixed fields
 * \return a header with the A flag and those fields, built with setters
 * \tparam T the header class
 */
template <typename T>
T
MakeRegistration(const RegistrationFields& fields)
{
    T header;
    header.SetAcknowledgeRequested(true);
    header.SetPrefixLength(fields.prefixLength);
    header.SetSequence(fields.sequence);
    header.SetLifetime(fields.lifetime);
    header.SetHomeAddress(fields.homeAddress);
    return header;
}

/**
 * \ingroup hmipv6-test
 * \brief The checks a registration message shares with the others, run against its
 *        vectors: one test case per check, named after it.
 * \tparam T the header class
 */
template <typename T>
class RegistrationTestCase : public TestCase
{
  public:
    /**
     * \param message the message's vectors and field values
     * \return a test case of each check, for the message's suite to add
     */
    static std::vector<TestCase*> MakeAll(const RegistrationMessage<T>& message)
    {
        return {
            new RegistrationTestCase("serialize matches " + message.figure + " written by hand",
                                     message,
                                     &RegistrationTestCase::CheckSerialize),
            new RegistrationTestCase("deserialize " + message.figure + " and round trip",
                                     message,
                                     &RegistrationTestCase::CheckDeserialize),
            new RegistrationTestCase("print", message, &RegistrationTestCase::CheckPrint),
            new RegistrationTestCase("acknowledge flag",
                                     message,
                                     &RegistrationTestCase::CheckFlags),
            new RegistrationTestCase("truncations and length fields",
                                     message,
                                     &RegistrationTestCase::CheckLengths),
            new RegistrationTestCase("malformed fields",
                                     message,
                                     &RegistrationTestCase::CheckFields),
            new RegistrationTestCase("missing and duplicate options",
                                     message,
                                     &RegistrationTestCase::CheckOptionCount),
            new RegistrationTestCase("unknown options",
                                     message,
                                     &RegistrationTestCase::CheckUnknownOptions),
            new RegistrationTestCase("settable option types",
                                     message,
                                     &RegistrationTestCase::CheckOptionTypes),
        };
    }

  private:
    /// One of the checks below.
    using Check = void (RegistrationTestCase::*)();

    /**
     * \param name the name of the test case
     * \param message the message's vectors and field values
     * \param check what the test case checks
     */
    RegistrationTestCase(const std::string& name,
                         const RegistrationMessage<T>& message,
                         Check check)
        : TestCase(name),
          m_message(message),
          m_check(check)
    {
    }

    void DoRun() override
    {
        (this->*m_check)();
    }

    /**
     * \brief Check that an input is rejected for the given reason.
     * \param bytes the input
     * \param error the expected reason
     * \param what what the input is, for the failure message
     */
    void ExpectRejected(const Bytes& bytes, hmipv6::WireError error, const std::string& what)
    {
        T header;
        NS_TEST_EXPECT_MSG_EQ(Deserialize(header, bytes), 0, what << ": " << Hex(bytes));
        NS_TEST_EXPECT_MSG_EQ(header.GetError(), error, what);
    }

    /**
     * \brief Check that an input with one octet changed is rejected for the given reason,
     *        whichever of some values the octet takes.
     * \param bytes the input before the change
     * \param what what the input is, for the failure message
     * \param index the octet to change
     * \param field what the octet is, for the failure message
     * \param values the values to give it, one at a time
     * \param error the expected reason
     */
    void ExpectOctetRejected(const Bytes& bytes,
                             const std::string& what,
                             std::size_t index,
                             const std::string& field,
                             const std::vector<int>& values,
                             hmipv6::WireError error)
    {
        for (int value : values)
        {
            ExpectRejected(With(bytes, index, value),
                           error,
                           what + ", " + field + " " + std::to_string(value));
        }
    }

    /**
     * \brief Check that a header serializes to the expected octets.
     * \param header the header
     * \param expected the octets written by hand
     * \param what what the header is, for the failure message
     */
    void ExpectSerialized(const T& header, const Bytes& expected, const std::string& what)
    {
        NS_TEST_EXPECT_MSG_EQ(header.GetSerializedSize(), expected.size(), what << ": size");
        Bytes bytes = Serialize(header);
        NS_TEST_EXPECT_MSG_EQ((bytes == expected),
                              true,
                              what << ": got " << Hex(bytes) << ", expected " << Hex(expected));
    }

    /**
     * \brief Check the fields of a header against those of a vector, the option types
     *        aside.
     * \param header the header
     * \param vector the vector it should hold
     * \param what what the header is, for the failure message
     */
    void ExpectFields(const T& header, const RegistrationVector<T>& vector, const std::string& what)
    {
        const RegistrationFields& fields = m_message.fields;
        NS_TEST_EXPECT_MSG_EQ(static_cast<uint32_t>(header.GetFlags()),
                              static_cast<uint32_t>(kFlagsOfVectors),
                              what << ": flags");
        NS_TEST_EXPECT_MSG_EQ(header.IsAcknowledgeRequested(), true, what << ": A");
        NS_TEST_EXPECT_MSG_EQ(static_cast<uint32_t>(header.GetPrefixLength()),
                              static_cast<uint32_t>(fields.prefixLength),
                              what << ": malen");
        NS_TEST_EXPECT_MSG_EQ(header.GetSequence(), fields.sequence, what << ": sequence");
        NS_TEST_EXPECT_MSG_EQ(header.GetLifetime(), fields.lifetime, what << ": lifetime");
        if (m_message.hasSubOption)
        {
            NS_TEST_EXPECT_MSG_EQ(m_message.hasSubOption(header),
                                  vector.hasSubOption,
                                  what << ": sub-option present");
        }
        if (m_message.subOption)
        {
            NS_TEST_EXPECT_MSG_EQ(m_message.subOption(header),
                                  vector.subOption,
                                  what << ": sub-option");
        }
        NS_TEST_EXPECT_MSG_EQ(header.GetHomeAddress(), fields.homeAddress, what << ": home");
    }

    /**
     * \brief Headers built with setters serialize to the hand-written octets, the
     *        multi-octet fields in network byte order.
     */
    void CheckSerialize()
    {
        std::vector<SerializedHeader<T>> headers = m_message.serialized;
        for (const RegistrationVector<T>& vector : m_message.accepted)
        {
            headers.push_back({vector.what, vector.make, vector.bytes});
        }
        for (const SerializedHeader<T>& built : headers)
        {
            T header = built.make();
            ExpectSerialized(header, built.bytes, built.what);

            header.SetSequence(0xabcd);
            header.SetLifetime(0x01020304);
            Bytes expected = built.bytes;
            expected[6] = 0xab;
            expected[7] = 0xcd;
            expected[8] = 0x01;
            expected[9] = 0x02;
            expected[10] = 0x03;
            expected[11] = 0x04;
            ExpectSerialized(header, expected, built.what + ", byte order");
        }
    }

    /**
     * \brief The hand-written octets deserialize to the right fields and serialize back.
     */
    void CheckDeserialize()
    {
        // One object reads every vector in turn: nothing of one stays for the next.
        T header;
        for (const RegistrationVector<T>& vector : m_message.accepted)
        {
            const std::string& what = vector.what;
            const uint32_t size = vector.bytes.size();
            NS_TEST_ASSERT_MSG_EQ(Deserialize(header, vector.bytes), size, what);
            NS_TEST_EXPECT_MSG_EQ(header.GetError(), hmipv6::WireError::NONE, what << ": no error");
            NS_TEST_EXPECT_MSG_EQ(static_cast<uint32_t>(header.GetNextHeader()),
                                  static_cast<uint32_t>(kNextHeaderOfVectors),
                                  what << ": NH");
            NS_TEST_EXPECT_MSG_EQ(static_cast<uint32_t>(header.GetOptionType()),
                                  static_cast<uint32_t>(m_message.fields.optionType),
                                  what << ": otype");
            ExpectFields(header, vector, what);
            Bytes again = Serialize(header);
            NS_TEST_EXPECT_MSG_EQ((again == vector.bytes),
                                  true,
                                  what << ": round trip: " << Hex(again));

            // The reserved octets of the sub-option are ignored on receipt.
            if (vector.hasSubOption)
            {
                for (std::size_t reserved : {14, 15})
                {
                    NS_TEST_EXPECT_MSG_EQ(Deserialize(header, With(vector.bytes, reserved, 0xaa)),
                                          size,
                                          what << ": reserved octet " << reserved << " ignored");
                }
            }

            // Deserialize consumes the header only, whatever follows it.
            Bytes longer = vector.bytes;
            longer.push_back(0x99);
            NS_TEST_EXPECT_MSG_EQ(Deserialize(header, longer),
                                  size,
                                  what << ": trailing octet left alone");

            // Through a packet, as a node would use it.
            Ptr<Packet> packet = Create<Packet>();
            packet->AddHeader(vector.make());
            T received;
            NS_TEST_EXPECT_MSG_EQ(packet->RemoveHeader(received), size, what << ": removed");
            ExpectFields(received, vector, what + ", via packet");
        }
    }

    /**
     * \brief Print writes one line of field=value pairs.
     */
    void CheckPrint()
    {
        for (const RegistrationVector<T>& vector : m_message.accepted)
        {
            NS_TEST_EXPECT_MSG_EQ(Print(vector.make()), vector.print, vector.what);
        }
    }

    /**
     * \brief The A flag among the other flags.
     */
    void CheckFlags()
    {
        NS_TEST_EXPECT_MSG_EQ(T().IsAcknowledgeRequested(), false, "default");
        for (const RegistrationVector<T>& vector : m_message.accepted)
        {
            const std::string& what = vector.what;
            const uint32_t size = vector.bytes.size();
            T header;
            NS_TEST_ASSERT_MSG_EQ(Deserialize(header, vector.bytes), size, what);
            NS_TEST_EXPECT_MSG_EQ(header.IsAcknowledgeRequested(), true, what << ": flags 0x80");
            NS_TEST_ASSERT_MSG_EQ(Deserialize(header, With(vector.bytes, 4, 0x00)),
                                  size,
                                  what << ": flags 0");
            NS_TEST_EXPECT_MSG_EQ(header.IsAcknowledgeRequested(), false, what << ": flags 0");
            header.SetAcknowledgeRequested(true);
            NS_TEST_EXPECT_MSG_EQ(static_cast<uint32_t>(header.GetFlags()), 0x80, what << ": A");
            Bytes bytes = Serialize(header);
            NS_TEST_EXPECT_MSG_EQ((bytes == vector.bytes),
                                  true,
                                  what << ": A on the wire: " << Hex(bytes));

            // Setting A leaves the other flags alone; clearing it too.
            NS_TEST_ASSERT_MSG_EQ(Deserialize(header, With(vector.bytes, 4, 0x40)),
                                  size,
                                  what << ": flags 0x40");
            NS_TEST_EXPECT_MSG_EQ(header.IsAcknowledgeRequested(), false, what << ": flags 0x40");
            NS_TEST_EXPECT_MSG_EQ(static_cast<uint32_t>(header.GetFlags()),
                                  0x40,
                                  what << ": flags 0x40");
            header.SetAcknowledgeRequested(true);
            NS_TEST_EXPECT_MSG_EQ(static_cast<uint32_t>(header.GetFlags()),
                                  0xc0,
                                  what << ": A set");
            bytes = Serialize(header);
            NS_TEST_EXPECT_MSG_EQ(static_cast<uint32_t>(bytes.at(4)),
                                  0xc0,
                                  what << ": A set, on the wire");
            header.SetAcknowledgeRequested(false);
            NS_TEST_EXPECT_MSG_EQ(static_cast<uint32_t>(header.GetFlags()),
                                  0x40,
                                  what << ": A cleared");
            header.SetFlags(0xff);
            NS_TEST_EXPECT_MSG_EQ(header.IsAcknowledgeRequested(), true, what << ": flags 0xff");
        }
    }

    /**
     * \brief Every prefix is rejected as truncated, length fields that disagree with the
     *        buffer or with each other are rejected, and a rejected input leaves the
     *        fields as they were.
     */
    void CheckLengths()
    {
        for (const RegistrationVector<T>& vector : m_message.accepted)
        {
            const Bytes& bytes = vector.bytes;
            for (std::size_t n = 0; n < bytes.size(); ++n)
            {
                ExpectRejected(Prefix(bytes, n),
                               hmipv6::WireError::TRUNCATED,
                               vector.what + ", " + std::to_string(n) + " octets");
            }
            // Hdr Ext Len says more than the buffer holds, or less than the options hold.
            const int headerLength = bytes.at(1);
            ExpectOctetRejected(bytes,
                                vector.what,
                                1,
                                "Hdr Ext Len",
                                {headerLength + 1},
                                hmipv6::WireError::TRUNCATED);
            ExpectOctetRejected(bytes,
                                vector.what,
                                1,
                                "Hdr Ext Len",
                                {headerLength - 1, 2, 1},
                                hmipv6::WireError::LENGTH_MISMATCH);
            // alen 17 runs past the header.
            ExpectOctetRejected(bytes,
                                vector.what,
                                vector.HomeAddressTypeOffset() + 1,
                                "alen",
                                {17},
                                hmipv6::WireError::LENGTH_MISMATCH);
            if (vector.hasSubOption)
            {
                // olen disagrees with the sub-option and the padding after it.
                const int optionLength = bytes.at(3);
                ExpectOctetRejected(bytes,
                                    vector.what,
                                    3,
                                    "olen",
                                    {optionLength - 2, optionLength + 2},
                                    hmipv6::WireError::LENGTH_MISMATCH);
                // plen 19 runs past the option.
                ExpectOctetRejected(bytes,
                                    vector.what,
                                    13,
                                    "plen",
                                    {19},
                                    hmipv6::WireError::LENGTH_MISMATCH);
            }
        }

        // A rejected input leaves the fields as they were.
        for (const RegistrationVector<T>& vector : m_message.accepted)
        {
            T header;
            NS_TEST_ASSERT_MSG_EQ(Deserialize(header, vector.bytes),
                                  vector.bytes.size(),
                                  vector.what << ": accepted");
            for (const RegistrationVector<T>& other : m_message.accepted)
            {
                for (std::size_t n = 0; n < other.bytes.size(); ++n)
                {
                    NS_TEST_EXPECT_MSG_EQ(Deserialize(header, Prefix(other.bytes, n)),
                                          0,
                                          other.what << ", " << n << " octets: rejected");
                }
            }
            ExpectFields(header, vector, vector.what + ", kept");
        }
    }

    /**
     * \brief Fields the format constrains: malen, olen, sublen, alen, sub-option type.
     */
    void CheckFields()
    {
        for (const RegistrationVector<T>& vector : m_message.accepted)
        {
            const Bytes& bytes = vector.bytes;
            ExpectOctetRejected(bytes,
                                vector.what,
                                5,
                                "malen",
                                {129},
                                hmipv6::WireError::BAD_PREFIX_LENGTH);
            T header;
            NS_TEST_EXPECT_MSG_EQ(Deserialize(header, With(bytes, 5, 128)),
                                  bytes.size(),
                                  vector.what << ", malen 128");
            ExpectOctetRejected(bytes,
                                vector.what,
                                3,
                                "olen",
                                {6, 0},
                                hmipv6::WireError::BAD_FIXED_LENGTH);
            if (vector.hasSubOption)
            {
                ExpectOctetRejected(bytes,
                                    vector.what,
                                    13,
                                    "plen",
                                    {17, 16, 0},
                                    hmipv6::WireError::BAD_FIXED_LENGTH);
            }
            ExpectOctetRejected(bytes,
                                vector.what,
                                vector.HomeAddressTypeOffset() + 1,
                                "alen",
                                {15},
                                hmipv6::WireError::BAD_FIXED_LENGTH);
        }

        // Address sub-options other than the message's own.
        std::vector<int> others;
        for (uint8_t type : kSubOptionTypes)
        {
            if (type != m_message.subOptionType)
            {
                others.push_back(type);
            }
        }
        ExpectOctetRejected(m_message.withSubOption,
                            "with sub-option",
                            12,
                            "sub-option type",
                            others,
                            hmipv6::WireError::UNKNOWN_SUB_OPTION);
    }

    /**
     * \brief Options missing or present twice.
     */
    void CheckOptionCount()
    {
        for (const RejectedInput& input : m_message.rejected)
        {
            ExpectRejected(input.bytes, input.error, input.what);
        }
        // The registration option, or the Home Address option, turned into an unknown
        // option that may be skipped.
        for (const RegistrationVector<T>& vector : m_message.accepted)
        {
            ExpectOctetRejected(vector.bytes,
                                vector.what,
                                2,
                                "otype",
                                {kSkippedOptionType},
                                hmipv6::WireError::MISSING_OPTION);
            ExpectOctetRejected(vector.bytes,
                                vector.what,
                                vector.HomeAddressTypeOffset(),
                                "atype",
                                {kSkippedOptionType},
                                hmipv6::WireError::MISSING_OPTION);
        }
    }

    /**
     * \brief RFC 8200 4.2: an unknown option is skipped if its type starts with bits 00,
     *        and rejects the header otherwise.
     */
    void CheckUnknownOptions()
    {
        // The other registration messages are not this one.
        std::vector<int> others;
        for (uint8_t type : kRegistrationOptionTypes)
        {
            if (type != m_message.fields.optionType)
            {
                others.push_back(type);
            }
        }
        for (const RegistrationVector<T>& vector : m_message.accepted)
        {
            const Bytes& bytes = vector.bytes;
            // The PadN before the Home Address option turned into an option 0x1f.
            T header;
            NS_TEST_ASSERT_MSG_EQ(
                Deserialize(header, With(bytes, vector.PadOffset(), kSkippedOptionType)),
                bytes.size(),
                vector.what << ", 00: skipped");
            ExpectFields(header, vector, vector.what + ", 00");
            Bytes again = Serialize(header);
            NS_TEST_EXPECT_MSG_EQ((again == bytes),
                                  true,
                                  vector.what << ", sent without it: " << Hex(again));

            ExpectOctetRejected(bytes,
                                vector.what,
                                vector.PadOffset(),
                                "option type",
                                {0x5f, 0x9f, 0xdf},
                                hmipv6::WireError::UNKNOWN_OPTION);
            ExpectOctetRejected(bytes,
                                vector.what,
                                2,
                                "otype",
                                others,
                                hmipv6::WireError::UNKNOWN_OPTION);
        }
    }

    /**
     * \brief The option types are settable and used both ways.
     */
    void CheckOptionTypes()
    {
        // The next type up keeps the two high-order bits: unknown to a default header.
        const uint8_t optionType = m_message.fields.optionType + 1;
        const uint8_t homeAddressType = 0xc8;
        for (const RegistrationVector<T>& vector : m_message.accepted)
        {
            const std::string what = vector.what + ", otype " + HexOctet(optionType) + ", atype " +
                                     HexOctet(homeAddressType);
            T header = vector.make();
            header.SetOptionType(optionType);
            header.SetHomeAddressOptionType(homeAddressType);
            NS_TEST_EXPECT_MSG_EQ(static_cast<uint32_t>(header.GetHomeAddressOptionType()),
                                  static_cast<uint32_t>(homeAddressType),
                                  what);
            Bytes expected = With(With(vector.bytes, 2, optionType),
                                  vector.HomeAddressTypeOffset(),
                                  homeAddressType);
            ExpectSerialized(header, expected, what);

            ExpectRejected(expected, hmipv6::WireError::UNKNOWN_OPTION, what + ", default header");
            T other;
            other.SetOptionType(optionType);
            other.SetHomeAddressOptionType(homeAddressType);
            NS_TEST_EXPECT_MSG_EQ(Deserialize(other, expected),
                                  vector.bytes.size(),
                                  what << ": types expected");
            ExpectFields(other, vector, what);
            NS_TEST_EXPECT_MSG_EQ(Deserialize(other, vector.bytes),
                                  0,
                                  what << ": default types not expected");
            NS_TEST_EXPECT_MSG_EQ(other.GetError(),
                                  hmipv6::WireError::UNKNOWN_OPTION,
                                  what << ": default otype unknown");
        }
    }

    RegistrationMessage<T> m_message; //!< the message's vectors and field values
    Check m_check;                    //!< what the test case checks
};

/**
 * \param message the message's vectors and field values
 * \return the shared test cases of the message, for its suite to add
 * \tparam T the header class
 */
template <typename T>
std::vector<TestCase*>
MakeRegistrationTestCases(const RegistrationMessage<T>& message)
{
    return RegistrationTestCase<T>::MakeAll(message);
}

} // namespace hmipv6test
} // namespace ns3

#endif /* HMIPV6_REGISTRATION_TEST_CASES_H */
