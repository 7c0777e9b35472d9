package require http
package require tls

# tls checks the server's certificate only when asked: -require 1 verifies its chain against
# the CA file of SSL_CERT_FILE, else the system's (tls 1.7 does not match the host name to the
# certificate); -autoservername sends the host name (SNI).
if {[info exists env(SSL_CERT_FILE)]} {
    set ca_file $env(SSL_CERT_FILE)
} else {
    set ca_file /etc/ssl/certs/ca-certificates.crt
}
::http::register https 443 [list ::tls::socket -require 1 -cafile $ca_file -autoservername 1]

set url "https://api.example.com/v1/upload?dryRun"

# The http package has no multipart API: the body is built here as bytes (names and text as
# UTF-8), with a fixed boundary, which no part may contain.
set boundary snippetgen-boundary-b9e3f4c1a7d2
proc text_part {boundary name value} {
    return [encoding convertto utf-8 "--$boundary\r\nContent-Disposition: form-data; name=\"$name\"\r\n\r\n$value\r\n"]
}
proc file_part {boundary name path filename type} {
    set file [open $path rb]
    set data [read $file]
    close $file
    set head "--$boundary\r\nContent-Disposition: form-data; name=\"$name\"; filename=\"$filename\"\r\nContent-Type: $type\r\n\r\n"
    return "[encoding convertto utf-8 $head]$data\r\n"
}
set payload ""
append payload [text_part $boundary description "Q3 report; it's \"final\", 100% & done\nsecond line é"]
append payload [file_part $boundary report "{reportPath}" report.pdf "application/pdf"]
append payload [file_part $boundary logo "{logoPath}" "{logoPath}" "application/octet-stream"]
append payload [text_part $boundary note ""]
append payload "--$boundary--\r\n"
set headers [list \
    accept "application/json" \
    Content-Type "multipart/form-data; boundary=$boundary"]

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
