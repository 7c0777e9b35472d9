<?php

require 'vendor/autoload.php';

use GuzzleHttp\Client;

$payload = " foo/bar \n";

$client = new Client(['timeout' => 30]);
// Guzzle throws GuzzleHttp\Exception\RequestException for a failed request or an error status.
$response = $client->request('POST', 'https://api.example.com/raw', [
    'headers' => [
        'content-type' => 'application/json',
    ],
    'body' => $payload,
]);

echo $response->getStatusCode() . PHP_EOL;
echo $response->getBody() . PHP_EOL;
