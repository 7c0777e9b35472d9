<?php

require 'vendor/autoload.php';

use GuzzleHttp\Client;

$payload = "Dear \"user\",\nit's \$5 for #{item} `now`.\r\n\tC:\\path 😀\n";

$client = new Client(['timeout' => 30]);
// Guzzle throws GuzzleHttp\Exception\RequestException for a failed request or an error status.
$response = $client->request('PUT', 'https://api.example.com/notes/1', [
    'headers' => [
        'Content-Type' => 'text/plain; charset=utf-8',
    ],
    'body' => $payload,
]);

echo $response->getStatusCode() . PHP_EOL;
echo $response->getBody() . PHP_EOL;
