<?php

require 'vendor/autoload.php';

use GuzzleHttp\Client;

$payload = <<<'JSON'
{
  "id": 9007199254740993,
  "ratio": 2.0,
  "__proto__": "kept"
}
JSON;

$client = new Client(['timeout' => 30]);
// Guzzle throws GuzzleHttp\Exception\RequestException for a failed request or an error status.
$response = $client->request('POST', 'https://api.example.com/ids', [
    'headers' => [
        'Content-Type' => 'application/json',
    ],
    'body' => $payload,
]);

echo $response->getStatusCode() . PHP_EOL;
echo $response->getBody() . PHP_EOL;
