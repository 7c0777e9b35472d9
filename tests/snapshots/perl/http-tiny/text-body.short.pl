use utf8;

# HTTP::Tiny verifies the server's certificate only when told to.
my $http = HTTP::Tiny->new(verify_SSL => 1, timeout => 30);

my $response = $http->request('PUT', 'https://api.example.com/notes/1', {
    headers => {
        'Content-Type' => 'text/plain; charset=utf-8',
    },
    content => encode_utf8("Dear \"user\",\nit's \$5 for #{item} `now`.\r\n\tC:\\path 😀\n"),
});
# HTTP::Tiny reports a request that got no response as status 599, with the error as its content.
die "Request failed: $response->{content}" if $response->{status} == 599;
print "$response->{status} $response->{reason}\n";
print $response->{content}, "\n";
