use strict;
use warnings;
use utf8;

use HTTP::Tiny;

# HTTP::Tiny verifies the server's certificate only when told to.
my $http = HTTP::Tiny->new(verify_SSL => 1, timeout => 30);

my $response = $http->request('POST', 'https://{yourDomain}/oauth/token', {
    headers => {
        'content-type' => 'application/x-www-form-urlencoded',
    },
    content => $http->www_form_urlencode([
        'grant_type' => 'client_credentials',
        'client_id' => '{yourClientId}',
        'client_secret' => '{yourClientSecret}',
        'audience' => 'YOUR_API_IDENTIFIER',
    ]),
});
# HTTP::Tiny reports a request that got no response as status 599, with the error as its content.
die "Request failed: $response->{content}" if $response->{status} == 599;
print "$response->{status} $response->{reason}\n";
print $response->{content}, "\n";
