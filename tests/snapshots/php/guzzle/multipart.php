<?php

require 'vendor/autoload.php';

use GuzzleHttp\Client;
use GuzzleHttp\Psr7\Utils;

$client = new Client(['timeout' => 30]);
// Guzzle throws GuzzleHttp\Exception\RequestException for a failed request or an error status.
$response = $client->request('POST', 'https://api.example.com/v1/upload?dryRun', [
    'headers' => [
        'accept' => 'application/json',
    ],
    'multipart' => [
        ['name' => 'description', 'contents' => "Q3 report; it's \"final\", 100% & done\nsecond line é"],
        [
            'name' => 'report',
            'contents' => Utils::tryFopen('{reportPath}', 'r'),
            'filename' => 'report.pdf',
            'headers' => ['Content-Type' => 'application/pdf'],
        ],
        [
            'name' => 'logo',
            'contents' => Utils::tryFopen('{logoPath}', 'r'),
            'filename' => '{logoPath}',
            'headers' => ['Content-Type' => 'application/octet-stream'],
        ],
        ['name' => 'note', 'contents' => ''],
    ],
]);

echo $response->getStatusCode() . PHP_EOL;
echo $response->getBody() . PHP_EOL;
