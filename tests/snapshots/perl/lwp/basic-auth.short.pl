# URI encodes the form (HTTP::Request::Common's POST would also turn a lone LF into CRLF).
my $form = URI->new('http:');
$form->query_form(
    map { encode_utf8($_) }
    'grant_type' => 'client_credentials',
);
my $payload = $form->query;

my $request = HTTP::Request->new(POST => 'https://{yourDomain}/oauth/token', [
    'Content-Type' => 'application/x-www-form-urlencoded',
], $payload);
$request->authorization_basic(encode_utf8('{clientId}'), encode_utf8('{clientSecret}'));

my $ua = LWP::UserAgent->new(timeout => 30);
my $response = $ua->request($request);
# A request that got no response comes back as LWP's own 500, marked by this header.
if (($response->header('Client-Warning') // '') eq 'Internal response') {
    die 'Request failed: ', $response->status_line, "\n";
}
print $response->status_line, "\n";
print $response->content, "\n";
