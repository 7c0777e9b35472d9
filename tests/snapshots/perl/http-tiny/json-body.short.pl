use utf8;

# HTTP::Tiny verifies the server's certificate only when told to.
my $http = HTTP::Tiny->new(verify_SSL => 1, timeout => 30);

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

my $response = $http->request('POST', 'https://api.example.com/v1/widgets', {
    headers => {
        'x-api-key' => '{apiKey}',
        'Content-Type' => 'application/json',
    },
    content => $payload,
});
# HTTP::Tiny reports a request that got no response as status 599, with the error as its content.
die "Request failed: $response->{content}" if $response->{status} == 599;
print "$response->{status} $response->{reason}\n";
print $response->{content}, "\n";
