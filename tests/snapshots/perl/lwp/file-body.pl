use strict;
use warnings;
use utf8;

use Encode qw(encode_utf8);
use HTTP::Request;
use LWP::UserAgent;

open(my $file, '<:raw', encode_utf8('{payloadPath}')) or die "Cannot read the body: $!\n";
my $payload = do { local $/; <$file> };
close($file);

my $request = HTTP::Request->new(PUT => 'https://api.example.com/v1/blobs/42', [
    'Content-Type' => 'application/octet-stream',
], $payload);

my $ua = LWP::UserAgent->new(timeout => 30);
my $response = $ua->request($request);
# A request that got no response comes back as LWP's own 500, marked by this header.
if (($response->header('Client-Warning') // '') eq 'Internal response') {
    die 'Request failed: ', $response->status_line, "\n";
}
print $response->status_line, "\n";
print $response->content, "\n";
