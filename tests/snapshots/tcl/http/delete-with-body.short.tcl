# tls checks the server's certificate only when asked: -require 1 verifies its chain against
# the CA file of SSL_CERT_FILE, else the system's (tls 1.7 does not match the host name to the
# certificate); -autoservername sends the host name (SNI).
if {[info exists env(SSL_CERT_FILE)]} {
    set ca_file $env(SSL_CERT_FILE)
} else {
    set ca_file /etc/ssl/certs/ca-certificates.crt
}
::http::register https 443 [list ::tls::socket -require 1 -cafile $ca_file -autoservername 1]

set url "https://api.example.com/items"
set payload [encoding convertto utf-8 {{
  "ids": [
    1,
    2,
    3
  ]
}}]
set headers [list \
    Content-Type "application/json"]

set token [::http::geturl $url -method DELETE -headers $headers -binary 1 -query $payload]
if {[::http::status $token] ne "ok"} {
    puts stderr "Request failed: [::http::status $token] [::http::error $token]"
    exit 1
}
puts [::http::ncode $token]
# The body's bytes as received: without -binary the package decodes only text/* bodies.
fconfigure stdout -translation binary
puts [::http::data $token]
::http::cleanup $token
