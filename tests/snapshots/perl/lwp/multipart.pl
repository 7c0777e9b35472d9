use strict;
use warnings;
use utf8;

use Encode qw(encode_utf8);
use HTTP::Request::Common qw(POST);
use LWP::UserAgent;

# HTTP::Request::Common reads each file and picks the boundary; names and text values are encoded here.
# A file part with an undef filename is named after its path's base name.
my $request = POST 'https://api.example.com/v1/upload?dryRun',
    'accept' => 'application/json',
    Content_Type => 'form-data',
    Content => [
        map { ref($_) ? $_ : encode_utf8($_) }
        'description' => "Q3 report; it's \"final\", 100% & done\nsecond line é",
        'report' => [
            encode_utf8('{reportPath}'),
            encode_utf8('report.pdf'),
            'Content-Type' => 'application/pdf',
        ],
        'logo' => [
            encode_utf8('{logoPath}'),
            undef,
            'Content-Type' => 'application/octet-stream',
        ],
        'note' => '',
    ];

my $ua = LWP::UserAgent->new(timeout => 30);
my $response = $ua->request($request);
# A request that got no response comes back as LWP's own 500, marked by this header.
if (($response->header('Client-Warning') // '') eq 'Internal response') {
    die 'Request failed: ', $response->status_line, "\n";
}
print $response->status_line, "\n";
print $response->content, "\n";
