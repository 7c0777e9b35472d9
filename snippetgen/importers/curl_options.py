"""What curl's options (7.88 and later) are, and what each does to the request it sends.

Every option is one of: read into the request (curl.py), ignored because it does not
change the request (QUIET, listed in one warning), imported with a note because the
request is the same but the snippets do it their own way (NOTED), or REFUSED because a
spec cannot say it (unless the import is lenient, which leaves it out with a warning).
"""

from __future__ import annotations

# What `--compressed` makes curl 7.88 (Debian 12, built with zlib, brotli and zstd) send; measured.
ACCEPT_ENCODING = "deflate, gzip, br, zstd"

# Options of curl that take an argument; all others are flags.
SHORT_WITH_ARGUMENT = set("EKCbcdDFPHmoxUQreXYytzTuAw")
LONG_WITH_ARGUMENT = set("""
abstract-unix-socket alt-svc aws-sigv4 cacert capath cert cert-type ciphers config connect-timeout connect-to
continue-at cookie cookie-jar create-file-mode crlfile curves data data-ascii data-binary data-raw data-urlencode
delegation dns-interface dns-ipv4-addr dns-ipv6-addr dns-servers doh-url dump-header egd-file engine etag-compare
etag-save expect100-timeout form form-string ftp-account ftp-alternative-to-user ftp-method ftp-port
ftp-ssl-ccc-mode happy-eyeballs-timeout-ms header hostpubmd5 hostpubsha256 hsts interface json keepalive-time
key key-type krb libcurl limit-rate local-port login-options mail-auth mail-from mail-rcpt max-filesize max-redirs
max-time netrc-file noproxy oauth2-bearer output output-dir parallel-max pass pinnedpubkey preproxy proto
proto-default proto-redir proxy proxy-cacert proxy-capath proxy-cert proxy-cert-type proxy-ciphers proxy-crlfile
proxy-header proxy-key proxy-key-type proxy-pass proxy-pinnedpubkey proxy-service-name proxy-tls13-ciphers
proxy-tlsauthtype proxy-tlspassword proxy-tlsuser proxy-user proxy1.0 pubkey quote random-file range rate referer
request request-target resolve retry retry-delay retry-max-time sasl-authzid service-name socks4 socks4a socks5
socks5-gssapi-service socks5-hostname speed-limit speed-time stderr telnet-option tftp-blksize time-cond tls-max
tls13-ciphers tlsauthtype tlspassword tlsuser trace trace-ascii unix-socket upload-file url url-query user
user-agent write-out variable ech ip-tos vlan-priority trace-config knownhosts ipfs-gateway parallel-max-host
sigalgs upload-flags keepalive-cnt ssl-sessions
""".split())
SHORT_TO_LONG = {
    "E": "cert", "K": "config", "C": "continue-at", "b": "cookie", "c": "cookie-jar", "d": "data",
    "D": "dump-header", "F": "form", "P": "ftp-port", "H": "header", "m": "max-time", "o": "output", "x": "proxy",
    "U": "proxy-user", "Q": "quote", "r": "range", "e": "referer", "X": "request", "Y": "speed-limit",
    "y": "speed-time", "t": "telnet-option", "z": "time-cond", "T": "upload-file", "u": "user", "A": "user-agent",
    "w": "write-out", "a": "append", "q": "disable", "f": "fail", "G": "get", "g": "globoff", "I": "head",
    "0": "http1.0", "i": "include", "k": "insecure", "4": "ipv4", "6": "ipv6", "j": "junk-session-cookies",
    "l": "list-only", "L": "location", "M": "manual", "n": "netrc", ":": "next", "N": "no-buffer", "Z": "parallel",
    "#": "progress-bar", "p": "proxytunnel", "J": "remote-header-name", "O": "remote-name", "R": "remote-time",
    "S": "show-error", "s": "silent", "2": "sslv2", "3": "sslv3", "1": "tlsv1", "B": "use-ascii", "v": "verbose",
    "V": "version", "h": "help",
}
LONG_FLAGS = set("""
anyauth append basic cert-status compressed compressed-ssh create-dirs crlf digest disable disable-eprt
disable-epsv disallow-username-in-url doh-cert-status doh-insecure fail fail-early fail-with-body false-start
form-escape ftp-create-dirs ftp-pasv ftp-pret ftp-skip-pasv-ip ftp-ssl-ccc ftp-ssl-control get globoff
haproxy-protocol head help http0.9 http1.0 http1.1 http2 http2-prior-knowledge http3 http3-only
ignore-content-length include insecure ipv4 ipv6 junk-session-cookies list-only location location-trusted
mail-rcpt-allowfails manual metalink negotiate netrc netrc-optional next no-alpn no-buffer no-clobber
no-keepalive no-npn no-progress-meter no-sessionid ntlm ntlm-wb parallel parallel-immediate path-as-is post301
post302 post303 progress-bar proxy-anyauth proxy-basic proxy-digest proxy-insecure proxy-negotiate proxy-ntlm
proxy-ssl-allow-beast proxy-ssl-auto-client-cert proxy-tlsv1 proxytunnel raw remote-header-name remote-name
remote-name-all remote-time remove-on-error retry-all-errors retry-connrefused sasl-ir show-error silent
socks5-basic socks5-gssapi socks5-gssapi-nec ssl ssl-allow-beast ssl-auto-client-cert ssl-no-revoke ssl-reqd
ssl-revoke-best-effort sslv2 sslv3 styled-output suppress-connect-headers tcp-fastopen tcp-nodelay
tftp-no-options tlsv1 tlsv1.0 tlsv1.1 tlsv1.2 tlsv1.3 tr-encoding trace-time use-ascii verbose version xattr
ca-native proxy-ca-native mptcp skip-existing dump-ca-embed follow out-null proxy-http2 tls-earlydata
""".split())

