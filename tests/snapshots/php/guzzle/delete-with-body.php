<?php

require 'vendor/autoload.php';

use GuzzleHttp\Client;

$payload = <<<'JSON'
{
  "ids": [
    1,
    2,
    3
  ]
}
JSON;

$client = new Client(['timeout' => 30]);
// Guzzle throws GuzzleHttp\Exception\RequestException for a failed request or an error status.
$response = $client->request('DELETE', 'https://api.example.com/items', [
    'headers' => [
        'Content-Type' => 'application/json',
    ],
    'body' => $payload,
]);

echo $response->getStatusCode() . PHP_EOL;
echo $response->getBody() . PHP_EOL;
