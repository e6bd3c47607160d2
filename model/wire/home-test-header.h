// SPDX-License-Identifier: GPL-2.0-only
#ifndef HMIPV6_HOME_TEST_HEADER_H
#define HMIPV6_HOME_TEST_HEADER_H

#include "mobility-header.h"

namespace ns3
{

/**
 * \ingroup hmipv6
 * \brief Home Test message (RFC 6275 6.1.5), MH Type 3.
 *
 * \verbatim
                                   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
                                   |       Home Nonce Index        |
   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
   |                                                               |
   +                  Home Init Cookie                             +
   |                                                               |
   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
   |                                                               |
   +                  Home Keygen Token                            +
   |                                                               |
   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
   .                        Mobility options                       .
   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
   \endverbatim
 *
 * The correspondent node's answer to a Home Test Init, sent to the home address.
 * Without options the header is 24 octets (Header Len 2).
 */
class HomeTestHeader : public MobilityHeader
{
  public:
    static constexpr uint32_t MESSAGE_DATA_SIZE = 18; //!< nonce index, cookie and token

    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();

    /**
     * \brief Get the most derived type ID.
     * \return the object TypeId
     */
    TypeId GetInstanceTypeId() const override;

    /// A Home Test with index 0, all-zero cookie and token, and no options.
    HomeTestHeader();

    /**
     * \return the Home Nonce Index
     */
    uint16_t GetHomeNonceIndex() const;

    /**
     * \param index the Home Nonce Index
     */
    void SetHomeNonceIndex(uint16_t index);

    /**
     * \return the Home Init Cookie (copied from the Home Test Init)
     */
    const MobilityCookie& GetHomeInitCookie() const;

    /**
     * \param cookie the Home Init Cookie (copied from the Home Test Init)
     */
    void SetHomeInitCookie(const MobilityCookie& cookie);

    /**
     * \return the Home Keygen Token
     */
    const MobilityCookie& GetHomeKeygenToken() const;

    /**
     * \param token the Home Keygen Token
     */
    void SetHomeKeygenToken(const MobilityCookie& token);

  protected:
    const char* GetMessageName() const override;
    uint32_t GetMessageDataSize() const override;
    void SerializeMessageData(Buffer::Iterator& i) const override;
    WireError DeserializeMessageData(Buffer::Iterator& i, uint32_t available) override;
    void PrintMessageData(std::ostream& os) const override;

  private:
    uint16_t m_homeNonceIndex;        //!< Home Nonce Index
    MobilityCookie m_homeInitCookie;  //!< Home Init Cookie
    MobilityCookie m_homeKeygenToken; //!< Home Keygen Token
};

} // namespace ns3

#endif /* HMIPV6_HOME_TEST_HEADER_H */
