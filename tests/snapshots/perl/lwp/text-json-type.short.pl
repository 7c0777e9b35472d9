my $payload = encode_utf8(" foo/bar \n");

my $request = HTTP::Request->new(POST => 'https://api.example.com/raw', [
    'content-type' => 'application/json',
], $payload);

my $ua = LWP::UserAgent->new(timeout => 30);
my $response = $ua->request($request);
# A request that got no response comes back as LWP's own 500, marked by this header.
if (($response->header('Client-Warning') // '') eq 'Internal response') {
    die 'Request failed: ', $response->status_line, "\n";
}
print $response->status_line, "\n";
print $response->content, "\n";
