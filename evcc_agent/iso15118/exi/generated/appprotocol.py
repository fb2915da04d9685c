# generated — do not edit. EXI grammars for 'appprotocol' built by
# evcc_agent.iso15118.exi.generator from these schema files (sha256):
#   b6d0a1be3067a6ec9f0507ff5eb8629bad6579ae2a8e0537db0abfe37741b512  V2G_CI_AppProtocol.xsd
# fmt: off
QNAMES = [('', 'ProtocolNamespace'), ('', 'VersionNumberMajor'), ('', 'VersionNumberMinor'), ('', 'SchemaID'), ('', 'Priority'), ('', 'AppProtocol'), ('urn:iso:15118:2:2010:AppProtocol', 'supportedAppProtocolReq'), ('', 'ResponseCode'), ('urn:iso:15118:2:2010:AppProtocol', 'supportedAppProtocolRes')]
DTYPES = [(0, 100), (3, 0, 4294967295), (4, 0, 8), (4, 1, 5), (5, ('OK_SuccessfulNegotiation', 'OK_SuccessfulNegotiationWithMinorDeviation', 'Failed_NoNegotiation'), 2, 0)]
ROOTS = [(6, 0), (8, 6)]
FRAGMENTS = [(5, 1), (4, 5), (0, 2), (7, 7), (3, 4), (1, 3), (2, 3), (6, 0), (8, 6)]
GRAMMARS = [
    ('c', [[(1, 5, 1, 1, True)], [(1, 5, 1, 2, True), (2,)], [(1, 5, 1, 3, True), (2,)], [(1, 5, 1, 4, True), (2,)], [(1, 5, 1, 5, True), (2,)], [(1, 5, 1, 6, True), (2,)], [(1, 5, 1, 7, True), (2,)], [(1, 5, 1, 8, True), (2,)], [(1, 5, 1, 9, True), (2,)], [(1, 5, 1, 10, True), (2,)], [(1, 5, 1, 11, True), (2,)], [(1, 5, 1, 12, True), (2,)], [(1, 5, 1, 13, True), (2,)], [(1, 5, 1, 14, True), (2,)], [(1, 5, 1, 15, True), (2,)], [(1, 5, 1, 16, True), (2,)], [(1, 5, 1, 17, True), (2,)], [(1, 5, 1, 18, True), (2,)], [(1, 5, 1, 19, True), (2,)], [(1, 5, 1, 20, True), (2,)], [(2,)]]),
    ('c', [[(1, 0, 2, 1, False)], [(1, 1, 3, 2, False)], [(1, 2, 3, 3, False)], [(1, 3, 4, 4, False)], [(1, 4, 5, 5, False)], [(2,)]]),
    ('s', [[(3, 0, 1)], [(2,)]]),
    ('s', [[(3, 1, 1)], [(2,)]]),
    ('s', [[(3, 2, 1)], [(2,)]]),
    ('s', [[(3, 3, 1)], [(2,)]]),
    ('c', [[(1, 7, 7, 1, False)], [(1, 3, 4, 2, False), (2,)], [(2,)]]),
    ('s', [[(3, 4, 1)], [(2,)]]),
]
