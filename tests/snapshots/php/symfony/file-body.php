<?php

require 'vendor/autoload.php';

use Symfony\Component\HttpClient\HttpClient;

$payload = fopen('{payloadPath}', 'r');
if ($payload === false) {
    exit(1); // PHP has printed why the file cannot be read
}

$client = HttpClient::create(['timeout' => 30]);
$response = $client->request('PUT', 'https://api.example.com/v1/blobs/42', [
    'headers' => [
        'Content-Type' => 'application/octet-stream',
    ],
    'body' => $payload,
]);

// getStatusCode() throws on a transport error; getContent(false) returns a 4xx or 5xx body too.
echo $response->getStatusCode() . PHP_EOL;
echo $response->getContent(false) . PHP_EOL;
