# HTTP::Tiny verifies the server's certificate only when told to.
my $http = HTTP::Tiny->new(verify_SSL => 1, timeout => 30);

my $payload = encode_utf8(<<~'JSON');
  {
    "id": 9007199254740993,
    "ratio": 2.0,
    "__proto__": "kept"
  }
  JSON

my $response = $http->request('POST', 'https://api.example.com/ids', {
    headers => {
        'Content-Type' => 'application/json',
    },
    content => $payload,
});
# HTTP::Tiny reports a request that got no response as status 599, with the error as its content.
die "Request failed: $response->{content}" if $response->{status} == 599;
print "$response->{status} $response->{reason}\n";
print $response->{content}, "\n";
