# HTTP::Tiny verifies the server's certificate only when told to.
my $http = HTTP::Tiny->new(verify_SSL => 1, timeout => 30);

my $response = $http->request('GET', 'https://{apiHost}/v1/me', {
    headers => {
        'Authorization' => 'Bearer {token}',
    },
});
# HTTP::Tiny reports a request that got no response as status 599, with the error as its content.
die "Request failed: $response->{content}" if $response->{status} == 599;
print "$response->{status} $response->{reason}\n";
print $response->{content}, "\n";
