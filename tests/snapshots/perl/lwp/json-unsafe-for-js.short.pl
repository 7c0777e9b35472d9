my $payload = encode_utf8(<<~'JSON');
  {
    "id": 9007199254740993,
    "ratio": 2.0,
    "__proto__": "kept"
  }
  JSON

my $request = HTTP::Request->new(POST => 'https://api.example.com/ids', [
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
