<?php

require 'vendor/autoload.php';

use GuzzleHttp\Client;
use GuzzleHttp\Psr7\Utils;

$client = new Client(['timeout' => 30]);
// Guzzle throws GuzzleHttp\Exception\RequestException for a failed request or an error status.
$response = $client->request('PUT', 'https://api.example.com/v1/blobs/42', [
    'headers' => [
        'Content-Type' => 'application/octet-stream',
    ],
    'body' => Utils::tryFopen('{payloadPath}', 'r'),
]);

echo $response->getStatusCode() . PHP_EOL;
echo $response->getBody() . PHP_EOL;
