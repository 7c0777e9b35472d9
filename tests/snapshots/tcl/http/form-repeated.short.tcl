# tls checks the server's certificate only when asked: -require 1 verifies its chain against
# the CA file of SSL_CERT_FILE, else the system's (tls 1.7 does not match the host name to the
# certificate); -autoservername sends the host name (SNI).
if {[info exists env(SSL_CERT_FILE)]} {
    set ca_file $env(SSL_CERT_FILE)
} else {
    set ca_file /etc/ssl/certs/ca-certificates.crt
}
::http::register https 443 [list ::tls::socket -require 1 -cafile $ca_file -autoservername 1]

set url "https://api.example.com/form"
# formatQuery writes a line feed as %0D%0A, as HTML forms do: the string map keeps it a line feed.
set payload [string map {%0D%0A %0A} [::http::formatQuery \
    scope read \
    scope "write & delete" \
    note "a+b=c 100% 'q' \"dq\" \\ \$x #{y} é 😀\nnew line"]]
set headers [list \
    Content-Type "application/x-www-form-urlencoded"]

set token [::http::geturl $url -method POST -headers $headers -binary 1 -query $payload]
if {[::http::status $token] ne "ok"} {
    puts stderr "Request failed: [::http::status $token] [::http::error $token]"
    exit 1
}
puts [::http::ncode $token]
# The body's bytes as received: without -binary the package decodes only text/* bodies.
fconfigure stdout -translation binary
puts [::http::data $token]
::http::cleanup $token
