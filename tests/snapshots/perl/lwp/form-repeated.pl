use strict;
use warnings;
use utf8;

use Encode qw(encode_utf8);
use HTTP::Request;
use LWP::UserAgent;
use URI;

# URI encodes the form (HTTP::Request::Common's POST would also turn a lone LF into CRLF).
my $form = URI->new('http:');
$form->query_form(
    map { encode_utf8($_) }
    'scope' => 'read',
    'scope' => 'write & delete',
    'note' => "a+b=c 100% 'q' \"dq\" \\ \$x #{y} é 😀\nnew line",
);
my $payload = $form->query;

my $request = HTTP::Request->new(POST => 'https://api.example.com/form', [
    'Content-Type' => 'application/x-www-form-urlencoded',
], $payload);

my $ua = LWP::UserAgent->new(timeout => 30);
my $response = $ua->request($request);
# A request that got no response comes back as LWP's own 500, marked by this header.
if (($response->header('Client-Warning') // '') eq 'Internal response') {
    die 'Request failed: ', $response->status_line, "\n";
}
print $response->status_line, "\n";
print $response->content, "\n";
