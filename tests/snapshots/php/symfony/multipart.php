<?php

require 'vendor/autoload.php';

use Symfony\Component\HttpClient\HttpClient;

// symfony/mime's FormDataPart would give each text part a content type and encode non-ASCII
// names: the multipart body is built here.
$boundary = bin2hex(random_bytes(16));
$payload = '';
foreach ([
    ['name' => 'description', 'value' => "Q3 report; it's \"final\", 100% & done\nsecond line é"],
    ['name' => 'report', 'file' => '{reportPath}', 'filename' => 'report.pdf', 'type' => 'application/pdf'],
    ['name' => 'logo', 'file' => '{logoPath}', 'filename' => '{logoPath}', 'type' => 'application/octet-stream'],
    ['name' => 'note', 'value' => ''],
] as $part) {
    $head = 'Content-Disposition: form-data; name="' . $part['name'] . '"';
    if (isset($part['file'])) {
        $part['value'] = file_get_contents($part['file']);
        if ($part['value'] === false) {
            exit(1); // PHP has printed why the file cannot be read
        }
        $head .= '; filename="' . $part['filename'] . "\"\r\nContent-Type: " . $part['type'];
    }
    $payload .= "--$boundary\r\n$head\r\n\r\n{$part['value']}\r\n";
}
$payload .= "--$boundary--\r\n";

$client = HttpClient::create(['timeout' => 30]);
$response = $client->request('POST', 'https://api.example.com/v1/upload?dryRun', [
    'headers' => [
        'accept' => 'application/json',
        'Content-Type' => 'multipart/form-data; boundary=' . $boundary,
    ],
    'body' => $payload,
]);

// getStatusCode() throws on a transport error; getContent(false) returns a 4xx or 5xx body too.
echo $response->getStatusCode() . PHP_EOL;
echo $response->getContent(false) . PHP_EOL;
