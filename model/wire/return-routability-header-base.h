// SPDX-License-Identifier: GPL-2.0-only
#ifndef HMIPV6_RETURN_ROUTABILITY_HEADER_BASE_H
#define HMIPV6_RETURN_ROUTABILITY_HEADER_BASE_H

#include "mobility-header.h"

#include <cstdint>

namespace ns3
{
namespace hmipv6
{

/**
 * \ingroup hmipv6
 * \brief What the Home Test Init and the Care-of Test Init (RFC 6275 6.1.3, 6.1.4)
 *        share: a Reserved field and an 8-octet init cookie. The two messages differ
 *        only in their MH Type and in which address they test.
 */
class TestInitHeaderBase : public hmipv6::MobilityHeader
{
  public:
    static constexpr uint32_t MESSAGE_DATA_SIZE = 10; //!< Reserved and the cookie

    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();

    /**
     * \return the init cookie
     */
    const hmipv6::MobilityCookie& GetInitCookie() const;

    /**
     * \param cookie the init cookie
     */
    void SetInitCookie(const hmipv6::MobilityCookie& cookie);

  protected:
    /**
     * \param mhType the MH Type
     * \param name the message's name (Print)
     * \param field the cookie's name (Print)
     */
    TestInitHeaderBase(uint8_t mhType, const char* name, const char* field);

    const char* GetMessageName() const override;
    uint32_t GetMessageDataSize() const override;
    void SerializeMessageData(Buffer::Iterator& i) const override;
    hmipv6::WireError DeserializeMessageData(Buffer::Iterator& i, uint32_t available) override;
    void PrintMessageData(std::ostream& os) const override;

  private:
    const char* m_name;              //!< the message's name
    const char* m_field;             //!< the cookie's name
    hmipv6::MobilityCookie m_cookie; //!< the init cookie
};

/**
 * \ingroup hmipv6
 * \brief What the Home Test and the Care-of Test (RFC 6275 6.1.5, 6.1.6) share: a
 *        nonce index, the init cookie echoed and an 8-octet keygen token.
 */
class TestHeaderBase : public hmipv6::MobilityHeader
{
  public:
    static constexpr uint32_t MESSAGE_DATA_SIZE = 18; //!< nonce index, cookie and token

    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();

    /**
     * \return the nonce index
     */
    uint16_t GetNonceIndex() const;

    /**
     * \param index the nonce index
     */
    void SetNonceIndex(uint16_t index);

    /**
     * \return the init cookie (copied from the test init)
     */
    const hmipv6::MobilityCookie& GetInitCookie() const;

    /**
     * \param cookie the init cookie (copied from the test init)
     */
    void SetInitCookie(const hmipv6::MobilityCookie& cookie);

    /**
     * \return the keygen token
     */
    const hmipv6::MobilityCookie& GetKeygenToken() const;

    /**
     * \param token the keygen token
     */
    void SetKeygenToken(const hmipv6::MobilityCookie& token);

  protected:
    /**
     * \param mhType the MH Type
     * \param name the message's name (Print)
     * \param fields the fields' prefix (Print: "home" or "careOf")
     */
    TestHeaderBase(uint8_t mhType, const char* name, const char* fields);

    const char* GetMessageName() const override;
    uint32_t GetMessageDataSize() const override;
    void SerializeMessageData(Buffer::Iterator& i) const override;
    hmipv6::WireError DeserializeMessageData(Buffer::Iterator& i, uint32_t available) override;
    void PrintMessageData(std::ostream& os) const override;

  private:
    const char* m_name;              //!< the message's name
    const char* m_fields;            //!< the fields' prefix
    uint16_t m_nonceIndex;           //!< the nonce index
    hmipv6::MobilityCookie m_cookie; //!< the init cookie
    hmipv6::MobilityCookie m_token;  //!< the keygen token
};

} // namespace hmipv6
} // namespace ns3

#endif /* HMIPV6_RETURN_ROUTABILITY_HEADER_BASE_H */
