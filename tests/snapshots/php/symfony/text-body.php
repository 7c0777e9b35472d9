<?php

require 'vendor/autoload.php';

use Symfony\Component\HttpClient\HttpClient;

$payload = "Dear \"user\",\nit's \$5 for #{item} `now`.\r\n\tC:\\path 😀\n";

$client = HttpClient::create(['timeout' => 30]);
$response = $client->request('PUT', 'https://api.example.com/notes/1', [
    'headers' => [
        'Content-Type' => 'text/plain; charset=utf-8',
    ],
    'body' => $payload,
]);

// getStatusCode() throws on a transport error; getContent(false) returns a 4xx or 5xx body too.
echo $response->getStatusCode() . PHP_EOL;
echo $response->getContent(false) . PHP_EOL;
