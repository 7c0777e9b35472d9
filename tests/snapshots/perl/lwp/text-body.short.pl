use utf8;

my $payload = encode_utf8("Dear \"user\",\nit's \$5 for #{item} `now`.\r\n\tC:\\path 😀\n");

my $request = HTTP::Request->new(PUT => 'https://api.example.com/notes/1', [
    'Content-Type' => 'text/plain; charset=utf-8',
], $payload);

my $ua = LWP::UserAgent->new(timeout => 30);
my $response = $ua->request($request);
# A request that got no response comes back as LWP's own 500, marked by this header.
if (($response->header('Client-Warning') // '') eq 'Internal response') {
    die 'Request failed: ', $response->status_line, "\n";
}
print $response->status_line, "\n";
print $response->content, "\n";
