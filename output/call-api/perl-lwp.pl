use strict;
use warnings;
use utf8;

use HTTP::Request;
use LWP::UserAgent;

my $request = HTTP::Request->new(GET => 'https://myapi.com/api', [
    'authorization' => 'Bearer {accessToken}',
    'content-type' => 'application/json',
]);

my $ua = LWP::UserAgent->new(timeout => 30);
my $response = $ua->request($request);
# A request that got no response comes back as LWP's own 500, marked by this header.
if (($response->header('Client-Warning') // '') eq 'Internal response') {
    die 'Request failed: ', $response->status_line, "\n";
}
print $response->status_line, "\n";
print $response->content, "\n";
