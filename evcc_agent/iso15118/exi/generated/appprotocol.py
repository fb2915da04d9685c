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
# fmt: on

# ---- fast path: specialised functions per grammar ----------------------------------------
from evcc_agent.iso15118.exi.fast import (  # noqa: E402
    Bad, b64_s, b64_w, bin_r, hex_w, interp_d, interp_e, str_r, str_w,
    uint_more, uint_w,
)

G = None  # the Grammars object, set by the loader (for interp_e)
T4 = ('OK_SuccessfulNegotiation', 'OK_SuccessfulNegotiationWithMinorDeviation', 'Failed_NoNegotiation')
M4 = {'OK_SuccessfulNegotiation': 0, 'OK_SuccessfulNegotiationWithMinorDeviation': 1, 'Failed_NoNegotiation': 2}


def d0(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x, p = d1(r, V, N, p, 5)
                if 'AppProtocol' in o:
                    o['AppProtocol'].append(x)
                else:
                    o['AppProtocol'] = [x]
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d1(r, V, N, p, 5)
                if 'AppProtocol' in o:
                    o['AppProtocol'].append(x)
                else:
                    o['AppProtocol'] = [x]
                s = 2
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d1(r, V, N, p, 5)
                if 'AppProtocol' in o:
                    o['AppProtocol'].append(x)
                else:
                    o['AppProtocol'] = [x]
                s = 3
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d1(r, V, N, p, 5)
                if 'AppProtocol' in o:
                    o['AppProtocol'].append(x)
                else:
                    o['AppProtocol'] = [x]
                s = 4
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 4:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d1(r, V, N, p, 5)
                if 'AppProtocol' in o:
                    o['AppProtocol'].append(x)
                else:
                    o['AppProtocol'] = [x]
                s = 5
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 5:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d1(r, V, N, p, 5)
                if 'AppProtocol' in o:
                    o['AppProtocol'].append(x)
                else:
                    o['AppProtocol'] = [x]
                s = 6
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 6:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d1(r, V, N, p, 5)
                if 'AppProtocol' in o:
                    o['AppProtocol'].append(x)
                else:
                    o['AppProtocol'] = [x]
                s = 7
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 7:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d1(r, V, N, p, 5)
                if 'AppProtocol' in o:
                    o['AppProtocol'].append(x)
                else:
                    o['AppProtocol'] = [x]
                s = 8
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 8:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d1(r, V, N, p, 5)
                if 'AppProtocol' in o:
                    o['AppProtocol'].append(x)
                else:
                    o['AppProtocol'] = [x]
                s = 9
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 9:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d1(r, V, N, p, 5)
                if 'AppProtocol' in o:
                    o['AppProtocol'].append(x)
                else:
                    o['AppProtocol'] = [x]
                s = 10
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 10:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d1(r, V, N, p, 5)
                if 'AppProtocol' in o:
                    o['AppProtocol'].append(x)
                else:
                    o['AppProtocol'] = [x]
                s = 11
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 11:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d1(r, V, N, p, 5)
                if 'AppProtocol' in o:
                    o['AppProtocol'].append(x)
                else:
                    o['AppProtocol'] = [x]
                s = 12
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 12:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d1(r, V, N, p, 5)
                if 'AppProtocol' in o:
                    o['AppProtocol'].append(x)
                else:
                    o['AppProtocol'] = [x]
                s = 13
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 13:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d1(r, V, N, p, 5)
                if 'AppProtocol' in o:
                    o['AppProtocol'].append(x)
                else:
                    o['AppProtocol'] = [x]
                s = 14
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 14:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d1(r, V, N, p, 5)
                if 'AppProtocol' in o:
                    o['AppProtocol'].append(x)
                else:
                    o['AppProtocol'] = [x]
                s = 15
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 15:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d1(r, V, N, p, 5)
                if 'AppProtocol' in o:
                    o['AppProtocol'].append(x)
                else:
                    o['AppProtocol'] = [x]
                s = 16
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 16:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d1(r, V, N, p, 5)
                if 'AppProtocol' in o:
                    o['AppProtocol'].append(x)
                else:
                    o['AppProtocol'] = [x]
                s = 17
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 17:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d1(r, V, N, p, 5)
                if 'AppProtocol' in o:
                    o['AppProtocol'].append(x)
                else:
                    o['AppProtocol'] = [x]
                s = 18
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 18:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d1(r, V, N, p, 5)
                if 'AppProtocol' in o:
                    o['AppProtocol'].append(x)
                else:
                    o['AppProtocol'] = [x]
                s = 19
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 19:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x, p = d1(r, V, N, p, 5)
                if 'AppProtocol' in o:
                    o['AppProtocol'].append(x)
                else:
                    o['AppProtocol'] = [x]
                s = 20
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 20:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                return o, p
            else:
                raise Bad


def e0(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    l0 = v.get('AppProtocol')
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
                a = e1(x, a)
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
                a = e1(x, a)
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
                a = e1(x, a)
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
                a = e1(x, a)
                s = 4
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 4:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e1(x, a)
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
                a = e1(x, a)
                s = 6
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 6:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e1(x, a)
                s = 7
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 7:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e1(x, a)
                s = 8
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 8:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e1(x, a)
                s = 9
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 9:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e1(x, a)
                s = 10
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 10:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e1(x, a)
                s = 11
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 11:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e1(x, a)
                s = 12
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 12:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e1(x, a)
                s = 13
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 13:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e1(x, a)
                s = 14
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 14:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e1(x, a)
                s = 15
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 15:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e1(x, a)
                s = 16
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 16:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e1(x, a)
                s = 17
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 17:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e1(x, a)
                s = 18
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 18:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e1(x, a)
                s = 19
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 19:
            if i0 < n0:
                x = l0[i0]
                i0 += 1
                if i0 == n0:
                    c += 1
                a = (a << 2) | 0
                a = e1(x, a)
                s = 20
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 20:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d1(r, V, N, p, q):
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
                x, p = str_r(r, V, N, p, 0)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['ProtocolNamespace'] = x
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
                x = (V >> (N - p - 8)) & 255
                p += 8
                if x > 127:
                    x, p = uint_more(V, N, p, x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['VersionNumberMajor'] = x
                s = 2
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                x = (V >> (N - p - 8)) & 255
                p += 8
                if x > 127:
                    x, p = uint_more(V, N, p, x)
                if (V >> (N - p - 1)) & 1:
                    raise Bad
                p += 1
                o['VersionNumberMinor'] = x
                s = 3
            else:
                raise Bad
        if s == 3:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x = (V >> (N - p - 10)) & 1023
                p += 10
                if x & 513:
                    raise Bad
                x >>= 1
                o['SchemaID'] = x
                s = 4
            else:
                raise Bad
        if s == 4:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x = (V >> (N - p - 7)) & 127
                p += 7
                if x & 65:
                    raise Bad
                x = (x >> 1) + 1
                o['Priority'] = x
                s = 5
            else:
                raise Bad
        if s == 5:
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
            if 'ProtocolNamespace' in v:
                x = v['ProtocolNamespace']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = str_w(a, x, 100)
                a <<= 1
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'VersionNumberMajor' in v:
                x = v['VersionNumberMajor']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                if type(x) is not int or x < 0 or x > 4294967295:
                    raise Bad
                if x < 128:
                    a = (a << 8) | x
                else:
                    a = uint_w(a, x)
                a <<= 1
                s = 2
            else:
                raise Bad
        if s == 2:
            if 'VersionNumberMinor' in v:
                x = v['VersionNumberMinor']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                if type(x) is not int or x < 0 or x > 4294967295:
                    raise Bad
                if x < 128:
                    a = (a << 8) | x
                else:
                    a = uint_w(a, x)
                a <<= 1
                s = 3
            else:
                raise Bad
        if s == 3:
            if 'SchemaID' in v:
                x = v['SchemaID']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                if type(x) is not int or not 0 <= x <= 255:
                    raise Bad
                a = (a << 8) | x
                a <<= 1
                s = 4
            else:
                raise Bad
        if s == 4:
            if 'Priority' in v:
                x = v['Priority']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                if type(x) is not int or not 1 <= x <= 32:
                    raise Bad
                a = (a << 5) | (x - 1)
                a <<= 1
                s = 5
            else:
                raise Bad
        if s == 5:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d2(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x, p = str_r(r, V, N, p, q)
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e2(v, a):
    x = v
    a <<= 1
    a = str_w(a, x, 100)
    return a << 1


def d3(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x = (V >> (N - p - 8)) & 255
    p += 8
    if x > 127:
        x, p = uint_more(V, N, p, x)
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e3(v, a):
    x = v
    a <<= 1
    if type(x) is not int or x < 0 or x > 4294967295:
        raise Bad
    if x < 128:
        a = (a << 8) | x
    else:
        a = uint_w(a, x)
    return a << 1


def d4(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x = (V >> (N - p - 8)) & 255
    p += 8
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e4(v, a):
    x = v
    a <<= 1
    if type(x) is not int or not 0 <= x <= 255:
        raise Bad
    a = (a << 8) | x
    return a << 1


def d5(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x = (V >> (N - p - 5)) & 31
    p += 5
    x += 1
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e5(v, a):
    x = v
    a <<= 1
    if type(x) is not int or not 1 <= x <= 32:
        raise Bad
    a = (a << 5) | (x - 1)
    return a << 1


def d6(r, V, N, p, q):
    o = {}
    s = 0
    while 1:
        if s == 0:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                x = (V >> (N - p - 4)) & 15
                p += 4
                if x & 9:
                    raise Bad
                x = T4[x >> 1]
                o['ResponseCode'] = x
                s = 1
            else:
                raise Bad
        if s == 1:
            c = (V >> (N - p - 2)) & 3
            p += 2
            if c == 0:
                x = (V >> (N - p - 10)) & 1023
                p += 10
                if x & 513:
                    raise Bad
                x >>= 1
                o['SchemaID'] = x
                s = 2
            elif c == 1:
                return o, p
            else:
                raise Bad
        if s == 2:
            c = (V >> (N - p - 1)) & 1
            p += 1
            if c == 0:
                return o, p
            else:
                raise Bad


def e6(v, a):
    if type(v) is not dict:
        raise Bad
    c = 0
    s = 0
    while 1:
        if s == 0:
            if 'ResponseCode' in v:
                x = v['ResponseCode']
                c += 1
                a = (a << 1) | 0
                a <<= 1
                a = (a << 2) | M4[x]
                a <<= 1
                s = 1
            else:
                raise Bad
        if s == 1:
            if 'SchemaID' in v:
                x = v['SchemaID']
                c += 1
                a = (a << 2) | 0
                a <<= 1
                if type(x) is not int or not 0 <= x <= 255:
                    raise Bad
                a = (a << 8) | x
                a <<= 1
                s = 2
            else:
                if c != len(v):
                    raise Bad
                return (a << 2) | 1
        if s == 2:
            if 1:
                if c != len(v):
                    raise Bad
                return (a << 1) | 0


def d7(r, V, N, p, q):
    if (V >> (N - p - 1)) & 1:
        raise Bad
    p += 1
    x = (V >> (N - p - 2)) & 3
    p += 2
    x = T4[x]
    if (V >> (N - p - 1)) & 1:
        raise Bad
    return x, p + 1


def e7(v, a):
    x = v
    a <<= 1
    a = (a << 2) | M4[x]
    return a << 1


DEC = {0: d0, 1: d1, 2: d2, 3: d3, 4: d4, 5: d5, 6: d6, 7: d7}
ENC = {0: e0, 1: e1, 2: e2, 3: e3, 4: e4, 5: e5, 6: e6, 7: e7}
