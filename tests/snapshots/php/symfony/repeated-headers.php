<?php

require 'vendor/autoload.php';

use Symfony\Component\HttpClient\HttpClient;

$client = HttpClient::create(['timeout' => 30]);
$response = $client->request('GET', 'https://api.example.com/trace', [
    'headers' => [
        'accept' => 'application/json',
        'x-trace' => ['one', 'two, three'],
        'Cookie' => 'session={sessionId}; theme=dark',
    ],
]);

// getStatusCode() throws on a transport error; getContent(false) returns a 4xx or 5xx body too.
echo $response->getStatusCode() . PHP_EOL;
echo $response->getContent(false) . PHP_EOL;
