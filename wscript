# -*- Mode: python; py-indent-offset: 4; indent-tabs-mode: nil; coding: utf-8; -*-
# Build of the hmipv6 module in waf-era ns-3 trees (<= 3.35). Lists the same files as
# CMakeLists.txt; test/check-build-lists.py checks that they agree.


def configure(conf):
    # HMAC-SHA1 and SHA1 for return routability (RFC 6275 5.2); Boost is header-only.
    conf.check_cxx(lib='crypto', header_name='openssl/hmac.h', uselib_store='CRYPTO',
                   mandatory=True)
    conf.check_cxx(header_name='boost/multi_index_container.hpp', mandatory=True)


def build(bld):
    module = bld.create_ns3_module('hmipv6', ['internet', 'internet-apps'])
    module.use.append('CRYPTO')
    module.source = [
        'model/wire/wire-error.cc',
        'model/wire/option-tlv.cc',
        'model/wire/mobility-info-ra-option.cc',
        'model/wire/mobility-info-header.cc',
        'model/wire/registration-header-base.cc',
        'model/wire/registration-request-header.cc',
        'model/wire/registration-update-header.cc',
        'model/wire/registration-refresh-header.cc',
        'model/wire/handoff-request-header.cc',
        'model/wire/home-address-option.cc',
        'model/wire/type2-routing-header.cc',
        'model/wire/binding-refresh-advice-option.cc',
        'model/wire/alternate-coa-option.cc',
        'model/wire/nonce-indices-option.cc',
        'model/wire/binding-auth-data-option.cc',
        'model/wire/mobility-options.cc',
        'model/wire/mobility-header.cc',
        'model/wire/binding-refresh-request-header.cc',
        'model/wire/home-test-init-header.cc',
        'model/wire/care-of-test-init-header.cc',
        'model/wire/home-test-header.cc',
        'model/wire/care-of-test-header.cc',
        'model/wire/binding-update-header.cc',
        'model/wire/binding-ack-header.cc',
        'model/wire/binding-error-header.cc',
        'model/state/mobility-sequence-number.cc',
        'model/state/binding-cache.cc',
        'model/state/binding-update-list.cc',
        'model/state/return-routability.cc',
        'model/glue/ipv6-only-l4-protocol.cc',
        'model/glue/no-next-header-l4-protocol.cc',
        'model/glue/received-home-address-tag.cc',
        'model/glue/mobility-l4-protocol.cc',
        'model/glue/hmipv6-option-handler.cc',
        'model/glue/ipv6-extension-type2-routing.cc',
        'model/glue/ipv6-tunnel-net-device.cc',
        'model/glue/ipv6-tunnel-l4-protocol.cc',
        'model/glue/mobility-routing-protocol.cc',
        'model/glue/nd-proxy.cc',
        'model/handoff/link-switch-handoff.cc',
        'model/roles/home-agent.cc',
        'model/roles/mipv6-mobile-node.cc',
        'helper/mobility-glue-helper.cc',
        'helper/mipv6-helper.cc',
    ]

    module_test = bld.create_ns3_module_test_library('hmipv6')
    module_test.source = [
        'test/wire/mobility-info-ra-option-test.cc',
        'test/wire/mobility-info-header-test.cc',
        'test/wire/registration-request-test.cc',
        'test/wire/registration-update-test.cc',
        'test/wire/registration-refresh-test.cc',
        'test/wire/handoff-request-test.cc',
        'test/wire/home-address-option-test.cc',
        'test/wire/type2-routing-header-test.cc',
        'test/wire/mobility-header-test.cc',
        'test/wire/mobility-options-test.cc',
        'test/wire/binding-update-test.cc',
        'test/wire/binding-ack-test.cc',
        'test/wire/binding-refresh-request-test.cc',
        'test/wire/binding-error-test.cc',
        'test/wire/return-routability-test.cc',
        'test/glue/mobility-glue-test.cc',
        'test/glue/ipv6-tunnel-test.cc',
        'test/glue/nd-proxy-test.cc',
        'test/handoff/link-switch-handoff-test.cc',
        'test/roles/home-agent-test.cc',
        'test/roles/mipv6-handoff-test.cc',
    ]

    headers = bld(features='ns3header')
    headers.module = 'hmipv6'
    headers.source = [
        'model/wire/wire-error.h',
        'model/wire/option-tlv.h',
        'model/wire/mobility-info-ra-option.h',
        'model/wire/mobility-info-header.h',
        'model/wire/registration-header-base.h',
        'model/wire/registration-request-header.h',
        'model/wire/registration-update-header.h',
        'model/wire/registration-refresh-header.h',
        'model/wire/handoff-request-header.h',
        'model/wire/home-address-option.h',
        'model/wire/type2-routing-header.h',
        'model/wire/binding-refresh-advice-option.h',
        'model/wire/alternate-coa-option.h',
        'model/wire/nonce-indices-option.h',
        'model/wire/binding-auth-data-option.h',
        'model/wire/mobility-options.h',
        'model/wire/mobility-header.h',
        'model/wire/binding-refresh-request-header.h',
        'model/wire/home-test-init-header.h',
        'model/wire/care-of-test-init-header.h',
        'model/wire/home-test-header.h',
        'model/wire/care-of-test-header.h',
        'model/wire/binding-update-header.h',
        'model/wire/binding-ack-header.h',
        'model/wire/binding-error-header.h',
        'model/state/mobility-sequence-number.h',
        'model/state/binding-cache.h',
        'model/state/binding-update-list.h',
        'model/state/return-routability.h',
        'model/glue/ipv6-only-l4-protocol.h',
        'model/glue/no-next-header-l4-protocol.h',
        'model/glue/received-home-address-tag.h',
        'model/glue/mobility-l4-protocol.h',
        'model/glue/hmipv6-option-handler.h',
        'model/glue/ipv6-extension-type2-routing.h',
        'model/glue/ipv6-tunnel-net-device.h',
        'model/glue/ipv6-tunnel-l4-protocol.h',
        'model/glue/mobility-routing-protocol.h',
        'model/glue/nd-proxy.h',
        'model/glue/icmpv6-checksum.h',
        'model/handoff/link-switch-handoff.h',
        'model/roles/home-agent.h',
        'model/roles/mipv6-mobile-node.h',
        'helper/mobility-glue-helper.h',
        'helper/mipv6-helper.h',
    ]

    if bld.env.ENABLE_EXAMPLES:
        bld.recurse('examples')
