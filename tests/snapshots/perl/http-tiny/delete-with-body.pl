use strict;
use warnings;
use utf8;

use Encode qw(encode_utf8);
use HTTP::Tiny;

# HTTP::Tiny verifies the server's certificate only when told to.
my $http = HTTP::Tiny->new(verify_SSL => 1, timeout => 30);

my $payload = encode_utf8(<<~'JSON');
  {
    "ids": [
      1,
      2,
      3
    ]
  }
  JSON

my $response = $http->request('DELETE', 'https://api.example.com/items', {
    headers => {
        'Content-Type' => 'application/json',
    },
    content => $payload,
});
# HTTP::Tiny reports a request that got no response as status 599, with the error as its content.
die "Request failed: $response->{content}" if $response->{status} == 599;
print "$response->{status} $response->{reason}\n";
print $response->{content}, "\n";
