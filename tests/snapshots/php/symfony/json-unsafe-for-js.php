<?php

require 'vendor/autoload.php';

use Symfony\Component\HttpClient\HttpClient;

$payload = <<<'JSON'
{
  "id": 9007199254740993,
  "ratio": 2.0,
  "__proto__": "kept"
}
JSON;

$client = HttpClient::create(['timeout' => 30]);
$response = $client->request('POST', 'https://api.example.com/ids', [
    'headers' => [
        'Content-Type' => 'application/json',
    ],
    'body' => $payload,
]);

// getStatusCode() throws on a transport error; getContent(false) returns a 4xx or 5xx body too.
echo $response->getStatusCode() . PHP_EOL;
echo $response->getContent(false) . PHP_EOL;
