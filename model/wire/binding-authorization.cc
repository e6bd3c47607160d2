// SPDX-License-Identifier: GPL-2.0-only
#include "binding-authorization.h"

#include "binding-auth-data-option.h"

#include <algorithm>

namespace ns3
{
namespace hmipv6
{

void
AuthorizeWithKbm(hmipv6::MobilityHeader& message,
                 hmipv6::MobilityOptions options,
                 const hmipv6::ReturnRoutability::Key& kbm,
                 Ipv6Address careOf,
                 Ipv6Address correspondent)
{
    // 6.2.7: serialized with any authenticator first, then with the one computed over it.
    options.SetBindingAuthData(hmipv6::BindingAuthDataOption(
        std::vector<uint8_t>(hmipv6::ReturnRoutability::AUTHENTICATOR_LENGTH, 0)));
    message.SetOptions(options);
    Ptr<Packet> draft = Create<Packet>();
    draft->AddHeader(message);
    std::vector<uint8_t> octets(draft->GetSize());
    draft->CopyData(octets.data(), octets.size());
    options.SetBindingAuthData(
        hmipv6::BindingAuthDataOption(hmipv6::ReturnRoutability::Authenticator(
            kbm,
            careOf,
            correspondent,
            hmipv6::ReturnRoutability::MhDataForAuthenticator(octets))));
    message.SetOptions(options);
}

std::vector<uint8_t>
MobilityHeaderOctets(Ptr<const Packet> packet)
{
    uint8_t lengths[2] = {0, 0};
    if (packet->GetSize() >= 2)
    {
        packet->CopyData(lengths, 2);
    }
    uint32_t headerSize = (static_cast<uint32_t>(lengths[1]) + 1) * 8;
    std::vector<uint8_t> octets(std::min(headerSize, packet->GetSize()));
    packet->CopyData(octets.data(), octets.size());
    return octets;
}

bool
VerifyKbmAuthorization(const std::vector<uint8_t>& octets,
                       const std::vector<uint8_t>& authenticator,
                       const hmipv6::ReturnRoutability::Key& kbm,
                       Ipv6Address careOf,
                       Ipv6Address correspondent)
{
    std::vector<uint8_t> data =
        hmipv6::ReturnRoutability::MhDataForAuthenticator(octets, authenticator.size());
    return !data.empty() && hmipv6::ReturnRoutability::CheckAuthenticator(kbm,
                                                                          careOf,
                                                                          correspondent,
                                                                          data,
                                                                          authenticator);
}

namespace
{
/// Where the Mobility Header's Checksum field is.
constexpr uint32_t CHECKSUM_OFFSET = 4;
} // namespace

void
AuthenticateWithAssociation(hmipv6::MobilityHeader& message,
                            hmipv6::MobilityOptions options,
                            const SecurityAssociation& association,
                            Ipv6Address first,
                            Ipv6Address second)
{
    options.SetMessageAuth(
        MobilityMessageAuthOption(MobilityMessageAuthOption::SUBTYPE_MN_HA, association.spi, {}));
    message.SetOptions(options);
    Ptr<Packet> draft = Create<Packet>();
    draft->AddHeader(message);
    std::vector<uint8_t> octets(draft->GetSize());
    draft->CopyData(octets.data(), octets.size());
    octets[CHECKSUM_OFFSET] = octets[CHECKSUM_OFFSET + 1] = 0;
    KeyChain::Authenticator authenticator =
        KeyChain::Compute(association,
                          first,
                          second,
                          octets,
                          octets.size() - MobilityMessageAuthOption::AUTHENTICATOR_LENGTH);
    options.SetMessageAuth(MobilityMessageAuthOption(MobilityMessageAuthOption::SUBTYPE_MN_HA,
                                                     association.spi,
                                                     authenticator));
    message.SetOptions(options);
}

std::optional<DropReason>
CheckAssociationAuthentication(const std::vector<uint8_t>& octets,
                               const hmipv6::MobilityOptions& options,
                               const std::optional<SecurityAssociation>& association,
                               Ipv6Address first,
                               Ipv6Address second)
{
    const auto& auth = options.GetMessageAuth();
    if (!auth)
    {
        return DropReason::UNAUTHENTICATED;
    }
    if (!association || auth->GetSpi() != association->spi)
    {
        return DropReason::UNKNOWN_SPI;
    }
    const uint32_t length = MobilityMessageAuthOption::AUTHENTICATOR_LENGTH;
    // RFC 4285 5.1: the option is last, so its authenticator ends the message.
    if (octets.size() < CHECKSUM_OFFSET + 2 + length ||
        !std::equal(auth->GetAuthenticator().begin(),
                    auth->GetAuthenticator().end(),
                    octets.end() - length))
    {
        return DropReason::BAD_AUTHENTICATOR;
    }
    std::vector<uint8_t> covered = octets;
    covered[CHECKSUM_OFFSET] = covered[CHECKSUM_OFFSET + 1] = 0;
    if (!KeyChain::Verify(*association, first, second, covered, covered.size() - length))
    {
        return DropReason::BAD_AUTHENTICATOR;
    }
    return std::nullopt;
}

} // namespace hmipv6
} // namespace ns3
