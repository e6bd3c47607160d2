// SPDX-License-Identifier: GPL-2.0-only
#ifndef HMIPV6_DRAFT_MESSAGE_AUTHENTICATION_H
#define HMIPV6_DRAFT_MESSAGE_AUTHENTICATION_H

#include "auth-sub-options.h"
#include "mobility-info-header.h"
#include "registration-header-base.h"

#include "ns3/buffer.h"
#include "ns3/drop-reason.h"
#include "ns3/ipv6-address.h"
#include "ns3/key-chain.h"

#include <optional>
#include <vector>

namespace ns3
{
namespace hmipv6
{

static_assert(AuthSubOption::DEFAULT_TYPE == KeyChain::DEFAULT_AUTH_SUB_OPTION_TYPE &&
                  TimestampSubOption::DEFAULT_TYPE == KeyChain::DEFAULT_TIMESTAMP_SUB_OPTION_TYPE,
              "one default for each sub-option type");

/**
 * \ingroup hmipv6
 * \brief Give a registration message or Handoff Request the node's authentication
 *        sub-option type (KeyChain "AuthSubOptionType"), before it is written or read.
 * \param message the message
 * \param keys the node's key chain
 */
inline void
UseSubOptionTypes(RegistrationHeaderBase& message, const KeyChain& keys)
{
    message.SetAuthSubOptionType(keys.GetAuthSubOptionType());
}

/**
 * \ingroup hmipv6
 * \brief Give a Mobility Information message the node's sub-option types (KeyChain
 *        "AuthSubOptionType" and "TimestampSubOptionType"), before it is written or read.
 * \param message the message
 * \param keys the node's key chain
 */
inline void
UseSubOptionTypes(MobilityInfoHeader& message, const KeyChain& keys)
{
    message.SetSubOptionTypes(keys.GetAuthSubOptionType(), keys.GetTimestampSubOptionType());
}

/**
 * \ingroup hmipv6
 * \brief Sign a draft message (a registration message, Handoff Request or Mobility
 *        Information header) with its authentication sub-option (draft 5.2): the
 *        authenticator is computed over the header as it will be sent.
 * \tparam H the header class (SetAuthentication, GetAuthenticatorOffset)
 * \param message the message, every other field set
 * \param association the association with the receiver
 * \param source the IPv6 source it will be sent from
 * \param destination the IPv6 destination
 */
template <class H>
void
SignDraftMessage(H& message,
                 const SecurityAssociation& association,
                 Ipv6Address source,
                 Ipv6Address destination)
{
    AuthSubOption auth;
    auth.spi = association.spi;
    message.SetAuthentication(auth);
    Buffer buffer;
    buffer.AddAtStart(message.GetSerializedSize());
    message.Serialize(buffer.Begin());
    std::vector<uint8_t> octets(buffer.GetSize());
    buffer.CopyData(octets.data(), octets.size());
    auth.authenticator = KeyChain::Compute(association,
                                           source,
                                           destination,
                                           octets,
                                           message.GetAuthenticatorOffset());
    message.SetAuthentication(auth);
}

/**
 * \ingroup hmipv6
 * \brief Check a received draft message's authentication sub-option.
 * \tparam H the header class (HasAuthentication, GetAuthentication,
 *         GetAuthenticatorOffset)
 * \param message the message as deserialized
 * \param octets the header's octets as received
 * \param association the association with the claimed sender, if there is one
 * \param source the IPv6 source
 * \param destination the IPv6 destination
 * \return none if the message is authentic, else why not (UNAUTHENTICATED: no
 *         sub-option; UNKNOWN_SPI; BAD_AUTHENTICATOR)
 */
template <class H>
std::optional<DropReason>
CheckDraftMessage(const H& message,
                  const std::vector<uint8_t>& octets,
                  const std::optional<SecurityAssociation>& association,
                  Ipv6Address source,
                  Ipv6Address destination)
{
    if (!message.HasAuthentication())
    {
        return DropReason::UNAUTHENTICATED;
    }
    if (!association || message.GetAuthentication().spi != association->spi)
    {
        return DropReason::UNKNOWN_SPI;
    }
    if (!KeyChain::Verify(*association,
                          source,
                          destination,
                          octets,
                          message.GetAuthenticatorOffset()))
    {
        return DropReason::BAD_AUTHENTICATOR;
    }
    return std::nullopt;
}

} // namespace hmipv6
} // namespace ns3

#endif /* HMIPV6_DRAFT_MESSAGE_AUTHENTICATION_H */