# Options that change what curl prints, how long it waits, how it speaks TLS or HTTP to the
# server (the HTTP version is the client's choice), or what it does with the response: not
# the request.  Options of other protocols (FTP, SMTP, TFTP, TELNET...) do nothing to an
# HTTP request, nor do proxy settings without a proxy.
QUIET = set("""
silent show-error verbose include output remote-name remote-name-all remote-header-name write-out fail
fail-early fail-with-body progress-bar no-progress-meter no-buffer trace trace-ascii trace-time trace-config
stderr dump-header create-dirs output-dir remote-time remove-on-error styled-output libcurl globoff
http1.0 http1.1 http2 http2-prior-knowledge http3 http3-only http0.9 ipv4 ipv6 connect-timeout max-time retry
retry-delay retry-max-time retry-all-errors retry-connrefused tcp-nodelay tcp-fastopen keepalive-time
keepalive-cnt no-keepalive limit-rate speed-limit speed-time rate parallel parallel-max parallel-immediate
parallel-max-host no-clobber skip-existing out-null xattr basic path-as-is suppress-connect-headers
cookie-jar junk-session-cookies max-redirs post301 post302 post303 max-filesize form-escape
ignore-content-length raw no-alpn no-npn no-sessionid interface local-port dns-interface dns-ipv4-addr
dns-ipv6-addr dns-servers doh-url doh-cert-status doh-insecure happy-eyeballs-timeout-ms expect100-timeout
ciphers curves tls13-ciphers tls-max tlsv1 tlsv1.0 tlsv1.1 tlsv1.2 tlsv1.3 sslv2 sslv3 ssl ssl-reqd
ssl-allow-beast ssl-no-revoke ssl-revoke-best-effort ssl-auto-client-cert ssl-sessions cert-status
pinnedpubkey crlfile random-file egd-file engine false-start ca-native tls-earlydata ech sigalgs
ip-tos vlan-priority mptcp alt-svc etag-save create-file-mode manual help version dump-ca-embed
append disable disable-eprt disable-epsv ftp-account ftp-alternative-to-user ftp-create-dirs ftp-method
ftp-pasv ftp-port ftp-pret ftp-skip-pasv-ip ftp-ssl-ccc ftp-ssl-ccc-mode ftp-ssl-control list-only use-ascii
quote krb mail-auth mail-from mail-rcpt mail-rcpt-allowfails sasl-authzid sasl-ir login-options
telnet-option tftp-blksize tftp-no-options compressed-ssh hostpubmd5 hostpubsha256 pubkey knownhosts
noproxy proxy-anyauth proxy-basic proxy-digest proxy-negotiate proxy-ntlm proxy-user proxy-header
proxy-insecure proxy-cacert proxy-capath proxy-cert proxy-cert-type proxy-key proxy-key-type proxy-pass
proxy-ciphers proxy-crlfile proxy-pinnedpubkey proxy-service-name proxy-tls13-ciphers proxy-tlsauthtype
proxy-tlspassword proxy-tlsuser proxy-tlsv1 proxy-ssl-allow-beast proxy-ssl-auto-client-cert proxy-ca-native
proxy-http2 socks5-basic socks5-gssapi socks5-gssapi-nec socks5-gssapi-service delegation service-name
disallow-username-in-url proto proto-redir ipfs-gateway upload-flags metalink hsts
""".split())

