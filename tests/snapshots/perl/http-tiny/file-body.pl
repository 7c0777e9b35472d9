use strict;
use warnings;
use utf8;

use Encode qw(encode_utf8);
use HTTP::Tiny;

# HTTP::Tiny verifies the server's certificate only when told to.
my $http = HTTP::Tiny->new(verify_SSL => 1, timeout => 30);

open(my $file, '<:raw', encode_utf8('{payloadPath}')) or die "Cannot read the body: $!\n";
my $payload = do { local $/; <$file> };
close($file);

my $response = $http->request('PUT', 'https://api.example.com/v1/blobs/42', {
    headers => {
        'Content-Type' => 'application/octet-stream',
    },
    content => $payload,
});
# HTTP::Tiny reports a request that got no response as status 599, with the error as its content.
die "Request failed: $response->{content}" if $response->{status} == 599;
print "$response->{status} $response->{reason}\n";
print $response->{content}, "\n";
