# generated — do not edit. EXI grammars for 'xmldsig' built by
# evcc_agent.iso15118.exi.generator from these schema files (sha256):
#   35cf8197da812c85e40d57891b35c94187569ed474a2dac813ce5090dafcd35c  xmldsig-core-schema.xsd
# fmt: off
QNAMES = [('', 'Algorithm'), ('http://www.w3.org/2000/09/xmldsig#', 'CanonicalizationMethod'), ('http://www.w3.org/2000/09/xmldsig#', 'P'), ('http://www.w3.org/2000/09/xmldsig#', 'G'), ('http://www.w3.org/2000/09/xmldsig#', 'Y'), ('http://www.w3.org/2000/09/xmldsig#', 'Q'), ('http://www.w3.org/2000/09/xmldsig#', 'J'), ('http://www.w3.org/2000/09/xmldsig#', 'Seed'), ('http://www.w3.org/2000/09/xmldsig#', 'PgenCounter'), ('http://www.w3.org/2000/09/xmldsig#', 'DSAKeyValue'), ('http://www.w3.org/2000/09/xmldsig#', 'DigestMethod'), ('http://www.w3.org/2000/09/xmldsig#', 'DigestValue'), ('http://www.w3.org/2000/09/xmldsig#', 'Modulus'), ('http://www.w3.org/2000/09/xmldsig#', 'Exponent'), ('http://www.w3.org/2000/09/xmldsig#', 'RSAKeyValue'), ('http://www.w3.org/2000/09/xmldsig#', 'XPath'), ('http://www.w3.org/2000/09/xmldsig#', 'Transform'), ('', 'Type'), ('', 'URI'), ('http://www.w3.org/2000/09/xmldsig#', 'Transforms'), ('http://www.w3.org/2000/09/xmldsig#', 'X509IssuerName'), ('http://www.w3.org/2000/09/xmldsig#', 'X509SerialNumber'), ('http://www.w3.org/2000/09/xmldsig#', 'X509IssuerSerial'), ('http://www.w3.org/2000/09/xmldsig#', 'X509SKI'), ('http://www.w3.org/2000/09/xmldsig#', 'X509SubjectName'), ('http://www.w3.org/2000/09/xmldsig#', 'X509Certificate'), ('http://www.w3.org/2000/09/xmldsig#', 'X509CRL'), ('http://www.w3.org/2000/09/xmldsig#', 'PGPKeyID'), ('http://www.w3.org/2000/09/xmldsig#', 'PGPKeyPacket'), ('http://www.w3.org/2000/09/xmldsig#', 'SPKISexp'), ('', 'Id'), ('http://www.w3.org/2000/09/xmldsig#', 'KeyName'), ('http://www.w3.org/2000/09/xmldsig#', 'KeyValue'), ('http://www.w3.org/2000/09/xmldsig#', 'RetrievalMethod'), ('http://www.w3.org/2000/09/xmldsig#', 'X509Data'), ('http://www.w3.org/2000/09/xmldsig#', 'PGPData'), ('http://www.w3.org/2000/09/xmldsig#', 'SPKIData'), ('http://www.w3.org/2000/09/xmldsig#', 'MgmtData'), ('http://www.w3.org/2000/09/xmldsig#', 'KeyInfo'), ('http://www.w3.org/2000/09/xmldsig#', 'Reference'), ('http://www.w3.org/2000/09/xmldsig#', 'Manifest'), ('', 'Encoding'), ('', 'MimeType'), ('http://www.w3.org/2000/09/xmldsig#', 'Object'), ('http://www.w3.org/2000/09/xmldsig#', 'HMACOutputLength'), ('http://www.w3.org/2000/09/xmldsig#', 'SignatureMethod'), ('http://www.w3.org/2000/09/xmldsig#', 'SignedInfo'), ('http://www.w3.org/2000/09/xmldsig#', 'SignatureValue'), ('http://www.w3.org/2000/09/xmldsig#', 'Signature'), ('', 'Target'), ('http://www.w3.org/2000/09/xmldsig#', 'SignatureProperty'), ('http://www.w3.org/2000/09/xmldsig#', 'SignatureProperties')]
DTYPES = [(0, None), (7, None), (2, None, None)]
ROOTS = [(1, 0), (9, 1), (10, 3), (11, 4), (38, 5), (31, 6), (32, 7), (40, 18), (37, 6), (43, 20), (35, 16), (14, 8), (39, 19), (33, 9), (36, 17), (48, 21), (45, 23), (51, 26), (50, 27), (47, 25), (46, 22), (16, 11), (19, 10), (34, 12)]
FRAGMENTS = [(1, 0), (9, 1), (10, 3), (11, 4), (13, 2), (3, 2), (44, 24), (6, 2), (38, 5), (31, 6), (32, 7), (40, 18), (37, 6), (12, 2), (43, 20), (2, 2), (35, 16), (27, 15), (28, 15), (8, 2), (5, 2), (14, 8), (39, 19), (33, 9), (36, 17), (29, 15), (7, 2), (48, 21), (45, 23), (51, 26), (50, 27), (47, 25), (46, 22), (16, 11), (19, 10), (26, 15), (25, 15), (34, 12), (20, 6), (22, 13), (23, 15), (21, 14), (24, 6), (15, 6), (4, 2)]
GRAMMARS = [
    ('c', [[(0, 0, 0, 1)], [(4, 2), (2,), (5, 1)], [(4, 2), (2,), (5, 2)]]),
    ('c', [[(1, 2, 2, 1, False), (1, 3, 2, 2, False), (1, 4, 2, 3, False)], [(1, 5, 2, 4, False)], [(1, 4, 2, 3, False)], [(1, 6, 2, 5, False), (1, 7, 2, 6, False), (2,)], [(1, 3, 2, 2, False), (1, 4, 2, 3, False)], [(1, 7, 2, 6, False), (2,)], [(1, 8, 2, 7, False)], [(2,)]]),
    ('s', [[(3, 1, 1)], [(2,)]]),
    ('c', [[(0, 0, 0, 1)], [(4, 2), (2,), (5, 1)], [(4, 2), (2,), (5, 2)]]),
    ('s', [[(3, 1, 1)], [(2,)]]),
    ('c', [[(0, 30, 0, 1), (1, 31, 6, 2, False), (1, 32, 7, 3, False), (1, 33, 9, 4, False), (1, 34, 12, 5, False), (1, 35, 16, 6, False), (1, 36, 17, 7, False), (1, 37, 6, 8, False), (4, 9), (5, 1)], [(1, 31, 6, 2, False), (1, 32, 7, 3, False), (1, 33, 9, 4, False), (1, 34, 12, 5, False), (1, 35, 16, 6, False), (1, 36, 17, 7, False), (1, 37, 6, 8, False), (4, 9), (5, 1)], [(1, 31, 6, 10, False), (1, 32, 7, 11, False), (1, 33, 9, 12, False), (1, 34, 12, 13, False), (1, 35, 16, 14, False), (1, 36, 17, 15, False), (1, 37, 6, 16, False), (4, 17), (2,), (5, 2)], [(1, 31, 6, 10, False), (1, 32, 7, 11, False), (1, 33, 9, 12, False), (1, 34, 12, 13, False), (1, 35, 16, 14, False), (1, 36, 17, 15, False), (1, 37, 6, 16, False), (4, 17), (2,), (5, 3)], [(1, 31, 6, 10, False), (1, 32, 7, 11, False), (1, 33, 9, 12, False), (1, 34, 12, 13, False), (1, 35, 16, 14, False), (1, 36, 17, 15, False), (1, 37, 6, 16, False), (4, 17), (2,), (5, 4)], [(1, 31, 6, 10, False), (1, 32, 7, 11, False), (1, 33, 9, 12, False), (1, 34, 12, 13, False), (1, 35, 16, 14, False), (1, 36, 17, 15, False), (1, 37, 6, 16, False), (4, 17), (2,), (5, 5)], [(1, 31, 6, 10, False), (1, 32, 7, 11, False), (1, 33, 9, 12, False), (1, 34, 12, 13, False), (1, 35, 16, 14, False), (1, 36, 17, 15, False), (1, 37, 6, 16, False), (4, 17), (2,), (5, 6)], [(1, 31, 6, 10, False), (1, 32, 7, 11, False), (1, 33, 9, 12, False), (1, 34, 12, 13, False), (1, 35, 16, 14, False), (1, 36, 17, 15, False), (1, 37, 6, 16, False), (4, 17), (2,), (5, 7)], [(1, 31, 6, 10, False), (1, 32, 7, 11, False), (1, 33, 9, 12, False), (1, 34, 12, 13, False), (1, 35, 16, 14, False), (1, 36, 17, 15, False), (1, 37, 6, 16, False), (4, 17), (2,), (5, 8)], [(1, 31, 6, 10, False), (1, 32, 7, 11, False), (1, 33, 9, 12, False), (1, 34, 12, 13, False), (1, 35, 16, 14, False), (1, 36, 17, 15, False), (1, 37, 6, 16, False), (4, 17), (2,), (5, 9)], [(1, 31, 6, 10, False), (1, 32, 7, 11, False), (1, 33, 9, 12, False), (1, 34, 12, 13, False), (1, 35, 16, 14, False), (1, 36, 17, 15, False), (1, 37, 6, 16, False), (4, 17), (2,), (5, 10)], [(1, 31, 6, 10, False), (1, 32, 7, 11, False), (1, 33, 9, 12, False), (1, 34, 12, 13, False), (1, 35, 16, 14, False), (1, 36, 17, 15, False), (1, 37, 6, 16, False), (4, 17), (2,), (5, 11)], [(1, 31, 6, 10, False), (1, 32, 7, 11, False), (1, 33, 9, 12, False), (1, 34, 12, 13, False), (1, 35, 16, 14, False), (1, 36, 17, 15, False), (1, 37, 6, 16, False), (4, 17), (2,), (5, 12)], [(1, 31, 6, 10, False), (1, 32, 7, 11, False), (1, 33, 9, 12, False), (1, 34, 12, 13, False), (1, 35, 16, 14, False), (1, 36, 17, 15, False), (1, 37, 6, 16, False), (4, 17), (2,), (5, 13)], [(1, 31, 6, 10, False), (1, 32, 7, 11, False), (1, 33, 9, 12, False), (1, 34, 12, 13, False), (1, 35, 16, 14, False), (1, 36, 17, 15, False), (1, 37, 6, 16, False), (4, 17), (2,), (5, 14)], [(1, 31, 6, 10, False), (1, 32, 7, 11, False), (1, 33, 9, 12, False), (1, 34, 12, 13, False), (1, 35, 16, 14, False), (1, 36, 17, 15, False), (1, 37, 6, 16, False), (4, 17), (2,), (5, 15)], [(1, 31, 6, 10, False), (1, 32, 7, 11, False), (1, 33, 9, 12, False), (1, 34, 12, 13, False), (1, 35, 16, 14, False), (1, 36, 17, 15, False), (1, 37, 6, 16, False), (4, 17), (2,), (5, 16)], [(1, 31, 6, 10, False), (1, 32, 7, 11, False), (1, 33, 9, 12, False), (1, 34, 12, 13, False), (1, 35, 16, 14, False), (1, 36, 17, 15, False), (1, 37, 6, 16, False), (4, 17), (2,), (5, 17)]]),
    ('s', [[(3, 0, 1)], [(2,)]]),
    ('c', [[(1, 9, 1, 1, False), (1, 14, 8, 2, False), (4, 3), (5, 0)], [(2,), (5, 1)], [(2,), (5, 2)], [(2,), (5, 3)]]),
    ('c', [[(1, 12, 2, 1, False)], [(1, 13, 2, 2, False)], [(2,)]]),
    ('c', [[(0, 17, 0, 1), (0, 18, 0, 2), (1, 19, 10, 3, False), (2,)], [(0, 18, 0, 2), (1, 19, 10, 3, False), (2,)], [(1, 19, 10, 3, False), (2,)], [(2,)]]),
    ('c', [[(1, 16, 11, 1, True)], [(1, 16, 11, 2, True), (2,)], [(1, 16, 11, 2, True), (2,)]]),
    ('c', [[(0, 0, 0, 1)], [(1, 15, 6, 3, False), (4, 2), (2,), (5, 1)], [(1, 15, 6, 3, False), (4, 2), (2,), (5, 2)], [(1, 15, 6, 3, False), (4, 2), (2,), (5, 3)]]),
    ('c', [[(1, 22, 13, 1, False), (1, 23, 15, 2, False), (1, 24, 6, 3, False), (1, 25, 15, 4, False), (1, 26, 15, 5, False), (4, 6)], [(1, 22, 13, 7, False), (1, 23, 15, 8, False), (1, 24, 6, 9, False), (1, 25, 15, 10, False), (1, 26, 15, 11, False), (4, 12), (2,)], [(1, 22, 13, 7, False), (1, 23, 15, 8, False), (1, 24, 6, 9, False), (1, 25, 15, 10, False), (1, 26, 15, 11, False), (4, 12), (2,)], [(1, 22, 13, 7, False), (1, 23, 15, 8, False), (1, 24, 6, 9, False), (1, 25, 15, 10, False), (1, 26, 15, 11, False), (4, 12), (2,)], [(1, 22, 13, 7, False), (1, 23, 15, 8, False), (1, 24, 6, 9, False), (1, 25, 15, 10, False), (1, 26, 15, 11, False), (4, 12), (2,)], [(1, 22, 13, 7, False), (1, 23, 15, 8, False), (1, 24, 6, 9, False), (1, 25, 15, 10, False), (1, 26, 15, 11, False), (4, 12), (2,)], [(1, 22, 13, 7, False), (1, 23, 15, 8, False), (1, 24, 6, 9, False), (1, 25, 15, 10, False), (1, 26, 15, 11, False), (4, 12), (2,)], [(1, 22, 13, 7, False), (1, 23, 15, 8, False), (1, 24, 6, 9, False), (1, 25, 15, 10, False), (1, 26, 15, 11, False), (4, 12), (2,)], [(1, 22, 13, 7, False), (1, 23, 15, 8, False), (1, 24, 6, 9, False), (1, 25, 15, 10, False), (1, 26, 15, 11, False), (4, 12), (2,)], [(1, 22, 13, 7, False), (1, 23, 15, 8, False), (1, 24, 6, 9, False), (1, 25, 15, 10, False), (1, 26, 15, 11, False), (4, 12), (2,)], [(1, 22, 13, 7, False), (1, 23, 15, 8, False), (1, 24, 6, 9, False), (1, 25, 15, 10, False), (1, 26, 15, 11, False), (4, 12), (2,)], [(1, 22, 13, 7, False), (1, 23, 15, 8, False), (1, 24, 6, 9, False), (1, 25, 15, 10, False), (1, 26, 15, 11, False), (4, 12), (2,)], [(1, 22, 13, 7, False), (1, 23, 15, 8, False), (1, 24, 6, 9, False), (1, 25, 15, 10, False), (1, 26, 15, 11, False), (4, 12), (2,)]]),
    ('c', [[(1, 20, 6, 1, False)], [(1, 21, 14, 2, False)], [(2,)]]),
    ('s', [[(3, 2, 1)], [(2,)]]),
    ('s', [[(3, 1, 1)], [(2,)]]),
    ('c', [[(1, 27, 15, 1, False), (1, 28, 15, 2, False)], [(1, 28, 15, 3, False), (4, 4), (2,)], [(4, 5), (2,)], [(4, 4), (2,)], [(4, 4), (2,)], [(4, 5), (2,)]]),
    ('c', [[(1, 29, 15, 1, False)], [(1, 29, 15, 3, False), (4, 2), (2,)], [(1, 29, 15, 3, False), (2,)], [(1, 29, 15, 3, False), (4, 4), (2,)], [(1, 29, 15, 3, False), (2,)]]),
    ('c', [[(0, 30, 0, 1), (1, 39, 19, 2, True)], [(1, 39, 19, 2, True)], [(1, 39, 19, 3, True), (2,)], [(1, 39, 19, 3, True), (2,)]]),
    ('c', [[(0, 30, 0, 1), (0, 17, 0, 2), (0, 18, 0, 3), (1, 19, 10, 4, False), (1, 10, 3, 5, False)], [(0, 17, 0, 2), (0, 18, 0, 3), (1, 19, 10, 4, False), (1, 10, 3, 5, False)], [(0, 18, 0, 3), (1, 19, 10, 4, False), (1, 10, 3, 5, False)], [(1, 19, 10, 4, False), (1, 10, 3, 5, False)], [(1, 10, 3, 5, False)], [(1, 11, 4, 6, False)], [(2,)]]),
    ('c', [[(0, 41, 0, 1), (0, 30, 0, 2), (0, 42, 0, 3), (4, 4), (2,), (5, 3)], [(0, 30, 0, 2), (0, 42, 0, 3), (4, 4), (2,), (5, 3)], [(0, 42, 0, 3), (4, 4), (2,), (5, 3)], [(4, 4), (2,), (5, 3)], [(4, 4), (2,), (5, 4)]]),
    ('c', [[(0, 30, 0, 1), (1, 46, 22, 2, False)], [(1, 46, 22, 2, False)], [(1, 47, 25, 3, False)], [(1, 38, 5, 4, False), (1, 43, 20, 5, True), (2,)], [(1, 43, 20, 5, True), (2,)], [(1, 43, 20, 5, True), (2,)]]),
    ('c', [[(0, 30, 0, 1), (1, 1, 0, 2, False)], [(1, 1, 0, 2, False)], [(1, 45, 23, 3, False)], [(1, 39, 19, 4, True)], [(1, 39, 19, 5, True), (2,)], [(1, 39, 19, 5, True), (2,)]]),
    ('c', [[(0, 0, 0, 1)], [(1, 44, 24, 2, False), (4, 3), (2,), (5, 1)], [(4, 3), (2,), (5, 2)], [(4, 3), (2,), (5, 3)]]),
    ('s', [[(3, 2, 1)], [(2,)]]),
    ('v', [[(0, 30, 0, 1), (3, 1, 2)], [(3, 1, 2)], [(2,)]]),
    ('c', [[(0, 30, 0, 1), (1, 50, 27, 2, True)], [(1, 50, 27, 2, True)], [(1, 50, 27, 3, True), (2,)], [(1, 50, 27, 3, True), (2,)]]),
    ('c', [[(0, 30, 0, 1), (0, 49, 0, 2)], [(0, 49, 0, 2)], [(4, 3), (5, 2)], [(4, 4), (2,), (5, 3)], [(4, 4), (2,), (5, 4)]]),
]
# fmt: on

