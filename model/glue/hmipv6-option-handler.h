// SPDX-License-Identifier: GPL-2.0-only
#ifndef HMIPV6_HMIPV6_OPTION_HANDLER_H
#define HMIPV6_HMIPV6_OPTION_HANDLER_H

#include "ns3/ipv6-header.h"
#include "ns3/ipv6-option.h"
#include "ns3/packet.h"
#include "ns3/ptr.h"
#include "ns3/traced-callback.h"

#include <cstdint>
#include <string>
#include <vector>

namespace ns3
{

/**
 * \ingroup hmipv6
 * \brief Accepts one IPv6 option type in ns-3's option demux and traces it.
 *
 * ns-3's Ipv6Extension::ProcessOptions discards packets with options its
 * Ipv6OptionDemux does not know, and the draft's options (default types 0x1E, 0x9E,
 * 0xDE, 0xBE, 0xFE) and RFC 6275's Home Address option (201) have top bits that ask
 * for a discard, most with an ICMPv6 Parameter Problem. One instance per option type,
 * inserted with MobilityGlueHelper, makes the node accept the option: Process reads the
 * option's type and length, fires "Rx" with its data and returns its size. What the
 * option means is for the roles (mobility server, home agent, ...) built on top.
 *
 * Home Address option (201): the handler does NOT swap the home address into the
 * source address (RFC 6275 9.3.1). ns-3's LocalDeliver hands the upper layer the
 * Ipv6Header as received and gives options only a const reference to it; the roles
 * make the swap in their own receive path. With 16 octets of data, the handler records
 * the address in the packet's ReceivedHomeAddressTag, so that upper layers (the
 * Mobility Header checksum first) can use it.
 *
 * Bounds: the option must end inside the extension header that holds it (found by
 * walking the header chain from the IPv6 header) and inside the packet; and its size
 * must fit the uint8_t that ns-3's option interface returns. Otherwise the packet is
 * marked dropped (isDropped), counted and traced ("Drop"), and Process returns the
 * octets left in that header, so that ns-3 stays aligned on the header chain. Note:
 * ns-3 3.37's ProcessOptions sets neither stopProcessing nor dropReason for an option
 * that marks the packet dropped, so Ipv6L3Protocol fires its "Drop" trace with an
 * uninitialized reason and still processes the rest of the packet; an option handler
 * cannot change that (use this class's "Drop" trace to see these drops).
 */
class Hmipv6OptionHandler : public Ipv6Option
{
  public:
    static constexpr uint8_t HOME_ADDRESS_OPTION = 201; //!< RFC 6275 6.3
    static constexpr uint8_t HOME_ADDRESS_LENGTH = 16;  //!< its data length

    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();

    /**
     * \brief Construct for option type 0x1E (the default of ObjectFactory users).
     *
     * The attribute "OptionNumber" is Ipv6Option's, read-only: it reports
     * GetOptionNumber. The number is fixed at construction because Ipv6OptionDemux
     * looks options up by it.
     */
    Hmipv6OptionHandler();

    /**
     * \brief Construct for an option type.
     * \param optionNumber the option type it accepts
     */
    explicit Hmipv6OptionHandler(uint8_t optionNumber);

    ~Hmipv6OptionHandler() override;

    /**
     * \brief Get the option number.
     * \return the option type this handler accepts
     */
    uint8_t GetOptionNumber() const override;

    /**
     * \brief Accept the option at offset.
     * \param packet the packet after the IPv6 header (all its extension headers)
     * \param offset where the option starts in packet
     * \param ipv6Header the IPv6 header
     * \param isDropped set to true if the option is truncated; left alone otherwise
     * \return the option's size (2 + its length), or, for a truncated option, the
     *         octets left in the extension header that holds it
     */
    uint8_t Process(Ptr<Packet> packet,
                    uint8_t offset,
                    const Ipv6Header& ipv6Header,
                    bool& isDropped) override;

    /**
     * \brief Number of options accepted.
     * \return the count since creation
     */
    uint64_t GetReceivedCount() const;

    /**
     * \brief Number of truncated options (packets marked dropped).
     * \return the count since creation
     */
    uint64_t GetDroppedCount() const;

    /**
     * \brief TracedCallback signature of "Rx".
     * \param packet a copy of the packet after the IPv6 header (all extension headers)
     * \param header the IPv6 header as received
     * \param optionNumber the option type
     * \param data the option data (without type and length octets)
     */
    typedef void (*RxCallback)(Ptr<const Packet> packet,
                               const Ipv6Header& header,
                               uint8_t optionNumber,
                               const std::vector<uint8_t>& data);

    /**
     * \brief TracedCallback signature of "Drop".
     * \param packet a copy of the packet after the IPv6 header
     * \param header the IPv6 header as received
     * \param optionNumber the option type it accepts
     * \param reason why the packet was marked dropped
     */
    typedef void (*DropCallback)(Ptr<const Packet> packet,
                                 const Ipv6Header& header,
                                 uint8_t optionNumber,
                                 const std::string& reason);

  private:
    /**
     * \brief Where the extension header holding an option ends.
     * \param octets the packet after the IPv6 header
     * \param offset where the option starts
     * \param firstNextHeader the IPv6 header's Next Header
     * \return the end of the extension header that holds offset, capped at the
     *         packet's size; the packet's size if the chain cannot be followed to offset
     */
    static uint32_t OptionsEnd(const std::vector<uint8_t>& octets,
                               uint32_t offset,
                               uint8_t firstNextHeader);

    /**
     * \brief Mark a truncated option's packet dropped.
     * \param packet the packet
     * \param offset where the option starts
     * \param end where its extension header ends
     * \param ipv6Header the IPv6 header
     * \param isDropped set to true
     * \param reason why
     * \return the octets from offset to end (at most 255)
     */
    uint8_t Drop(Ptr<Packet> packet,
                 uint32_t offset,
                 uint32_t end,
                 const Ipv6Header& ipv6Header,
                 bool& isDropped,
                 const std::string& reason);

    uint8_t m_optionNumber; //!< "OptionNumber"
    uint64_t m_received;    //!< options accepted
    uint64_t m_dropped;     //!< options truncated
    TracedCallback<Ptr<const Packet>, const Ipv6Header&, uint8_t, const std::vector<uint8_t>&>
        m_rxTrace; //!< "Rx"
    TracedCallback<Ptr<const Packet>, const Ipv6Header&, uint8_t, const std::string&>
        m_dropTrace; //!< "Drop"
};

} // namespace ns3

#endif /* HMIPV6_HMIPV6_OPTION_HANDLER_H */