# The request is the same; the snippets do this their own way.  A warning, not a refusal.
NOTED = {
    "insecure": "the snippets never turn TLS verification off; give each client the server's CA instead",
    "cacert": "the snippets use each client's own CA store; give it the server's CA there",
    "capath": "the snippets use each client's own CA store; give it the server's CA there",
    "location": "clients differ in following redirects; the spec describes the first request, which is the same",
    "location-trusted": "clients differ in following redirects; the spec describes the first request, "
                        "which is the same",
    "follow": "clients differ in following redirects; the spec describes the first request, which is the same",
}

# A spec cannot say these; refused, or left out with --lenient.
_CHALLENGE = "authentication that answers a server challenge, which a spec cannot describe"
_PROXY = "the request goes through a proxy, which is each client's own setting and not part of a spec"
_ELSEWHERE = "curl connects to another address than the URL's host, which a spec cannot say"
_CLIENT_CERT = "a client certificate authenticates the request, which is each client's own setting"
REFUSED = {
    "digest": f"--digest is {_CHALLENGE}", "ntlm": f"--ntlm is {_CHALLENGE}", "ntlm-wb": f"--ntlm-wb is {_CHALLENGE}",
    "negotiate": f"--negotiate is {_CHALLENGE}", "anyauth": f"--anyauth picks {_CHALLENGE}",
    "netrc": "the credentials are read from ~/.netrc, which the command does not hold",
    "netrc-optional": "the credentials are read from ~/.netrc, which the command does not hold",
    "netrc-file": "the credentials are read from a file, which the command does not hold",
    "config": "the options are read from a file, which the command does not hold",
    "aws-sigv4": "the request is signed when it is sent, which a spec cannot describe",
    "proxy": _PROXY, "proxytunnel": _PROXY, "preproxy": _PROXY, "proxy1.0": _PROXY, "socks4": _PROXY,
    "socks4a": _PROXY, "socks5": _PROXY, "socks5-hostname": _PROXY, "haproxy-protocol":
        "curl sends a PROXY protocol line before the request, which a spec cannot say",
    "connect-to": _ELSEWHERE, "resolve": _ELSEWHERE, "unix-socket": _ELSEWHERE, "abstract-unix-socket": _ELSEWHERE,
    "cert": _CLIENT_CERT, "key": _CLIENT_CERT, "cert-type": _CLIENT_CERT, "key-type": _CLIENT_CERT,
    "pass": _CLIENT_CERT, "tlsuser": _CLIENT_CERT, "tlspassword": _CLIENT_CERT, "tlsauthtype": _CLIENT_CERT,
    "request-target": "the spec's request target is the URL's path and query",
    "time-cond": "the If-Modified-Since date comes from a file or is parsed by curl; write the header instead",
    "etag-compare": "the If-None-Match value is read from a file, which the command does not hold",
    "tr-encoding": "curl asks for a compressed transfer encoding (TE: gzip), which clients handle their own way",
    "crlf": "curl rewrites line breaks in what it uploads, which a spec cannot describe",
    "next": "a spec describes one request",
    "variable": "curl variables are expanded by curl; write the value instead",
    "proto-default": "curl picks the scheme of a URL without one from it; write the scheme in the URL",
}
