# HTTP::Tiny verifies the server's certificate only when told to.
my $http = HTTP::Tiny->new(verify_SSL => 1, timeout => 30);

my $response = $http->request('POST', 'https://{yourDomain}/oauth/token', {
    headers => {
        'Content-Type' => 'application/x-www-form-urlencoded',
        'Authorization' => 'Basic ' . encode_base64(encode_utf8('{clientId}' . ':' . '{clientSecret}'), ''),
    },
    content => $http->www_form_urlencode([
        'grant_type' => 'client_credentials',
    ]),
});
# HTTP::Tiny reports a request that got no response as status 599, with the error as its content.
die "Request failed: $response->{content}" if $response->{status} == 599;
print "$response->{status} $response->{reason}\n";
print $response->{content}, "\n";
