<?php

require 'vendor/autoload.php';

use Symfony\Component\HttpClient\HttpClient;

$client = HttpClient::create(['timeout' => 30]);
$response = $client->request('GET', 'https://api.example.com/api', [
    'headers' => [
        'authorization' => 'Bearer ACCESS_TOKEN',
        'content-type' => 'application/json',
        'content-language' => 'en',
    ],
]);

// getStatusCode() throws on a transport error; getContent(false) returns a 4xx or 5xx body too.
echo $response->getStatusCode() . PHP_EOL;
echo $response->getContent(false) . PHP_EOL;
