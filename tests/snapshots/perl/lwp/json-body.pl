use strict;
use warnings;
use utf8;

use Encode qw(encode_utf8);
use HTTP::Request;
use LWP::UserAgent;

my $payload = encode_utf8(<<~'JSON');
  {
    "name": "Widget \"Deluxe\" it's 'quoted'",
    "path": "C:\\temp\\new",
    "shell": "$HOME #{x} ${y} `z`",
    "note": "line one\nline two\ttabbed",
    "unicode": "café 中文 😀 \u202e\u200b",
    "counts": [
      1,
      -2,
      1.5,
      1.0,
      12345678901234567890,
      0
    ],
    "flags": [
      true,
      false,
      null
    ],
    "empty": {
      "object": {},
      "list": []
    }
  }
  JSON

my $request = HTTP::Request->new(POST => 'https://api.example.com/v1/widgets', [
    'x-api-key' => '{apiKey}',
    'Content-Type' => 'application/json',
], $payload);

my $ua = LWP::UserAgent->new(timeout => 30);
my $response = $ua->request($request);
# A request that got no response comes back as LWP's own 500, marked by this header.
if (($response->header('Client-Warning') // '') eq 'Internal response') {
    die 'Request failed: ', $response->status_line, "\n";
}
print $response->status_line, "\n";
print $response->content, "\n";
