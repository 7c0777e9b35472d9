<?php

require 'vendor/autoload.php';

use Symfony\Component\HttpClient\HttpClient;

$payload = <<<'JSON'
{
  "ids": [
    1,
    2,
    3
  ]
}
JSON;

$client = HttpClient::create(['timeout' => 30]);
$response = $client->request('DELETE', 'https://api.example.com/items', [
    'headers' => [
        'Content-Type' => 'application/json',
    ],
    'body' => $payload,
]);

// getStatusCode() throws on a transport error; getContent(false) returns a 4xx or 5xx body too.
echo $response->getStatusCode() . PHP_EOL;
echo $response->getContent(false) . PHP_EOL;
