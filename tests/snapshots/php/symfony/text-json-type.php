<?php

require 'vendor/autoload.php';

use Symfony\Component\HttpClient\HttpClient;

$payload = " foo/bar \n";

$client = HttpClient::create(['timeout' => 30]);
$response = $client->request('POST', 'https://api.example.com/raw', [
    'headers' => [
        'content-type' => 'application/json',
    ],
    'body' => $payload,
]);

// getStatusCode() throws on a transport error; getContent(false) returns a 4xx or 5xx body too.
echo $response->getStatusCode() . PHP_EOL;
echo $response->getContent(false) . PHP_EOL;
