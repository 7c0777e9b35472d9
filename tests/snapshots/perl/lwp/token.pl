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
    'grant_type' => 'client_credentials',
    'client_id' => '{yourClientId}',
    'client_secret' => '{yourClientSecret}',
    'audience' => 'YOUR_API_IDENTIFIER',
);
my $payload = $form->query;

my $request = HTTP::Request->new(POST => 'https://{yourDomain}/oauth/token', [
    'content-type' => 'application/x-www-form-urlencoded',
], $payload);

my $ua = LWP::UserAgent->new(timeout => 30);
my $response = $ua->request($request);
# A request that got no response comes back as LWP's own 500, marked by this header.
if (($response->header('Client-Warning') // '') eq 'Internal response') {
    die 'Request failed: ', $response->status_line, "\n";
}
print $response->status_line, "\n";
print $response->content, "\n";
