use utf8;

# HTTP::Tiny verifies the server's certificate only when told to.
my $http = HTTP::Tiny->new(verify_SSL => 1, timeout => 30);

# HTTP::Tiny has no multipart support: the body is built here, with a fixed boundary (which no part may contain).
my $boundary = 'snippetgen-boundary-b9e3f4c1a7d2';
my @parts = (
    { name => 'description', value => "Q3 report; it's \"final\", 100% & done\nsecond line é" },
    { name => 'report', path => '{reportPath}', filename => 'report.pdf', type => 'application/pdf' },
    { name => 'logo', path => '{logoPath}', filename => basename('{logoPath}'), type => 'application/octet-stream' },
    { name => 'note', value => '' },
);
my $payload = '';
for my $part (@parts) {
    my $head = qq(Content-Disposition: form-data; name="$part->{name}");
    my $data;
    if (defined $part->{path}) {
        $head .= qq(; filename="$part->{filename}"\r\nContent-Type: $part->{type});
        open(my $file, '<:raw', encode_utf8($part->{path})) or die "Cannot read $part->{path}: $!\n";
        $data = do { local $/; <$file> };
        close($file);
    }
    else {
        $data = encode_utf8($part->{value});
    }
    $payload .= "--$boundary\r\n" . encode_utf8($head) . "\r\n\r\n" . $data . "\r\n";
}
$payload .= "--$boundary--\r\n";

my $response = $http->request('POST', 'https://api.example.com/v1/upload?dryRun', {
    headers => {
        'accept' => 'application/json',
        'Content-Type' => "multipart/form-data; boundary=$boundary",
    },
    content => $payload,
});
# HTTP::Tiny reports a request that got no response as status 599, with the error as its content.
die "Request failed: $response->{content}" if $response->{status} == 599;
print "$response->{status} $response->{reason}\n";
print $response->{content}, "\n";