# ---- fast path: specialised functions per grammar ----------------------------------------
from evcc_agent.iso15118.exi.fast import (  # noqa: E402
    Bad, b64_s, b64_w, bin_r, hex_w, interp_d, interp_e, str_r, str_w,
    uint_more, uint_w,
)

G = None  # the Grammars object, set by the loader (for interp_e)


def d1(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['P'] = x
                s = 1
            elif c == 1:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['G'] = x
                s = 2
            elif c == 2:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['Y'] = x
                s = 3
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['Q'] = x
                s = 4
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['Y'] = x
                s = 3
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['J'] = x
                s = 5
            elif c == 1:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['Seed'] = x
                s = 6
            elif c == 2:
                return o, p
            else:
                raise Bad
        if s == 4:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['G'] = x
                s = 2
            elif c == 1:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['Y'] = x
                s = 3
            else:
                raise Bad
        if s == 5:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['Seed'] = x
                s = 6
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 6:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['PgenCounter'] = x
                s = 7
            else:
                raise Bad
        if s == 7:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                return o, p
            else:
                raise Bad


def e1(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'P' in v:
                x = v['P']
                c += 1
                a = (a << 2) | 0
                a <<= 1
                a = b64_w(a, x, -1)
                a <<= 1
                s = 1
            elif 'G' in v:
                x = v['G']
                c += 1
                a = (a << 2) | 1
                a <<= 1
                a = b64_w(a, x, -1)
                a <<= 1
                s = 2
            elif 'Y' in v:
                x = v['Y']
                c += 1
                a = (a << 2) | 2
                a <<= 1
                a = b64_w(a, x, -1)
                a <<= 1
                s = 3
            else:
                raise Bad
        if s == 1:
            if 'Q' in v:
                x = v['Q']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = b64_w(a, x, -1)
                a <<= 1
                s = 4
            else:
                raise Bad
        if s == 2:
            if 'Y' in v:
                x = v['Y']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = b64_w(a, x, -1)
                a <<= 1
                s = 3
            else:
                raise Bad
        if s == 3:
            if 'J' in v:
                x = v['J']
                c += 1
                a = (a << 2) | 0
                a <<= 1
                a = b64_w(a, x, -1)
                a <<= 1
                s = 5
            elif 'Seed' in v:
                x = v['Seed']
                c += 1
                a = (a << 2) | 1
                a <<= 1
                a = b64_w(a, x, -1)
                a <<= 1
                s = 6
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 2
        if s == 4:
            if 'G' in v:
                x = v['G']
                c += 1
                a = (a << 2) | 0
                a <<= 1
                a = b64_w(a, x, -1)
                a <<= 1
                s = 2
            elif 'Y' in v:
                x = v['Y']
                c += 1
                a = (a << 2) | 1
                a <<= 1
                a = b64_w(a, x, -1)
                a <<= 1
                s = 3
            else:
                raise Bad
        if s == 5:
            if 'Seed' in v:
                x = v['Seed']
                c += 1
                a = (a << 2) | 0
                a <<= 1
                a = b64_w(a, x, -1)
                a <<= 1
                s = 6
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 6:
            if 'PgenCounter' in v:
                x = v['PgenCounter']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = b64_w(a, x, -1)
                a <<= 1
                s = 7
            else:
                raise Bad
        if s == 7:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d2(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x, p = bin_r(V, N, p)
    x = b64_s(x)
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e2(v, a):
    x = v
    a <<= 1
    a = b64_w(a, x, -1)
    return a << 1


def d4(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x, p = bin_r(V, N, p)
    x = b64_s(x)
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e4(v, a):
    x = v
    a <<= 1
    a = b64_w(a, x, -1)
    return a << 1


def d6(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x, p = str_r(r, V, N, p, q)
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e6(v, a):
    x = v
    a <<= 1
    a = str_w(a, x, -1)
    return a << 1


def d8(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['Modulus'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['Exponent'] = x
                s = 2
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                return o, p
            else:
                raise Bad


def e8(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'Modulus' in v:
                x = v['Modulus']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = b64_w(a, x, -1)
                a <<= 1
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'Exponent' in v:
                x = v['Exponent']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = b64_w(a, x, -1)
                a <<= 1
                s = 2
            else:
                raise Bad
        if s == 2:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d9(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 3)) & 7
            p += 3
            if c == 0:
                x, p = str_r(r, V, N, p, 17)
                o['Type'] = x
                s = 1
            elif c == 1:
                x, p = str_r(r, V, N, p, 18)
                o['URI'] = x
                s = 2
            elif c == 2:
                x, p = d10(r, V, N, p, 19)
                o['Transforms'] = x
                s = 3
            elif c == 3:
                return o, p
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = str_r(r, V, N, p, 18)
                o['URI'] = x
                s = 2
            elif c == 1:
                x, p = d10(r, V, N, p, 19)
                o['Transforms'] = x
                s = 3
            elif c == 2:
                return o, p
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d10(r, V, N, p, 19)
                o['Transforms'] = x
                s = 3
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                return o, p
            else:
                raise Bad


def e9(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'Type' in v:
                x = v['Type']
                c += 1
                a = (a << 3) | 0
                a = str_w(a, x, -1)
                s = 1
            elif 'URI' in v:
                x = v['URI']
                c += 1
                a = (a << 3) | 1
                a = str_w(a, x, -1)
                s = 2
            elif 'Transforms' in v:
                x = v['Transforms']
                c += 1
                a = (a << 3) | 2
                a = e10(x, a)
                s = 3
            else:
                if c != len(v):
                    raise Bad
                return (a << 3) | 3
        if s == 1:
            if 'URI' in v:
                x = v['URI']
                c += 1
                a = (a << 2) | 0
                a = str_w(a, x, -1)
                s = 2
            elif 'Transforms' in v:
                x = v['Transforms']
                c += 1
                a = (a << 2) | 1
                a = e10(x, a)
                s = 3
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 2
        if s == 2:
            if 'Transforms' in v:
                x = v['Transforms']
                c += 1
                a = (a << 2) | 0
                a = e10(x, a)
                s = 3
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 3:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d10(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = interp_d(r, 11, 16, p)
                if 'Transform' in o:
                    o['Transform'].append(x)
                else:
                    o['Transform'] = [x]
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = interp_d(r, 11, 16, p)
                if 'Transform' in o:
                    o['Transform'].append(x)
                else:
                    o['Transform'] = [x]
                s = 2
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = interp_d(r, 11, 16, p)
                if 'Transform' in o:
                    o['Transform'].append(x)
                else:
                    o['Transform'] = [x]
                s = 2
            elif c == 1:
                return o, p
            else:
                raise Bad


def e10(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    l0 = v.get('Transform')
    if l0 is None:
        n0 = 0
    elif type(l0) is list:
        n0 = len(l0)
    else:
        raise Bad
    i0 = 0
    s = 0
    while 1:
        if s == 0:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 1) | 0
                a = interp_e(G, 11, 16, x, a)
                s = 1
            else:
                raise Bad
        if s == 1:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = interp_e(G, 11, 16, x, a)
                s = 2
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 2:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = interp_e(G, 11, 16, x, a)
                s = 2
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1


def d13(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x, p = str_r(r, V, N, p, 20)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['X509IssuerName'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x = (V >> (N - p - 9)) & 511
                p += 9
                if x & 128:
                    x2, p = uint_more(V, N, p, x & 255)
                    x = -x2 - 1 if x & 256 else x2
                elif x & 256:
                    x = -(x & 127) - 1
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['X509SerialNumber'] = x
                s = 2
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                return o, p
            else:
                raise Bad


def e13(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'X509IssuerName' in v:
                x = v['X509IssuerName']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = str_w(a, x, -1)
                a <<= 1
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'X509SerialNumber' in v:
                x = v['X509SerialNumber']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                if type(x) is not int:
                    raise Bad
                if 0 <= x < 128:
                    a = (a << 9) | x
                elif x >= 0:
                    a = uint_w(a << 1, x)
                else:
                    a = uint_w((a << 1) | 1, -x - 1)
                a <<= 1
                s = 2
            else:
                raise Bad
        if s == 2:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d14(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x = (V >> (N - p - 9)) & 511
    p += 9
    if x & 128:
        x2, p = uint_more(V, N, p, x & 255)
        x = -x2 - 1 if x & 256 else x2
    elif x & 256:
        x = -(x & 127) - 1
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e14(v, a):
    x = v
    a <<= 1
    if type(x) is not int:
        raise Bad
    if 0 <= x < 128:
        a = (a << 9) | x
    elif x >= 0:
        a = uint_w(a << 1, x)
    else:
        a = uint_w((a << 1) | 1, -x - 1)
    return a << 1


def d15(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x, p = bin_r(V, N, p)
    x = b64_s(x)
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e15(v, a):
    x = v
    a <<= 1
    a = b64_w(a, x, -1)
    return a << 1


def d18(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = str_r(r, V, N, p, 30)
                o['Id'] = x
                s = 1
            elif c == 1:
                x, p = d19(r, V, N, p, 39)
                if 'Reference' in o:
                    o['Reference'].append(x)
                else:
                    o['Reference'] = [x]
                s = 2
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d19(r, V, N, p, 39)
                if 'Reference' in o:
                    o['Reference'].append(x)
                else:
                    o['Reference'] = [x]
                s = 2
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d19(r, V, N, p, 39)
                if 'Reference' in o:
                    o['Reference'].append(x)
                else:
                    o['Reference'] = [x]
                s = 3
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d19(r, V, N, p, 39)
                if 'Reference' in o:
                    o['Reference'].append(x)
                else:
                    o['Reference'] = [x]
                s = 3
            elif c == 1:
                return o, p
            else:
                raise Bad


def e18(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    l0 = v.get('Reference')
    if l0 is None:
        n0 = 0
    elif type(l0) is list:
        n0 = len(l0)
    else:
        raise Bad
    i0 = 0
    s = 0
    while 1:
        if s == 0:
            if 'Id' in v:
                x = v['Id']
                c += 1
                a = (a << 2) | 0
                a = str_w(a, x, -1)
                s = 1
            elif i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 1
                a = e19(x, a)
                s = 2
            else:
                raise Bad
        if s == 1:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 1) | 0
                a = e19(x, a)
                s = 2
            else:
                raise Bad
        if s == 2:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e19(x, a)
                s = 3
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 3:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e19(x, a)
                s = 3
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1


def d19(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 3)) & 7
            p += 3
            if c == 0:
                x, p = str_r(r, V, N, p, 30)
                o['Id'] = x
                s = 1
            elif c == 1:
                x, p = str_r(r, V, N, p, 17)
                o['Type'] = x
                s = 2
            elif c == 2:
                x, p = str_r(r, V, N, p, 18)
                o['URI'] = x
                s = 3
            elif c == 3:
                x, p = d10(r, V, N, p, 19)
                o['Transforms'] = x
                s = 4
            elif c == 4:
                x, p = interp_d(r, 3, 10, p)
                o['DigestMethod'] = x
                s = 5
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 3)) & 7
            p += 3
            if c == 0:
                x, p = str_r(r, V, N, p, 17)
                o['Type'] = x
                s = 2
            elif c == 1:
                x, p = str_r(r, V, N, p, 18)
                o['URI'] = x
                s = 3
            elif c == 2:
                x, p = d10(r, V, N, p, 19)
                o['Transforms'] = x
                s = 4
            elif c == 3:
                x, p = interp_d(r, 3, 10, p)
                o['DigestMethod'] = x
                s = 5
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = str_r(r, V, N, p, 18)
                o['URI'] = x
                s = 3
            elif c == 1:
                x, p = d10(r, V, N, p, 19)
                o['Transforms'] = x
                s = 4
            elif c == 2:
                x, p = interp_d(r, 3, 10, p)
                o['DigestMethod'] = x
                s = 5
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d10(r, V, N, p, 19)
                o['Transforms'] = x
                s = 4
            elif c == 1:
                x, p = interp_d(r, 3, 10, p)
                o['DigestMethod'] = x
                s = 5
            else:
                raise Bad
        if s == 4:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = interp_d(r, 3, 10, p)
                o['DigestMethod'] = x
                s = 5
            else:
                raise Bad
        if s == 5:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['DigestValue'] = x
                s = 6
            else:
                raise Bad
        if s == 6:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                return o, p
            else:
                raise Bad


def e19(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'Id' in v:
                x = v['Id']
                c += 1
                a = (a << 3) | 0
                a = str_w(a, x, -1)
                s = 1
            elif 'Type' in v:
                x = v['Type']
                c += 1
                a = (a << 3) | 1
                a = str_w(a, x, -1)
                s = 2
            elif 'URI' in v:
                x = v['URI']
                c += 1
                a = (a << 3) | 2
                a = str_w(a, x, -1)
                s = 3
            elif 'Transforms' in v:
                x = v['Transforms']
                c += 1
                a = (a << 3) | 3
                a = e10(x, a)
                s = 4
            elif 'DigestMethod' in v:
                x = v['DigestMethod']
                c += 1
                a = (a << 3) | 4
                a = interp_e(G, 3, 10, x, a)
                s = 5
            else:
                raise Bad
        if s == 1:
            if 'Type' in v:
                x = v['Type']
                c += 1
                a = (a << 3) | 0
                a = str_w(a, x, -1)
                s = 2
            elif 'URI' in v:
                x = v['URI']
                c += 1
                a = (a << 3) | 1
                a = str_w(a, x, -1)
                s = 3
            elif 'Transforms' in v:
                x = v['Transforms']
                c += 1
                a = (a << 3) | 2
                a = e10(x, a)
                s = 4
            elif 'DigestMethod' in v:
                x = v['DigestMethod']
                c += 1
                a = (a << 3) | 3
                a = interp_e(G, 3, 10, x, a)
                s = 5
            else:
                raise Bad
        if s == 2:
            if 'URI' in v:
                x = v['URI']
                c += 1
                a = (a << 2) | 0
                a = str_w(a, x, -1)
                s = 3
            elif 'Transforms' in v:
                x = v['Transforms']
                c += 1
                a = (a << 2) | 1
                a = e10(x, a)
                s = 4
            elif 'DigestMethod' in v:
                x = v['DigestMethod']
                c += 1
                a = (a << 2) | 2
                a = interp_e(G, 3, 10, x, a)
                s = 5
            else:
                raise Bad
        if s == 3:
            if 'Transforms' in v:
                x = v['Transforms']
                c += 1
                a = (a << 2) | 0
                a = e10(x, a)
                s = 4
            elif 'DigestMethod' in v:
                x = v['DigestMethod']
                c += 1
                a = (a << 2) | 1
                a = interp_e(G, 3, 10, x, a)
                s = 5
            else:
                raise Bad
        if s == 4:
            if 'DigestMethod' in v:
                x = v['DigestMethod']
                c += 1
                a = (a << 1) | 0
                a = interp_e(G, 3, 10, x, a)
                s = 5
            else:
                raise Bad
        if s == 5:
            if 'DigestValue' in v:
                x = v['DigestValue']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = b64_w(a, x, -1)
                a <<= 1
                s = 6
            else:
                raise Bad
        if s == 6:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d21(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = str_r(r, V, N, p, 30)
                o['Id'] = x
                s = 1
            elif c == 1:
                x, p = d22(r, V, N, p, 46)
                o['SignedInfo'] = x
                s = 2
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d22(r, V, N, p, 46)
                o['SignedInfo'] = x
                s = 2
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d25(r, V, N, p, 47)
                o['SignatureValue'] = x
                s = 3
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = interp_d(r, 5, 38, p)
                o['KeyInfo'] = x
                s = 4
            elif c == 1:
                x, p = interp_d(r, 20, 43, p)
                if 'Object' in o:
                    o['Object'].append(x)
                else:
                    o['Object'] = [x]
                s = 5
            elif c == 2:
                return o, p
            else:
                raise Bad
        if s == 4:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = interp_d(r, 20, 43, p)
                if 'Object' in o:
                    o['Object'].append(x)
                else:
                    o['Object'] = [x]
                s = 5
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 5:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = interp_d(r, 20, 43, p)
                if 'Object' in o:
                    o['Object'].append(x)
                else:
                    o['Object'] = [x]
                s = 5
            elif c == 1:
                return o, p
            else:
                raise Bad


def e21(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    l0 = v.get('Object')
    if l0 is None:
        n0 = 0
    elif type(l0) is list:
        n0 = len(l0)
    else:
        raise Bad
    i0 = 0
    s = 0
    while 1:
        if s == 0:
            if 'Id' in v:
                x = v['Id']
                c += 1
                a = (a << 2) | 0
                a = str_w(a, x, -1)
                s = 1
            elif 'SignedInfo' in v:
                x = v['SignedInfo']
                c += 1
                a = (a << 2) | 1
                a = e22(x, a)
                s = 2
            else:
                raise Bad
        if s == 1:
            if 'SignedInfo' in v:
                x = v['SignedInfo']
                c += 1
                a = (a << 1) | 0
                a = e22(x, a)
                s = 2
            else:
                raise Bad
        if s == 2:
            if 'SignatureValue' in v:
                x = v['SignatureValue']
                c += 1
                a = (a << 1) | 0
                a = e25(x, a)
                s = 3
            else:
                raise Bad
        if s == 3:
            if 'KeyInfo' in v:
                x = v['KeyInfo']
                c += 1
                a = (a << 2) | 0
                a = interp_e(G, 5, 38, x, a)
                s = 4
            elif i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 1
                a = interp_e(G, 20, 43, x, a)
                s = 5
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 2
        if s == 4:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = interp_e(G, 20, 43, x, a)
                s = 5
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 5:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = interp_e(G, 20, 43, x, a)
                s = 5
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1


def d22(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = str_r(r, V, N, p, 30)
                o['Id'] = x
                s = 1
            elif c == 1:
                x, p = interp_d(r, 0, 1, p)
                o['CanonicalizationMethod'] = x
                s = 2
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = interp_d(r, 0, 1, p)
                o['CanonicalizationMethod'] = x
                s = 2
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = interp_d(r, 23, 45, p)
                o['SignatureMethod'] = x
                s = 3
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d19(r, V, N, p, 39)
                if 'Reference' in o:
                    o['Reference'].append(x)
                else:
                    o['Reference'] = [x]
                s = 4
            else:
                raise Bad
        if s == 4:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d19(r, V, N, p, 39)
                if 'Reference' in o:
                    o['Reference'].append(x)
                else:
                    o['Reference'] = [x]
                s = 5
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 5:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d19(r, V, N, p, 39)
                if 'Reference' in o:
                    o['Reference'].append(x)
                else:
                    o['Reference'] = [x]
                s = 5
            elif c == 1:
                return o, p
            else:
                raise Bad


def e22(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    l0 = v.get('Reference')
    if l0 is None:
        n0 = 0
    elif type(l0) is list:
        n0 = len(l0)
    else:
        raise Bad
    i0 = 0
    s = 0
    while 1:
        if s == 0:
            if 'Id' in v:
                x = v['Id']
                c += 1
                a = (a << 2) | 0
                a = str_w(a, x, -1)
                s = 1
            elif 'CanonicalizationMethod' in v:
                x = v['CanonicalizationMethod']
                c += 1
                a = (a << 2) | 1
                a = interp_e(G, 0, 1, x, a)
                s = 2
            else:
                raise Bad
        if s == 1:
            if 'CanonicalizationMethod' in v:
                x = v['CanonicalizationMethod']
                c += 1
                a = (a << 1) | 0
                a = interp_e(G, 0, 1, x, a)
                s = 2
            else:
                raise Bad
        if s == 2:
            if 'SignatureMethod' in v:
                x = v['SignatureMethod']
                c += 1
                a = (a << 1) | 0
                a = interp_e(G, 23, 45, x, a)
                s = 3
            else:
                raise Bad
        if s == 3:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 1) | 0
                a = e19(x, a)
                s = 4
            else:
                raise Bad
        if s == 4:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e19(x, a)
                s = 5
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 5:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e19(x, a)
                s = 5
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1


def d24(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x = (V >> (N - p - 9)) & 511
    p += 9
    if x & 128:
        x2, p = uint_more(V, N, p, x & 255)
        x = -x2 - 1 if x & 256 else x2
    elif x & 256:
        x = -(x & 127) - 1
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e24(v, a):
    x = v
    a <<= 1
    if type(x) is not int:
        raise Bad
    if 0 <= x < 128:
        a = (a << 9) | x
    elif x >= 0:
        a = uint_w(a << 1, x)
    else:
        a = uint_w((a << 1) | 1, -x - 1)
    return a << 1


def d25(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = str_r(r, V, N, p, 30)
                o['Id'] = x
                s = 1
            elif c == 1:
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                o['value'] = x
                s = 2
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = bin_r(V, N, p)
                x = b64_s(x)
                o['value'] = x
                s = 2
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                return o, p
            else:
                raise Bad


def e25(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'Id' in v:
                x = v['Id']
                c += 1
                a = (a << 2) | 0
                a = str_w(a, x, -1)
                s = 1
            elif 'value' in v:
                x = v['value']
                c += 1
                a = (a << 2) | 1
                a = b64_w(a, x, -1)
                s = 2
            else:
                raise Bad
        if s == 1:
            if 'value' in v:
                x = v['value']
                c += 1
                a = (a << 1) | 0
                a = b64_w(a, x, -1)
                s = 2
            else:
                raise Bad
        if s == 2:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d26(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = str_r(r, V, N, p, 30)
                o['Id'] = x
                s = 1
            elif c == 1:
                x, p = interp_d(r, 27, 50, p)
                if 'SignatureProperty' in o:
                    o['SignatureProperty'].append(x)
                else:
                    o['SignatureProperty'] = [x]
                s = 2
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = interp_d(r, 27, 50, p)
                if 'SignatureProperty' in o:
                    o['SignatureProperty'].append(x)
                else:
                    o['SignatureProperty'] = [x]
                s = 2
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = interp_d(r, 27, 50, p)
                if 'SignatureProperty' in o:
                    o['SignatureProperty'].append(x)
                else:
                    o['SignatureProperty'] = [x]
                s = 3
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = interp_d(r, 27, 50, p)
                if 'SignatureProperty' in o:
                    o['SignatureProperty'].append(x)
                else:
                    o['SignatureProperty'] = [x]
                s = 3
            elif c == 1:
                return o, p
            else:
                raise Bad


def e26(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    l0 = v.get('SignatureProperty')
    if l0 is None:
        n0 = 0
    elif type(l0) is list:
        n0 = len(l0)
    else:
        raise Bad
    i0 = 0
    s = 0
    while 1:
        if s == 0:
            if 'Id' in v:
                x = v['Id']
                c += 1
                a = (a << 2) | 0
                a = str_w(a, x, -1)
                s = 1
            elif i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 1
                a = interp_e(G, 27, 50, x, a)
                s = 2
            else:
                raise Bad
        if s == 1:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 1) | 0
                a = interp_e(G, 27, 50, x, a)
                s = 2
            else:
                raise Bad
        if s == 2:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = interp_e(G, 27, 50, x, a)
                s = 3
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 3:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = interp_e(G, 27, 50, x, a)
                s = 3
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1


DEC = {1: d1, 2: d2, 4: d4, 6: d6, 8: d8, 9: d9, 10: d10, 13: d13, 14: d14, 15: d15, 18: d18, 19: d19, 21: d21, 22: d22, 24: d24, 25: d25, 26: d26}
ENC = {1: e1, 2: e2, 4: e4, 6: e6, 8: e8, 9: e9, 10: e10, 13: e13, 14: e14, 15: e15, 18: e18, 19: e19, 21: e21, 22: e22, 24: e24, 25: e25, 26: e26}
