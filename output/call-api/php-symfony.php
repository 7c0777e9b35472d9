<?php

require 'vendor/autoload.php';

use Symfony\Component\HttpClient\HttpClient;

$client = HttpClient::create(['timeout' => 30]);
$response = $client->request('GET', 'https://myapi.com/api', [
    'headers' => [
        'authorization' => 'Bearer {accessToken}',
        'content-type' => 'application/json',
    ],
]);

// getStatusCode() throws on a transport error; getContent(false) returns a 4xx or 5xx body too.
echo $response->getStatusCode() . PHP_EOL;
echo $response->getContent(false) . PHP_EOL;
